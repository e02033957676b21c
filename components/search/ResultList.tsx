"use client";

import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import Link from "next/link";

import { CompareToggle } from "@/components/search/CompareLinks";
import { informationUpdatedAt } from "@/lib/offers/display";
import type { OfferSearchPage } from "@/lib/search/find-offers";
import { formatDate, formatDistance, formatMonthlyPrice, sourceName, telHref } from "@/lib/search/format";
import { searchQueryString } from "@/lib/search/search-options";
import type { SearchQuery } from "@/lib/search/search-params";

export type ResultListProps = {
  result: OfferSearchPage;
  /** The search shown, and the page it is shown on: links keep it (other page, other comparison selection). */
  query: Partial<SearchQuery>;
  basePath: string;
};

/**
 * Result cards and pagination; the same list is shown beside the map. A client component for the
 * weight of the page: the server sends the 20 results as data, not as element trees (see SearchFilters).
 */
export function ResultList({ result, query, basePath }: ResultListProps) {
  const selection = query.comparer ?? [];
  const pageHref = (page: number) => `${basePath}${searchQueryString(query, { page })}`;
  const selectionHref = (next: string[]) => `${basePath}${searchQueryString(query, { comparer: next })}`;
  const offerHref = (id: string) => `/offres/${encodeURIComponent(id)}${searchQueryString({ comparer: selection })}`;
  return (
    <>
      <ol className="portal-plain-list" start={(result.page - 1) * result.pageSize + 1}>
        {result.items.map((item) => {
          const tel = item.phone ? telHref(item.phone) : null;
          return (
            <li key={item.id} className="portal-result">
              <h3 className="fr-h5">
                <Link href={offerHref(item.id)} prefetch={false}>
                  {item.name}
                </Link>
              </h3>
              <p className="fr-mb-1w">
                <strong>{item.typeLabel}</strong> · {formatDistance(item.distanceKm)}
              </p>
              {item.addressLine || item.city ? (
                <p className="fr-mb-1w">{[item.addressLine, [item.postalCode, item.city].filter(Boolean).join(" ")].filter(Boolean).join(", ")}</p>
              ) : null}
              {item.phone ? (
                <p className="fr-mb-1w">
                  Téléphone : {tel ? <a href={tel}>{item.phone}</a> : item.phone}
                </p>
              ) : null}
              {item.prixMensuel !== null ? <p className="fr-mb-1w">Prix estimé : {formatMonthlyPrice(item.prixMensuel)}</p> : null}
              <p className="portal-result__meta fr-mb-1w">
                Source : {sourceName(item.source)}, mise à jour le {formatDate(informationUpdatedAt(item))}
              </p>
              <CompareToggle offerId={item.id} offerName={item.name} selection={selection} hrefWith={selectionHref} />
            </li>
          );
        })}
      </ol>
      {result.pageCount > 1 ? (
        <Pagination count={result.pageCount} defaultPage={result.page} getPageLinkProps={(page) => ({ href: pageHref(page) })} showFirstLast className="fr-mt-4w" />
      ) : null}
    </>
  );
}
