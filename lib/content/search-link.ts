/**
 * Links to the offer search. The search page owns its query string; this is the
 * one place the content layer builds such links, so a change of parameter names
 * happens here only.
 */
import { GROUP_SLUGS, type GroupSlug, type PublicSlug } from "@/lib/offers/referentials";

/** The catalogue's groups of offer types (lib/offers is the one definition). */
export const OFFER_GROUP_SLUGS = GROUP_SLUGS;
export type OfferGroupSlug = GroupSlug;

/** The "Pour qui ?" values of the search form. */
export type SearchAudience = PublicSlug;

export const SEARCH_PATH = "/recherche";

export type SearchFilter = {
  groupe: OfferGroupSlug;
  public?: SearchAudience;
  /** Commune or postal code, as typed: the search page resolves it. */
  lieu?: string;
};

export function buildSearchHref(filter: SearchFilter): string {
  const params = new URLSearchParams({ groupe: filter.groupe });
  if (filter.public) params.set("public", filter.public);
  if (filter.lieu) params.set("lieu", filter.lieu);
  return `${SEARCH_PATH}?${params.toString()}`;
}
