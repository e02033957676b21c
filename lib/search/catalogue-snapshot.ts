import { Prisma, type PrismaClient } from "@prisma/client";

import { boundingBox, distanceKm } from "@/lib/geo/distance";
import { offerGroup, offerType } from "@/lib/offers/referentials";

import { isStepFree, keywordText, offerFilter, type FilterableOffer } from "./filters";
import { offerRowFields, type MapPoint, type OfferSearch, type OfferSummary } from "./offer-search";
import { pageOfSites, type OfferSearchPage } from "./sites";
import { versionedCache } from "./versioned-cache";

/**
 * An in-memory copy of the searchable part of the catalogue (listed offers with
 * coordinates), so that a search is a scan of a few thousand objects instead of
 * a database round trip: on PGlite every query runs on the server's only thread
 * and concurrent searches queue behind each other. The database stays the source
 * of truth: the copy is rebuilt when a catalogue import has succeeded since it
 * was taken (checked at most once a second, versioned-cache.ts). This is the only search: the
 * filter rules are in filters.ts, distances and boxes in lib/geo (docs/adr/0007).
 */

type SnapshotOffer = Omit<OfferSummary, "distanceKm" | "typeLabel" | "groupLabel"> & FilterableOffer;

export type CatalogueSnapshot = {
  /** Sorted by latitude: a search reads only the latitude band of its bounding box. */
  offers: SnapshotOffer[];
  latitudes: Float64Array;
};

/** The catalogue changes only through imports, each recorded in ImportRun; a failed run rolls back. */
async function catalogueVersion(prisma: PrismaClient): Promise<string> {
  const rows = await prisma.$queryRaw<Array<{ runs: bigint | number; last: Date | null }>>(Prisma.sql`
    SELECT count(*) AS runs, max("finishedAt") AS last FROM "ImportRun" WHERE "status" = 'succeeded'`);
  const row = rows[0];
  return `${Number(row?.runs ?? 0)}@${row?.last?.toISOString() ?? "-"}`;
}

// The row carries what a result card shows (OfferSummary, less what is computed per search) plus the filter fields.
type SnapshotRow = Omit<OfferSummary, "typeLabel" | "groupLabel" | "distanceKm"> & {
  description: string | null;
  typeSlug: string;
  groupSlug: string;
  publicSlugs: string[];
  temporalites: string[];
  modesPriseEnCharge: string[];
  habilitationAideSociale: boolean | null;
  accessibility: string | null;
};

export async function loadCatalogueSnapshot(prisma: PrismaClient): Promise<CatalogueSnapshot> {
  const rows = await prisma.$queryRaw<SnapshotRow[]>(Prisma.sql`
    SELECT o."id", o."name", o."description", o."typeSlug", o."groupSlug", o."publicSlugs", o."temporalites", o."modesPriseEnCharge",
           o."typeOffre", o."capacity", o."accessibility", o."structureId", s."name" AS "structureName",
           o."prixMensuel", o."habilitationAideSociale", o."phone", o."source", o."regulated", o."fetchedAt", o."sourceUpdatedAt",
           o."latitude", o."longitude", l."addressLine", l."postalCode", l."city"
    FROM "Offer" o JOIN "Structure" s ON s."id" = o."structureId" LEFT JOIN "Location" l ON l."id" = o."locationId"
    WHERE o."listed" = true AND o."latitude" IS NOT NULL AND o."longitude" IS NOT NULL
    ORDER BY o."latitude", o."id"`);
  const offers = rows.map(
    (row): SnapshotOffer => ({
      typeSlug: row.typeSlug,
      groupSlug: row.groupSlug,
      publicSlugs: row.publicSlugs,
      temporalites: row.temporalites,
      modes: row.modesPriseEnCharge,
      habilitationAideSociale: row.habilitationAideSociale === true,
      stepFree: isStepFree(row.accessibility),
      text: keywordText(row.name, row.description),
      ...offerRowFields(row),
    }),
  );
  return { offers, latitudes: Float64Array.from(offers, (offer) => offer.latitude) };
}

/** First index whose latitude is ≥ value. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

type Match = { offer: SnapshotOffer; distanceKm: number };

/** Every offer of the snapshot matching the search within its radius, in no particular order. */
function matches(snapshot: CatalogueSnapshot, search: OfferSearch): Match[] {
  const box = boundingBox(search.origin, search.radiusKm * 1000);
  const accepts = offerFilter(search);
  const found: Match[] = [];
  const end = snapshot.offers.length;
  for (let index = lowerBound(snapshot.latitudes, box.minLatitude); index < end; index++) {
    const offer = snapshot.offers[index] as SnapshotOffer;
    if (offer.latitude > box.maxLatitude) break;
    if (offer.longitude < box.minLongitude || offer.longitude > box.maxLongitude || !accepts(offer)) continue;
    const distance = distanceKm(search.origin, offer);
    if (distance <= search.radiusKm) found.push({ offer, distanceKm: distance });
  }
  return found;
}

/** The search of `/recherche`: matching sites nearest (or cheapest) first, one page, with the total. */
export function searchSnapshot(snapshot: CatalogueSnapshot, search: OfferSearch, page: number, pageSize = 20): OfferSearchPage {
  const offers = matches(snapshot, search).map(
    ({ offer, distanceKm }): OfferSummary => ({
      ...offerRowFields(offer),
      typeLabel: offerType(offer.typeSlug)?.label ?? offer.typeSlug,
      groupLabel: offerGroup(offer.groupSlug)?.label ?? offer.groupSlug,
      distanceKm,
    }),
  );
  return pageOfSites(offers, search.sort ?? "distance", page, pageSize);
}

/** The search of the map (`/api/carte`): every matching offer within the radius, not one page. */
export function snapshotMapPoints(snapshot: CatalogueSnapshot, search: OfferSearch): MapPoint[] {
  return matches(snapshot, search).map(({ offer }) => ({
    id: offer.id,
    name: offer.name,
    typeLabel: offerType(offer.typeSlug)?.label ?? offer.typeSlug,
    longitude: offer.longitude,
    latitude: offer.latitude,
  }));
}

const cache = versionedCache(catalogueVersion, loadCatalogueSnapshot);

/** The current snapshot of this database's catalogue (reloaded after a successful import). */
export function catalogueSnapshot(prisma: PrismaClient, options?: { maxAgeMs?: number }): Promise<CatalogueSnapshot> {
  return cache.get(prisma, options);
}

/** Forget the snapshot of this database (after a catalogue write made in this process, e.g. by tests). */
export function invalidateCatalogueSnapshot(prisma: PrismaClient): void {
  cache.invalidate(prisma);
}
