import { searchQueryString } from "./query-string";
import type { SearchQuery } from "./search-params";

/** The comparison page of a selection; `back` is the page its "Retour à la recherche" leads to. */
export function compareHref(selection: readonly string[], back?: string): string {
  const params = new URLSearchParams();
  for (const id of selection) params.append("offres", id);
  if (back) params.set("retour", back);
  return `/comparer?${params.toString()}`;
}

/** The search list with the same place, filters, page and selection (breadcrumbs of offer pages). */
export function searchHref(query: Partial<SearchQuery>): string {
  return `/recherche${searchQueryString(query)}`;
}

/** An offer page that keeps the search and the selection, so that its links lead back to them. */
export function offerHref(offerId: string, query: Partial<SearchQuery>): string {
  return `/offres/${encodeURIComponent(offerId)}${searchQueryString(query)}`;
}

/** A portal path (never another site) with its comparison selection replaced. */
export function withSelection(path: string, selection: readonly string[]): string {
  const url = new URL(path, "http://portail.invalid");
  url.searchParams.delete("comparer");
  for (const id of selection) url.searchParams.append("comparer", id);
  return `${url.pathname}${url.search}`;
}

/** The query string of a portal path ("" when none), to give another page the same search. */
export function queryOf(path: string): string {
  return new URL(path, "http://portail.invalid").search;
}
