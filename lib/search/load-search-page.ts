import { getPrisma } from "@/lib/db";
import { errorContext, logger } from "@/lib/logger";

import { catalogueSnapshot, searchSnapshot } from "./catalogue-snapshot";
import { placeResolver } from "./geocoder/place-resolver";
import { resolveSearch, type ResolvedSearch } from "./resolve-search";
import { parseSearchParams, type ParsedSearch } from "./search-params";
import type { OfferSearchPage } from "./sites";

export type SearchPageData =
  | { state: "invalid"; parsed: Extract<ParsedSearch, { ok: false }> }
  | { state: "unavailable"; parsed: Extract<ParsedSearch, { ok: true }> }
  | { state: "resolved"; parsed: Extract<ParsedSearch, { ok: true }>; resolved: Exclude<ResolvedSearch, { status: "ready" }> }
  | { state: "results"; parsed: Extract<ParsedSearch, { ok: true }>; resolved: Extract<ResolvedSearch, { status: "ready" }>; result: OfferSearchPage };

/** Everything the search pages render, from the raw query string; never throws. */
export async function loadSearchPage(params: Record<string, string | string[] | undefined>): Promise<SearchPageData> {
  const parsed = parseSearchParams(params);
  if (!parsed.ok) return { state: "invalid", parsed };
  try {
    const prisma = await getPrisma();
    const resolved = await resolveSearch(placeResolver(prisma), parsed.query);
    if (resolved.status !== "ready") return { state: "resolved", parsed, resolved };
    const result = searchSnapshot(await catalogueSnapshot(prisma), resolved.search, parsed.query.page);
    return { state: "results", parsed, resolved, result };
  } catch (error) {
    logger.error("Offer search failed", { ...errorContext(error), query: parsed.raw });
    return { state: "unavailable", parsed };
  }
}
