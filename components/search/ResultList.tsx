"use client";

import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import "@/components/dsfr-bootstrap/register-link";
import { Link } from "@/components/Link";

import { compareAnchorId, CompareToggle } from "@/components/search/CompareLinks";
import { offerHref, type OfferSearchPage, type OfferSummary, type SiteSummary, formatDistance, formatMonthlyPrice, sourceName, telHref, searchQueryString, type SearchQuery } from "@/lib/search/client";
import { isResidentsOnlyActivity, RESIDENTS_ONLY_ACTIVITY_NOTE } from "@/lib/offers/activity-units";
import { informationUpdatedAt } from "@/lib/offers/display";
import { formatDate } from "@/lib/format/dates";
import "@codegouvfr/react-dsfr/dsfr/component/pagination/pagination.main.min.css";

export type ResultListProps = {
  result: OfferSearchPage;
  /** The search shown, and the page it is shown on: links keep it (other page, other comparison selection). */
  query: Partial<SearchQuery>;
  basePath: string;
};

/** What a site offers, without the site's name that the card already shows ("Hébergement permanent – EHPAD X"). */
function kindOf(offer: OfferSummary, site: SiteSummary): string {
  const short = offer.name
    .replace(site.name, "")
    .replace(/^[\s–—-]+|[\s–—-]+$/g, "")
    .trim();
  return short || offer.typeLabel;
}

function OfferFacts({ offer }: { offer: OfferSummary }) {
  if (isResidentsOnlyActivity(offer.typeOffre)) return <span className="fr-text--sm"> : {RESIDENTS_ONLY_ACTIVITY_NOTE.toLowerCase()}</span>;
  const facts = [offer.capacity ? `${offer.capacity} places` : null, offer.prixMensuel !== null ? `prix estimé ${formatMonthlyPrice(offer.prixMensuel)}` : null].filter(Boolean);
  return facts.length > 0 ? <span className="fr-text--sm"> : {facts.join(", ")}</span> : null;
}

/**
 * Result cards, one per site, and pagination; the same list is shown beside the map. A client component
 * for the weight of the page: the server sends the 20 sites as data, not as element trees (see SearchFilters).
 */
export function ResultList({ result, query, basePath }: ResultListProps) {
  const selection = query.comparer ?? [];
  const pageHref = (page: number) => `${basePath}${searchQueryString(query, { page })}`;
  const selectionHref = (next: string[]) => `${basePath}${searchQueryString(query, { comparer: next })}`;
  // The offer page gets the whole search: its breadcrumb and its comparison link lead back to it.
  const offerPage = (id: string) => offerHref(id, query);
  const first = (result.page - 1) * result.pageSize + 1;
  return (
    <>
      <ol className="portal-plain-list portal-search-results__list" id="resultats" tabIndex={-1} aria-label="Résultats de la recherche">
        {result.items.map((site, index) => {
          const tel = site.phone ? telHref(site.phone) : null;
          const single = site.offers.length === 1 ? site.offers[0] : undefined;
          return (
            <li key={site.id} className="portal-result">
              <h3 className="fr-h5">
                <span className="portal-result__rank" aria-hidden="true">
                  {first + index}
                </span>{" "}
                {single ? (
                  <Link href={offerPage(single.id)}>
                    {site.name}
                  </Link>
                ) : (
                  site.name
                )}
              </h3>
              <p className="fr-mb-1w">
                <strong>{site.typeLabel}</strong> · {formatDistance(site.distanceKm)}
              </p>
              {site.addressLine || site.city ? (
                <p className="fr-mb-1w portal-result__address">{[site.addressLine, [site.postalCode, site.city].filter(Boolean).join(" ")].filter(Boolean).join(", ")}</p>
              ) : null}
              {site.phone ? (
                <p className="fr-mb-1w">
                  Téléphone : {tel ? <a href={tel}>{site.phone}</a> : site.phone}
                </p>
              ) : null}
              {site.prixMensuel !== null ? (
                <p className="fr-mb-1w portal-result__price">
                  {single ? "Prix estimé" : "Prix estimé à partir de"} : {formatMonthlyPrice(site.prixMensuel)}
                </p>
              ) : null}
              {single ? (
                <>
                  {isResidentsOnlyActivity(single.typeOffre) ? <p className="fr-mb-1w">{RESIDENTS_ONLY_ACTIVITY_NOTE}.</p> : null}
                  <p className="fr-mb-1w" id={compareAnchorId(single.id)}>
                    <CompareToggle offerId={single.id} offerName={single.name} selection={selection} hrefWith={selectionHref} />
                  </p>
                </>
              ) : (
                <>
                  <p className="fr-mb-1w">Ce que propose ce lieu :</p>
                  <ul className="portal-result__offers">
                    {site.offers.map((offer) => (
                      <li key={offer.id} id={compareAnchorId(offer.id)}>
                        <Link href={offerPage(offer.id)}>
                          {kindOf(offer, site)}
                          <span className="fr-sr-only"> – {site.name}</span>
                        </Link>
                        <OfferFacts offer={offer} />
                        <br />
                        <CompareToggle offerId={offer.id} offerName={offer.name} selection={selection} hrefWith={selectionHref} />
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <p className="portal-result__meta fr-mb-0">
                Source : {sourceName(site.offers[0]?.source ?? "")}, mise à jour le {formatDate(latestUpdate(site.offers))}
              </p>
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

function latestUpdate(offers: readonly OfferSummary[]): Date {
  return new Date(Math.max(...offers.map((offer) => new Date(informationUpdatedAt(offer)).getTime())));
}
