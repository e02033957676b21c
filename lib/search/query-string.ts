import { DEFAULT_SORT, RADIUS_KM } from "./search-options";
import type { SearchQuery } from "./search-params";

/** The query string of a search, without empty values (for links, pagination and the map). */
export function searchQueryString(query: Partial<SearchQuery>, overrides: Partial<SearchQuery> = {}): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else if (!(key === "page" && value === 1) && !(key === "rayon" && value === RADIUS_KM.default) && !(key === "tri" && value === DEFAULT_SORT)) {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
