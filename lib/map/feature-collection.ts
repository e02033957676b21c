import { boundsOf, type BBox, type Position } from "@/lib/geo/bounds";
import type { MapPoint } from "@/lib/search/client";

export type { BBox, Position } from "@/lib/geo/bounds";

/** What a point of the map says about an offer: enough for the popup, nothing more. */
export type OfferFeatureProperties = { id: string; nom: string; type: string };

export type OfferFeature = {
  type: "Feature";
  geometry: { type: "Point"; coordinates: Position };
  properties: OfferFeatureProperties;
};

/** Where the search looked, so the map can show the same area as the list. */
export type MapSearchArea = { lieu: string; centre: Position; rayonKm: number };

/** What MapLibre's clustered source is given: a GeoJSON FeatureCollection, built in the browser from the endpoint's answer. */
export type OffersFeatureCollection = {
  type: "FeatureCollection";
  features: OfferFeature[];
  /** Bounds of the features; absent when there are none. */
  bbox?: BBox;
  recherche: MapSearchArea;
};

/** One offer on the wire: `[id, nom, index of its type in \`types\`, longitude, latitude]`. */
export type MapOfferRow = [id: string, nom: string, type: number, longitude: number, latitude: number];

/**
 * The body of `GET /api/carte`: every offer of a search as compact rows. About a
 * third of the bytes of the same offers as GeoJSON features (7,400 offers around
 * Paris: 0.76 MB instead of 1.77 MB), so less to compress, send, parse and copy to
 * MapLibre's worker; the browser turns it into GeoJSON (`toOffersFeatureCollection`).
 */
export type MapOffersAnswer = {
  recherche: MapSearchArea;
  /** Bounds of the offers; absent when there are none. */
  bbox?: BBox;
  /** The offers' types in plain words, each once; rows refer to them by index. */
  types: string[];
  /** Sorted by id, so that the same search gives the same bytes and ETag. */
  offres: MapOfferRow[];
};

/** Five decimals is about one metre: finer digits only make the payload heavier. */
const COORDINATE_DECIMALS = 5;

export function roundCoordinate(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

/**
 * Turns the catalogue's map points into the endpoint's answer, in a stable
 * order (by id) so that the same search always gives the same bytes and ETag.
 */
export function toMapOffersAnswer(points: readonly MapPoint[], area: MapSearchArea): MapOffersAnswer {
  const types: string[] = [];
  const typeIndex = new Map<string, number>();
  const offres: MapOfferRow[] = [...points]
    .filter((point) => Number.isFinite(point.longitude) && Number.isFinite(point.latitude))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((point) => {
      let index = typeIndex.get(point.typeLabel);
      if (index === undefined) {
        index = types.push(point.typeLabel) - 1;
        typeIndex.set(point.typeLabel, index);
      }
      return [point.id, point.name, index, roundCoordinate(point.longitude), roundCoordinate(point.latitude)];
    });
  const bbox = boundsOf(offres.map((row) => [row[3], row[4]]));
  return {
    recherche: { lieu: area.lieu, centre: [roundCoordinate(area.centre[0]), roundCoordinate(area.centre[1])], rayonKm: area.rayonKm },
    ...(bbox ? { bbox } : {}),
    types,
    offres,
  };
}

/** The endpoint's answer as the GeoJSON MapLibre clusters (in the browser). */
export function toOffersFeatureCollection(answer: MapOffersAnswer): OffersFeatureCollection {
  return {
    type: "FeatureCollection",
    features: answer.offres.map(([id, nom, type, longitude, latitude]) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [longitude, latitude] },
      properties: { id, nom, type: answer.types[type] ?? "" },
    })),
    ...(answer.bbox ? { bbox: answer.bbox } : {}),
    recherche: answer.recherche,
  };
}

/** Reads an offer back from a rendered feature's properties (MapLibre hands them over untyped). */
export function offerFromProperties(properties: unknown): OfferFeatureProperties | undefined {
  if (typeof properties !== "object" || properties === null) return undefined;
  const { id, nom, type } = properties as Record<string, unknown>;
  if (typeof id !== "string" || typeof nom !== "string") return undefined;
  return { id, nom, type: typeof type === "string" ? type : "" };
}

/** The offers under a click, once each, in name order (co-located offers share one spot on the map). */
export function offersFromFeatures(features: ReadonlyArray<{ properties?: unknown }>): OfferFeatureProperties[] {
  const byId = new Map<string, OfferFeatureProperties>();
  for (const feature of features) {
    const offer = offerFromProperties(feature.properties);
    if (offer && !byId.has(offer.id)) byId.set(offer.id, offer);
  }
  return [...byId.values()].sort((a, b) => a.nom.localeCompare(b.nom, "fr"));
}

/** The page of an offer, where "Voir la fiche" leads. */
export function offerPath(id: string): string {
  return `/offres/${encodeURIComponent(id)}`;
}
