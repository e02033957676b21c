import { queryOptions, useQuery } from "@tanstack/react-query";

import type { OffersFeatureCollection } from "@/lib/map/feature-collection";
import { LOAD_MESSAGES, loadMapData, mapDataUrl } from "@/lib/map/load-offers";

import { takePointsLoadedEarly } from "./early-points";

/** A map answer that failed, with the French sentence to show (the server's when it sent one). */
export class MapDataError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "MapDataError";
  }
}

/** How long an answer is reused: `/api/carte` sends `max-age=60`, so the browser's cache would answer anyway. */
const FRESH_FOR_MS = 60_000;

/** The query of a search's points: the key is the endpoint URL, so every page of the list shares one map answer. */
export function mapDataQuery(query: string, fetcher?: typeof fetch) {
  return queryOptions({
    queryKey: ["carte", mapDataUrl(query)] as const,
    queryFn: async ({ signal }) => {
      // The map started before hydration may have asked already (./early-map.ts): the same answer, parsed once.
      const result = await (takePointsLoadedEarly(query) ?? loadMapData(query, { fetcher, signal }));
      if (!result.ok) throw new MapDataError(result.message, result.status);
      return result.data;
    },
    // The person sees the message and a "Réessayer" button at once, rather than silent retries.
    retry: false,
    // Fetch even when the browser believes it is offline: it then fails at once with "Vérifiez votre connexion",
    // where react-query's default would wait silently on "Chargement de la carte…".
    networkMode: "always",
    staleTime: FRESH_FOR_MS,
    // New points would close an open popup and move nothing else: only a new search or "Réessayer" reloads them.
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export type MapDataState = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; data: OffersFeatureCollection };

/** The state of a query as the map shows it; any error that is not a map answer gets the generic French sentence. */
export function mapDataState({ status, data, error }: { status: "pending" | "error" | "success"; data?: OffersFeatureCollection; error?: unknown }): MapDataState {
  if (status === "success" && data) return { status: "ready", data };
  if (status === "error") return { status: "error", message: error instanceof MapDataError ? error.message : LOAD_MESSAGES.unexpected };
  return { status: "loading" };
}

/**
 * The points of a search, through the page's query client. A retry after a
 * failure shows "Chargement de la carte…" again until its own answer arrives
 * (react-query resets a query without data to pending when it fetches).
 */
export function useMapData(query: string): { load: MapDataState; retry: () => void } {
  const result = useQuery(mapDataQuery(query));
  return { load: mapDataState(result), retry: () => void result.refetch() };
}
