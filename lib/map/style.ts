import type { AllPaintProperties, LayerSpecification, StyleSpecification, SymbolLayerSpecification } from "maplibre-gl";

import type { Position } from "./feature-collection";
import { expandBounds, searchBounds } from "./geometry";
import { MAP_FONT_REGULAR } from "./layers";
import type { MapPalette } from "./palette";

/** Served by app/api/carte/fond-de-carte (Natural Earth countries) and app/api/carte/lieux (commune names). */
export const EMBEDDED_BASEMAP_PATH = "/api/carte/fond-de-carte";
export const PLACE_LABELS_PATH = "/api/carte/lieux";

/**
 * The commune names around a search area (a little beyond it), as one URL: the
 * page preloads it while the map's code downloads, and the map asks for the same.
 */
export function placeLabelsUrl(centre: Position, rayonKm: number): string {
  const bbox = expandBounds(searchBounds(centre, rayonKm), 1.6).map((value) => value.toFixed(2)).join(",");
  return `${PLACE_LABELS_PATH}?bbox=${bbox}`;
}

export const BASEMAP_SOURCES = { countries: "pays", places: "communes" } as const;
export const BASEMAP_LAYERS = {
  background: "fond",
  land: "pays-terres",
  borders: "pays-frontieres",
  places: "communes-noms",
} as const;

export const EMBEDDED_ATTRIBUTION = "Fond : Natural Earth · Communes : INSEE, La Poste";

export function placeLabelLayer(palette: MapPalette): SymbolLayerSpecification {
  return {
    id: BASEMAP_LAYERS.places,
    type: "symbol",
    source: BASEMAP_SOURCES.places,
    layout: {
      "text-field": ["get", "nom"],
      "text-font": MAP_FONT_REGULAR,
      "text-size": ["step", ["get", "population"], 12, 20_000, 13, 100_000, 15],
      // Most populated first, so that collisions hide the small communes.
      "symbol-sort-key": ["-", 0, ["get", "population"]],
      "text-max-width": 8,
      "text-padding": 4,
    },
    paint: { "text-color": palette.placeLabel, "text-halo-color": palette.placeHalo, "text-halo-width": 1.5 },
  };
}

export function basemapLayers(palette: MapPalette): LayerSpecification[] {
  return [
    { id: BASEMAP_LAYERS.background, type: "background", paint: { "background-color": palette.background } },
    { id: BASEMAP_LAYERS.land, type: "fill", source: BASEMAP_SOURCES.countries, paint: { "fill-color": palette.land } },
    { id: BASEMAP_LAYERS.borders, type: "line", source: BASEMAP_SOURCES.countries, paint: { "line-color": palette.border, "line-width": 1 } },
    placeLabelLayer(palette),
  ];
}

export type EmbeddedStyleOptions = {
  /** Absolute URL of the countries GeoJSON: MapLibre fetches it from a worker, where relative URLs do not resolve against the page. */
  basemapUrl: string;
};

/**
 * The default basemap, served by the portal itself: no tile server, no key,
 * nothing leaves the site. Coarse on purpose (countries and commune names); a
 * production deployment may set MAP_STYLE_URL to a vector-tile style instead.
 */
export function embeddedStyle(palette: MapPalette, { basemapUrl }: EmbeddedStyleOptions): StyleSpecification {
  return {
    version: 8,
    name: "Portail Autonomie — fond de carte embarqué",
    sources: {
      [BASEMAP_SOURCES.countries]: { type: "geojson", data: basemapUrl, attribution: EMBEDDED_ATTRIBUTION },
      [BASEMAP_SOURCES.places]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
    },
    layers: basemapLayers(palette),
  };
}

/** `[layerId, property, value]` for every paint property of `layers`: how a theme change is applied in place. */
export type PaintUpdate = [layerId: string, property: keyof AllPaintProperties, value: AllPaintProperties[keyof AllPaintProperties]];

export function paintUpdates(layers: readonly LayerSpecification[]): PaintUpdate[] {
  return layers.flatMap((layer) =>
    Object.entries(layer.paint ?? {}).map(([property, value]): PaintUpdate => [
      layer.id,
      property as keyof AllPaintProperties,
      value as AllPaintProperties[keyof AllPaintProperties],
    ]),
  );
}
