import { toOffersFeatureCollection, type MapOffersAnswer, type OffersFeatureCollection } from "./feature-collection";

export const MAP_DATA_PATH = "/api/carte";

export const LOAD_MESSAGES = {
  network: "La carte n'a pas pu être chargée. Vérifiez votre connexion internet, puis réessayez.",
  unexpected: "La carte n'a pas pu être chargée. Réessayez dans quelques instants.",
} as const;

/**
 * The endpoint URL for a search's query string (with or without its "?").
 * The page number is dropped: every page of the list shows the same map.
 */
export function mapDataUrl(query: string): string {
  const params = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  params.delete("page");
  const text = params.toString();
  return text ? `${MAP_DATA_PATH}?${text}` : MAP_DATA_PATH;
}

export type MapDataResult = { ok: true; data: OffersFeatureCollection } | { ok: false; message: string; status?: number };

const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** Checks the answer's shape row by row: a malformed row would break MapLibre's worker, not just one point. */
function isMapOffersAnswer(value: unknown): value is MapOffersAnswer {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<MapOffersAnswer>;
  const { recherche, types, offres } = candidate;
  if (!recherche || !Array.isArray(recherche.centre) || !isFiniteNumber(recherche.rayonKm)) return false;
  if (!Array.isArray(types) || !types.every((type) => typeof type === "string") || !Array.isArray(offres)) return false;
  return offres.every(
    (row) =>
      Array.isArray(row) &&
      row.length === 5 &&
      typeof row[0] === "string" &&
      typeof row[1] === "string" &&
      Number.isInteger(row[2]) &&
      row[2] >= 0 &&
      row[2] < types.length &&
      isFiniteNumber(row[3]) &&
      isFiniteNumber(row[4]),
  );
}

/**
 * Fetches the map's points and returns them as the GeoJSON MapLibre clusters;
 * every failure becomes a French sentence to show (the server's when it sent one).
 */
export async function loadMapData(query: string, { fetcher = fetch, signal }: { fetcher?: typeof fetch; signal?: AbortSignal } = {}): Promise<MapDataResult> {
  let response: Response;
  try {
    response = await fetcher(mapDataUrl(query), { signal, headers: { Accept: "application/json" } });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, message: LOAD_MESSAGES.network };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const message = typeof (body as { message?: unknown } | undefined)?.message === "string" ? (body as { message: string }).message : LOAD_MESSAGES.unexpected;
    return { ok: false, message, status: response.status };
  }
  return isMapOffersAnswer(body) ? { ok: true, data: toOffersFeatureCollection(body) } : { ok: false, message: LOAD_MESSAGES.unexpected, status: response.status };
}
