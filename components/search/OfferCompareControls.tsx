"use client";

import { CompareBar, compareAnchorId, CompareToggle } from "@/components/search/CompareLinks";
import { searchQueryString, type SearchQuery } from "@/lib/search/client";

export type OfferCompareControlsProps = {
  offerId: string;
  offerName: string;
  /** The offer page's path, without query string. */
  path: string;
  /** The search the person came from: kept by every link, with the selection. */
  query: Partial<SearchQuery>;
};

/** The comparison bar and "Ajouter à la comparaison" of an offer page; the search stays in every URL. */
export function OfferCompareControls({ offerId, offerName, path, query }: OfferCompareControlsProps) {
  const selection = query.comparer ?? [];
  return (
    <>
      <CompareBar selection={selection} back={`/recherche${searchQueryString(query)}`} />
      <p className="portal-no-print" id={compareAnchorId(offerId)}>
        <CompareToggle offerId={offerId} offerName={offerName} selection={selection} hrefWith={(next) => `${path}${searchQueryString(query, { comparer: next })}`} />
      </p>
    </>
  );
}
