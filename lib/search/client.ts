/**
 * The client-safe entry of lib/search: what the browser may run (form choices, query strings,
 * links, French formatting) and the types of what the server hands over. Nothing here reaches
 * Prisma, the environment or the catalogue snapshot, so client components import this file
 * and never `@/lib/search` (index.ts), which would pull server code into the browser bundle.
 */
export {
  audienceOptions,
  DEFAULT_SORT,
  groupOptions,
  MAX_COMPARED,
  RADIUS_KM,
  radiusOptions,
  sortOptions,
  temporaliteOptions,
  type Audience,
  type SortChoice,
  type Temporalite,
} from "./search-options";
export { searchQueryString } from "./query-string";
export { compareHref, offerHref, queryOf, searchHref, withSelection } from "./comparison-links";
export { formatCount, formatDailyPrice, formatDistance, formatMonthlyPrice, sourceName, telHref } from "./format";

// Types only (erased from the bundle): the shapes the server renders and the form sends back.
export type { MapPoint, OfferSearch, OfferSummary, SearchSort } from "./offer-search";
export type { OfferSearchPage, SiteSummary } from "./sites";
export type { RawSearchValues, SearchField, SearchFormErrors, SearchQuery } from "./search-params";
