import { loadMapData, mapDataUrl, type MapDataResult } from "@/lib/map/load-offers";

/** The points' answers asked for before hydration, by endpoint URL, each handed over once. */
const pending = new Map<string, Promise<MapDataResult>>();

/** Asks for a search's points now (the page preloads the same URL), for the map started before hydration. */
export function loadPointsEarly(query: string): Promise<MapDataResult> {
  const url = mapDataUrl(query);
  const existing = pending.get(url);
  if (existing) return existing;
  const points = loadMapData(query);
  pending.set(url, points);
  return points;
}

/** The answer asked for early for `query`, once: react-query then reuses it instead of parsing the same bytes again. */
export function takePointsLoadedEarly(query: string): Promise<MapDataResult> | undefined {
  const url = mapDataUrl(query);
  const points = pending.get(url);
  pending.delete(url);
  return points;
}
