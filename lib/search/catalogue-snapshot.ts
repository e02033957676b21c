import { Prisma, type PrismaClient } from "@prisma/client";

import { STEP_FREE_ACCESSIBILITY_TEXTS } from "@/lib/offers/accessibility";
import { isResidentsOnlyActivity } from "@/lib/offers/activity-units";
import { offerGroup, offerType } from "@/lib/offers/referentials";

import { versionedCache } from "./versioned-cache";
import { boundingBox, haversineKm, offerRowFields, type MapPoint, type OfferSearch, type OfferSearchPage, type OfferSummary } from "./find-offers";
import { pageOfSites } from "./sites";

/**
 * An in-memory copy of the searchable part of the catalogue (listed offers with
 * coordinates), so that a search is a scan of a few thousand objects instead of
 * a database round trip: on PGlite every query runs on the server's only thread
 * and concurrent searches queue behind each other. The database stays the source
 * of truth: the copy is rebuilt when a catalogue import has succeeded since it
 * was taken (checked at most once a second, versioned-cache.ts), and `findOffers` (SQL) gives the
 * same answers (find-offers.int.test.ts runs both on the same fixtures).
 */

/** Accueil de jour: the J19 mode "47", or the portal type of the same name (as in find-offers.ts). */
const ACCUEIL_DE_JOUR_MODE = "47";
const TEMPORAIRE = "01";
const PERMANENT = "02";

type SnapshotOffer = Omit<OfferSummary, "distanceKm" | "typeLabel" | "groupLabel"> & {
  typeSlug: string;
  groupSlug: string;
  publicSlugs: readonly string[];
  temporalites: readonly string[];
  modes: readonly string[];
  habilitationAideSociale: boolean;
  stepFree: boolean;
  /** Lower-cased name and description, for the keyword filter (ILIKE in SQL). */
  text: string;
};

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
      stepFree: row.accessibility !== null && STEP_FREE_ACCESSIBILITY_TEXTS.includes(row.accessibility),
      text: `${row.name}\u0000${row.description ?? ""}`.toLowerCase(),
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

function matcher(search: OfferSearch): (offer: SnapshotOffer) => boolean {
  const types = search.types.length > 0 ? new Set(search.types) : null;
  const text = search.texte?.toLowerCase();
  return (offer) =>
    (!search.groupe || offer.groupSlug === search.groupe) &&
    (!types || types.has(offer.typeSlug)) &&
    (!search.public || offer.publicSlugs.includes(search.public)) &&
    // A PASA is never a stay (as in find-offers.ts).
    (search.temporalite !== "permanent" || (offer.temporalites.includes(PERMANENT) && !isResidentsOnlyActivity(offer.typeOffre))) &&
    (search.temporalite !== "temporaire" ||
      ((offer.temporalites.includes(TEMPORAIRE) || offer.typeSlug === "hebergement-temporaire") && !isResidentsOnlyActivity(offer.typeOffre))) &&
    (search.temporalite !== "accueil-de-jour" || offer.modes.includes(ACCUEIL_DE_JOUR_MODE) || offer.typeSlug === "accueil-de-jour") &&
    (search.prixMax === undefined || (offer.prixMensuel !== null && offer.prixMensuel <= search.prixMax)) &&
    (!search.aideSociale || offer.habilitationAideSociale) &&
    (!search.accessible || offer.stepFree) &&
    (!text || offer.text.includes(text));
}

type Match = { offer: SnapshotOffer; distanceKm: number };

/** Every offer of the snapshot matching the search within its radius, in no particular order. */
function matches(snapshot: CatalogueSnapshot, search: OfferSearch): Match[] {
  const box = boundingBox(search.origin, search.radiusKm);
  const accepts = matcher(search);
  const found: Match[] = [];
  const end = snapshot.offers.length;
  for (let index = lowerBound(snapshot.latitudes, box.minLatitude); index < end; index++) {
    const offer = snapshot.offers[index] as SnapshotOffer;
    if (offer.latitude > box.maxLatitude) break;
    if (offer.longitude < box.minLongitude || offer.longitude > box.maxLongitude || !accepts(offer)) continue;
    const distanceKm = haversineKm(search.origin, offer);
    if (distanceKm <= search.radiusKm) found.push({ offer, distanceKm });
  }
  return found;
}

/** `findOffers` over the snapshot: sites nearest (or cheapest) first, one page, with the total. */
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

/** `findMapPoints` over the snapshot: every matching offer within the radius. */
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
