import type {
  StyleSpecification,
  CircleLayerSpecification,
  FillLayerSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from "maplibre-gl";

import type { MapPalette } from "./palette";

/** Source and layer ids of what the portal draws on top of any basemap. */
export const OVERLAY_SOURCES = { offers: "offres", searchArea: "zone-de-recherche" } as const;
export const OVERLAY_LAYERS = {
  areaFill: "zone-de-recherche-fond",
  areaLine: "zone-de-recherche-contour",
  clusters: "offres-groupes",
  clusterCount: "offres-groupes-nombre",
  points: "offres-points",
} as const;

/** Beyond this zoom, clusters break into points (co-located offers then share one spot: the popup lists them). */
export const CLUSTER_MAX_ZOOM = 14;
export const CLUSTER_RADIUS = 48;
/** Text is drawn from the page's own fonts (no glyph server): Marianne where the DSFR loaded it. */
export const MAP_FONT_BOLD = ["Marianne Bold", "Arial Bold"];
export const MAP_FONT_REGULAR = ["Marianne Regular", "Arial Regular"];

const EMPTY = { type: "FeatureCollection", features: [] } as const;

export function offersSource(data: GeoJSONSourceSpecification["data"] = EMPTY): GeoJSONSourceSpecification {
  return { type: "geojson", data, cluster: true, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterRadius: CLUSTER_RADIUS };
}

export function searchAreaSource(data: GeoJSONSourceSpecification["data"] = EMPTY): GeoJSONSourceSpecification {
  return { type: "geojson", data };
}

export function searchAreaLayers(palette: MapPalette): [FillLayerSpecification, LineLayerSpecification] {
  return [
    {
      id: OVERLAY_LAYERS.areaFill,
      type: "fill",
      source: OVERLAY_SOURCES.searchArea,
      paint: { "fill-color": palette.areaFill, "fill-opacity": 0.05 },
    },
    {
      id: OVERLAY_LAYERS.areaLine,
      type: "line",
      source: OVERLAY_SOURCES.searchArea,
      paint: { "line-color": palette.areaLine, "line-width": 1.5, "line-dasharray": [3, 2], "line-opacity": 0.8 },
    },
  ];
}

/**
 * The font for cluster counts on a basemap that has a glyph server (MAP_STYLE_URL):
 * such a server only has its own fonts, so borrow one the style already uses, bold if
 * it has one. Without a glyph server (the embedded style), MapLibre draws with the page's fonts.
 */
export function fontStackFor(style: Pick<StyleSpecification, "glyphs" | "layers">): string[] {
  if (!style.glyphs) return MAP_FONT_BOLD;
  const stacks = style.layers.flatMap((layer) => {
    const font = layer.type === "symbol" ? layer.layout?.["text-font"] : undefined;
    return Array.isArray(font) && font.every((name) => typeof name === "string") ? [font as string[]] : [];
  });
  return stacks.find((stack) => stack.some((name) => /bold/i.test(name))) ?? stacks[0] ?? MAP_FONT_BOLD;
}

export function clusterLayers(palette: MapPalette, font: string[] = MAP_FONT_BOLD): [CircleLayerSpecification, SymbolLayerSpecification] {
  return [
    {
      id: OVERLAY_LAYERS.clusters,
      type: "circle",
      source: OVERLAY_SOURCES.offers,
      filter: ["has", "point_count"],
      paint: {
        "circle-color": palette.offer,
        // Bigger groups, bigger circles; at least 32 px wide so that they are easy to hit.
        "circle-radius": ["step", ["get", "point_count"], 16, 10, 19, 50, 23, 200, 28],
        "circle-stroke-color": palette.offerOutline,
        "circle-stroke-width": 2,
      },
    },
    {
      id: OVERLAY_LAYERS.clusterCount,
      type: "symbol",
      source: OVERLAY_SOURCES.offers,
      filter: ["has", "point_count"],
      layout: {
        "text-field": ["get", "point_count_abbreviated"],
        "text-font": font,
        "text-size": 14,
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: { "text-color": palette.clusterText },
    },
  ];
}

export function pointLayer(palette: MapPalette): CircleLayerSpecification {
  return {
    id: OVERLAY_LAYERS.points,
    type: "circle",
    source: OVERLAY_SOURCES.offers,
    filter: ["!", ["has", "point_count"]],
    paint: {
      "circle-color": palette.offer,
      "circle-radius": 8,
      "circle-stroke-color": palette.offerOutline,
      "circle-stroke-width": 2,
    },
  };
}

/** Everything the portal adds on top of a basemap, bottom to top. */
export function overlayLayers(palette: MapPalette, font: string[] = MAP_FONT_BOLD): LayerSpecification[] {
  return [...searchAreaLayers(palette), ...clusterLayers(palette, font), pointLayer(palette)];
}

/** The layers a click can hit, top first. */
export const INTERACTIVE_LAYERS = [OVERLAY_LAYERS.points, OVERLAY_LAYERS.clusters] as const;
