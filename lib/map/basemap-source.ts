import { readFile } from "node:fs/promises";
import path from "node:path";

import { errorContext, logger } from "@/lib/logger";

import { buildBasemap, type BasemapCollection } from "./basemap";
import { ifNoneMatchSatisfied, weakEtag } from "./http-cache";
import type { MapHttpResponse } from "./map-endpoint";
import type { Topology } from "./topojson";

/**
 * Natural Earth 1:50m countries (public domain), as shipped by the `world-atlas`
 * npm package. Read from disk rather than imported so that the portal still
 * builds and runs, with a plain background, where the package is missing.
 */
export const WORLD_ATLAS_FILE = path.join("node_modules", "world-atlas", "countries-50m.json");
/** Changes only with the package version: a day fresh, a week stale-while-revalidate. */
export const BASEMAP_CACHE_CONTROL = "public, max-age=86400, stale-while-revalidate=604800";

type Prepared = { body: string; etag: string; features: number };
let cached: Promise<Prepared> | undefined;

async function prepare(file: string): Promise<Prepared> {
  let collection: BasemapCollection;
  try {
    collection = buildBasemap(JSON.parse(await readFile(file, "utf8")) as Topology);
  } catch (error) {
    logger.warn("Embedded basemap unavailable (is the world-atlas package installed?): the map shows a plain background", errorContext(error));
    collection = { type: "FeatureCollection", features: [] };
  }
  const body = JSON.stringify(collection);
  return { body, etag: weakEtag(body), features: collection.features.length };
}

/** The basemap GeoJSON, built once per process from the package's TopoJSON. */
export async function basemapResponse(ifNoneMatch: string | null = null, file = path.join(process.cwd(), WORLD_ATLAS_FILE)): Promise<MapHttpResponse> {
  cached ??= prepare(file);
  const prepared = await cached;
  // An empty basemap (package missing) is not worth caching for a day.
  const headers = { "Cache-Control": prepared.features > 0 ? BASEMAP_CACHE_CONTROL : "no-cache", ETag: prepared.etag };
  if (ifNoneMatchSatisfied(ifNoneMatch, prepared.etag)) return { status: 304, headers, body: null };
  return { status: 200, headers: { ...headers, "Content-Type": "application/geo+json; charset=utf-8" }, body: prepared.body };
}

/** For tests: forget the prepared basemap. */
export function resetBasemapCache(): void {
  cached = undefined;
}
