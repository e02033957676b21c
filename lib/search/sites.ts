import { isResidentsOnlyActivity } from "@/lib/offers/activity-units";

import type { OfferSummary, SearchSort } from "./offer-search";

/**
 * One result card: a site (Structure) with the matching offers it runs there (permanent and
 * temporary stays, day care, PASA…). A building used to show three or four times (issue #18).
 */
export type SiteSummary = Pick<OfferSummary, "addressLine" | "postalCode" | "city" | "phone" | "distanceKm" | "typeLabel"> & {
  id: string;
  name: string;
  /** Lowest estimated monthly price of its offers, for the card and the price sort. */
  prixMensuel: number | null;
  offers: OfferSummary[];
};

export type OfferSearchPage = {
  /** Number of sites: what the person counts and pages through. */
  total: number;
  /** Number of matching offers in those sites. */
  offerCount: number;
  page: number;
  pageSize: number;
  pageCount: number;
  items: SiteSummary[];
};

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Accommodation first, then day care and the rest; a residents-only activity last. */
function offerRank(offer: OfferSummary): number {
  return isResidentsOnlyActivity(offer.typeOffre) ? 1 : 0;
}

type SiteSortKey = Pick<SiteSummary, "id" | "distanceKm" | "prixMensuel">;

const sorters: Record<SearchSort, (a: SiteSortKey, b: SiteSortKey) => number> = {
  distance: (a, b) => a.distanceKm - b.distanceKm || byId(a, b),
  // Sites without a price come last, nearest first among themselves.
  prix: (a, b) => (a.prixMensuel ?? Infinity) - (b.prixMensuel ?? Infinity) || a.distanceKm - b.distanceKm || byId(a, b),
};

function site(offers: OfferSummary[]): SiteSummary {
  const sorted = [...offers].sort((a, b) => offerRank(a) - offerRank(b) || a.distanceKm - b.distanceKm || byId(a, b));
  const main = sorted[0] as OfferSummary;
  const prices = offers.flatMap((offer) => (offer.prixMensuel === null ? [] : [offer.prixMensuel]));
  return {
    id: main.structureId,
    name: offers.length > 1 ? main.structureName : main.name,
    typeLabel: main.typeLabel,
    distanceKm: Math.min(...offers.map((offer) => offer.distanceKm)),
    addressLine: main.addressLine,
    postalCode: main.postalCode,
    city: main.city,
    phone: main.phone,
    prixMensuel: prices.length > 0 ? Math.min(...prices) : null,
    offers: sorted,
  };
}

/**
 * Groups matching offers by site, sorts the sites and cuts one page (the snapshot search's last
 * step). Only the sort keys are computed for every
 * site; the cards (offers sorted, names, address) only for the page shown.
 */
export function pageOfSites(offers: readonly OfferSummary[], sort: SearchSort, page: number, pageSize: number): OfferSearchPage {
  const bySite = new Map<string, OfferSummary[]>();
  for (const offer of offers) {
    const list = bySite.get(offer.structureId);
    if (list) list.push(offer);
    else bySite.set(offer.structureId, [offer]);
  }
  const keys = [...bySite].map(([id, siteOffers]) => {
    let distanceKm = Infinity;
    let prixMensuel: number | null = null;
    for (const offer of siteOffers) {
      distanceKm = Math.min(distanceKm, offer.distanceKm);
      if (offer.prixMensuel !== null) prixMensuel = prixMensuel === null ? offer.prixMensuel : Math.min(prixMensuel, offer.prixMensuel);
    }
    return { id, distanceKm, prixMensuel, offers: siteOffers };
  });
  keys.sort(sorters[sort]);
  const start = (page - 1) * pageSize;
  return {
    total: keys.length,
    offerCount: offers.length,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(keys.length / pageSize)),
    items: keys.slice(start, start + pageSize).map((key) => site(key.offers)),
  };
}
