import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import Link from "next/link";

import { CompareToggle } from "@/components/search/CompareLinks";
import type { OfferSearchPage } from "@/lib/search/find-offers";
import { formatDate, formatDistance, formatMonthlyPrice, sourceName, telHref } from "@/lib/search/format";

export type ResultListProps = {
  result: OfferSearchPage;
  /** Current comparison selection (offer ids). */
  selection: readonly string[];
  /** URL of this search with other page / selection. */
  pageHref: (page: number) => string;
  selectionHref: (selection: string[]) => string;
  offerHref: (id: string) => string;
};

/** Result cards and pagination; the same list is shown beside the map. */
export function ResultList({ result, selection, pageHref, selectionHref, offerHref }: ResultListProps) {
  return (
    <>
      <ol className="portal-plain-list" start={(result.page - 1) * result.pageSize + 1}>
        {result.items.map((item) => {
          const tel = item.phone ? telHref(item.phone) : null;
          return (
            <li key={item.id} className="portal-result">
              <h3 className="fr-h5">
                <Link href={offerHref(item.id)}>{item.name}</Link>
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
                Source : {sourceName(item.source)}, mise à jour le {formatDate(item.sourceUpdatedAt ?? item.fetchedAt)}
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
