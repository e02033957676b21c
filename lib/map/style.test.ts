import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { StyleSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";

import { CLUSTER_MAX_ZOOM, fontStackFor, INTERACTIVE_LAYERS, MAP_FONT_BOLD, OVERLAY_LAYERS, OVERLAY_SOURCES, offersSource, overlayLayers, searchAreaSource } from "./layers";
import { PALETTES, type MapTheme } from "./palette";
import { BASEMAP_LAYERS, BASEMAP_SOURCES, embeddedStyle, paintUpdates } from "./style";

const basemapUrl = "http://localhost:3000/api/carte/fond-de-carte";

/** The style as the map ends up with it: the embedded basemap plus the portal's overlays. */
function fullStyle(theme: MapTheme): StyleSpecification {
  const style = embeddedStyle(PALETTES[theme], { basemapUrl });
  return {
    ...style,
    sources: { ...style.sources, [OVERLAY_SOURCES.searchArea]: searchAreaSource(), [OVERLAY_SOURCES.offers]: offersSource() },
    layers: [...style.layers, ...overlayLayers(PALETTES[theme])],
  };
}

describe.each(["light", "dark"] as const)("the embedded style in %s theme", (theme) => {
  it("is a valid MapLibre style, overlays included", () => {
    expect(validateStyleMin(fullStyle(theme)).map((error) => error.message)).toEqual([]);
  });

  it("needs no tile, sprite or glyph server", () => {
    const style = embeddedStyle(PALETTES[theme], { basemapUrl });
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.values(style.sources).every((source) => source.type === "geojson")).toBe(true);
    expect(style.sources[BASEMAP_SOURCES.countries]).toMatchObject({ data: basemapUrl, attribution: expect.stringContaining("Natural Earth") });
  });

  it("draws, bottom to top: background, land, borders, place names, search area, clusters, counts, points", () => {
    expect(fullStyle(theme).layers.map((layer) => layer.id)).toEqual([
      BASEMAP_LAYERS.background,
      BASEMAP_LAYERS.land,
      BASEMAP_LAYERS.borders,
      BASEMAP_LAYERS.places,
      OVERLAY_LAYERS.areaFill,
      OVERLAY_LAYERS.areaLine,
      OVERLAY_LAYERS.clusters,
      OVERLAY_LAYERS.clusterCount,
      OVERLAY_LAYERS.points,
    ]);
  });
});

describe("overlays", () => {
  it("cluster the offers with MapLibre's own clustering", () => {
    expect(offersSource()).toMatchObject({ type: "geojson", cluster: true, clusterMaxZoom: CLUSTER_MAX_ZOOM });
  });

  it("split clusters and single points by point_count", () => {
    const layers = Object.fromEntries(overlayLayers(PALETTES.light).map((layer) => [layer.id, layer]));
    expect(layers[OVERLAY_LAYERS.clusters]).toMatchObject({ type: "circle", filter: ["has", "point_count"] });
    expect(layers[OVERLAY_LAYERS.clusterCount]).toMatchObject({ type: "symbol", layout: { "text-field": ["get", "point_count_abbreviated"] } });
    expect(layers[OVERLAY_LAYERS.points]).toMatchObject({ type: "circle", filter: ["!", ["has", "point_count"]] });
    expect(INTERACTIVE_LAYERS).toEqual([OVERLAY_LAYERS.points, OVERLAY_LAYERS.clusters]);
  });

  it("are the same layers in both themes, only the colours change", () => {
    const ids = (theme: MapTheme) => overlayLayers(PALETTES[theme]).map((layer) => layer.id);
    expect(ids("dark")).toEqual(ids("light"));
    expect(JSON.stringify(overlayLayers(PALETTES.dark))).not.toBe(JSON.stringify(overlayLayers(PALETTES.light)));
  });
});

describe("paintUpdates", () => {
  it("lists every paint property, which a theme change sets again", () => {
    const updates = paintUpdates(overlayLayers(PALETTES.dark));
    expect(updates).toContainEqual([OVERLAY_LAYERS.points, "circle-color", PALETTES.dark.offer]);
    expect(updates).toContainEqual([OVERLAY_LAYERS.clusterCount, "text-color", PALETTES.dark.clusterText]);
    expect(paintUpdates([{ id: "x", type: "background" }])).toEqual([]);
  });
});

describe("fontStackFor", () => {
  const symbol = (id: string, font: unknown) => ({ id, type: "symbol" as const, source: "s", layout: { "text-font": font as string[] } });

  it("uses the page's fonts when the style has no glyph server", () => {
    expect(fontStackFor({ layers: [symbol("a", ["Source Sans Pro Bold"])] })).toEqual(MAP_FONT_BOLD);
  });

  it("borrows a bold font the style already uses from its glyph server", () => {
    const layers = [
      { id: "bg", type: "background" as const },
      symbol("a", ["Source Sans Pro Regular"]),
      symbol("b", ["get", "font"]),
      symbol("c", ["Source Sans Pro Bold"]),
    ];
    expect(fontStackFor({ glyphs: "https://data.geopf.fr/annexes/ressources/vectorTiles/fonts/{fontstack}/{range}.pbf", layers })).toEqual([
      "Source Sans Pro Bold",
    ]);
    expect(fontStackFor({ glyphs: "https://x/{fontstack}/{range}.pbf", layers: layers.slice(0, 2) })).toEqual(["Source Sans Pro Regular"]);
    expect(fontStackFor({ glyphs: "https://x/{fontstack}/{range}.pbf", layers: [] })).toEqual(MAP_FONT_BOLD);
  });

  it("puts that font on the cluster counts", () => {
    const counts = overlayLayers(PALETTES.light, ["Source Sans Pro Bold"]).find((layer) => layer.id === OVERLAY_LAYERS.clusterCount);
    expect(counts).toMatchObject({ layout: { "text-font": ["Source Sans Pro Bold"] } });
  });
});
