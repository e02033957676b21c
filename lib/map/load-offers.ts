import type { OffersFeatureCollection } from "./feature-collection";

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

function isOffersCollection(value: unknown): value is OffersFeatureCollection {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<OffersFeatureCollection>;
  return (
    candidate.type === "FeatureCollection" &&
    Array.isArray(candidate.features) &&
    Array.isArray(candidate.recherche?.centre) &&
    typeof candidate.recherche?.rayonKm === "number"
  );
}

/** Fetches the map's points; every failure becomes a French sentence to show (the server's when it sent one). */
export async function loadMapData(query: string, { fetcher = fetch, signal }: { fetcher?: typeof fetch; signal?: AbortSignal } = {}): Promise<MapDataResult> {
  let response: Response;
  try {
    response = await fetcher(mapDataUrl(query), { signal, headers: { Accept: "application/geo+json, application/json" } });
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
  return isOffersCollection(body) ? { ok: true, data: body } : { ok: false, message: LOAD_MESSAGES.unexpected, status: response.status };
}
