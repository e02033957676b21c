/**
 * Where scripts/copy-maplibre-worker.mjs puts MapLibre's web worker (bundlers do
 * not serve it). Each MapLibre release gets its own URL through the query
 * string, so the file is cached for a year (next.config.mjs) and the map page
 * can preload it while MapLibre itself downloads.
 */
export const MAPLIBRE_WORKER_PATH = "/maplibre/maplibre-gl-worker.mjs";

export function maplibreWorkerUrl(version: string): string {
  return `${MAPLIBRE_WORKER_PATH}?v=${encodeURIComponent(version)}`;
}
