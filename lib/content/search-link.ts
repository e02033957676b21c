/**
 * Links to the offer search. The search page owns its query string; this is the
 * one place the content layer builds such links, so a change of parameter names
 * happens here only.
 */
export const OFFER_GROUP_SLUGS = [
  "vivre-a-domicile",
  "habiter-autrement",
  "en-etablissement",
  "soutenir-les-aidants",
  "s-informer-et-etre-accompagne",
] as const;

export type OfferGroupSlug = (typeof OFFER_GROUP_SLUGS)[number];

/** Same values as the "Pour qui ?" filter of the search form (lib/search). */
export type SearchAudience = "personnes-agees" | "personnes-handicapees" | "aidants";

export const SEARCH_PATH = "/recherche";

export type SearchFilter = {
  groupe: OfferGroupSlug;
  public?: SearchAudience;
};

export function buildSearchHref(filter: SearchFilter): string {
  const params = new URLSearchParams({ groupe: filter.groupe });
  if (filter.public) params.set("public", filter.public);
  return `${SEARCH_PATH}?${params.toString()}`;
}
