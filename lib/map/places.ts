import { Prisma, type PrismaClient } from "@prisma/client";

import { errorContext, logger } from "@/lib/logger";

import { roundCoordinate, type BBox } from "./feature-collection";
import { weakEtag } from "./http-cache";
import type { MapHttpResponse } from "./map-endpoint";

/**
 * Commune names for the embedded basemap, which has no labels of its own:
 * without them a map of points around a city says nothing about where they are.
 */
export type PlaceLabelFeature = {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: { nom: string; population: number };
};
export type PlaceLabelCollection = { type: "FeatureCollection"; features: PlaceLabelFeature[] };

/** Wider boxes would only ask for labels nobody can read at that zoom. */
export const MAX_SPAN_DEGREES = 6;
export const PLACE_LIMIT = 80;
/** The commune index changes with an import, a few times a year. */
export const PLACES_CACHE_CONTROL = "public, max-age=86400, stale-while-revalidate=604800";

/** Parses `west,south,east,north`; rounds outwards to 0.05° so that nearby searches share cache entries. */
export function parseBBox(value: string | null): BBox | undefined {
  if (!value) return undefined;
  const numbers = value.split(",").map((part) => (part.trim() === "" ? Number.NaN : Number(part)));
  if (numbers.length !== 4 || numbers.some((number) => !Number.isFinite(number))) return undefined;
  const [west, south, east, north] = numbers as [number, number, number, number];
  if (west < -180 || east > 180 || south < -90 || north > 90 || west >= east || south >= north) return undefined;
  if (east - west > MAX_SPAN_DEGREES || north - south > MAX_SPAN_DEGREES) return undefined;
  const step = 20;
  return [Math.floor(west * step) / step, Math.floor(south * step) / step, Math.ceil(east * step) / step, Math.ceil(north * step) / step];
}

export async function findPlaceLabels(prisma: PrismaClient, bbox: BBox, limit = PLACE_LIMIT): Promise<PlaceLabelCollection> {
  const [west, south, east, north] = bbox;
  const rows = await prisma.$queryRaw<Array<{ name: string; latitude: number; longitude: number; population: number }>>(Prisma.sql`
    SELECT "name", "latitude", "longitude", "population" FROM "Commune"
    WHERE "latitude" BETWEEN ${south} AND ${north} AND "longitude" BETWEEN ${west} AND ${east}
    ORDER BY "population" DESC, "name" LIMIT ${limit}`);
  return {
    type: "FeatureCollection",
    features: rows.map((row) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [roundCoordinate(row.longitude), roundCoordinate(row.latitude)] },
      properties: { nom: row.name, population: Number(row.population) },
    })),
  };
}

/** `GET /api/carte/lieux?bbox=west,south,east,north`: the most populated communes in a box. */
export async function placeLabelsResponse(getPrisma: () => Promise<PrismaClient>, params: URLSearchParams): Promise<MapHttpResponse> {
  const json = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" };
  const bbox = parseBBox(params.get("bbox"));
  if (!bbox) {
    const message = `Le paramètre bbox doit donner ouest,sud,est,nord en degrés, sur ${MAX_SPAN_DEGREES}° au plus.`;
    return { status: 400, headers: json, body: JSON.stringify({ message }) };
  }
  try {
    const body = JSON.stringify(await findPlaceLabels(await getPrisma(), bbox));
    return {
      status: 200,
      headers: { "Content-Type": "application/geo+json; charset=utf-8", "Cache-Control": PLACES_CACHE_CONTROL, ETag: weakEtag(body) },
      body,
    };
  } catch (error) {
    logger.error("Place labels request failed", errorContext(error));
    return { status: 503, headers: json, body: JSON.stringify({ message: "Les noms de communes de la carte sont momentanément indisponibles." }) };
  }
}
