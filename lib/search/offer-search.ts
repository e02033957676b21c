import { Prisma, type PrismaClient } from "@prisma/client";

import { STEP_FREE_ACCESSIBILITY_TEXTS } from "@/lib/offers/accessibility";
import { PASA_TYPE_OFFRE } from "@/lib/offers/activity-units";
import { offerGroup, offerType } from "@/lib/offers/referentials";

import type { SortChoice } from "./search-options";
import { pageOfSites, type OfferSearchPage } from "./sites";

export type { OfferSearchPage, SiteSummary } from "./sites";

/** Nearest site first (default), or cheapest monthly price first. */
export type SearchSort = SortChoice;

/** What the search page asks the catalogue (already validated). */
export type OfferSearch = {
  origin: { latitude: number; longitude: number };
  radiusKm: number;
  groupe?: string;
  types: readonly string[];
  public?: string;
  temporalite?: "permanent" | "temporaire" | "accueil-de-jour";
  prixMax?: number;
  aideSociale: boolean;
  /** Premises declared wheelchair accessible (ROR only; lib/offers/accessibility.ts). */
  accessible?: boolean;
  texte?: string;
  sort?: SearchSort;
};

export type OfferSummary = {
  id: string;
  name: string;
  /** The site (Structure) the offer belongs to: result cards group offers by site. */
  structureId: string;
  structureName: string;
  /** JDV_J238 type d'offre, when the source gives one (tells a PASA from accommodation). */
  typeOffre: string | null;
  capacity: number | null;
  typeLabel: string;
  groupLabel: string;
  distanceKm: number;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  prixMensuel: number | null;
  source: string;
  regulated: boolean;
  fetchedAt: Date;
  sourceUpdatedAt: Date | null;
  latitude: number;
  longitude: number;
};

/** The fields of an offer row that a card shows as they are: address, contact, price, provenance, position. */
export type OfferRowFields = Pick<
  OfferSummary,
  "id" | "name" | "structureId" | "structureName" | "typeOffre" | "capacity" | "addressLine" | "postalCode" | "city" | "phone" | "prixMensuel" | "source" | "regulated" | "fetchedAt" | "sourceUpdatedAt" | "latitude" | "longitude"
>;

/** Copies those fields from a database row: the one mapping shared by the SQL search and the catalogue snapshot. */
export function offerRowFields(row: OfferRowFields): OfferRowFields {
  return {
    id: row.id,
    name: row.name,
    structureId: row.structureId,
    structureName: row.structureName,
    typeOffre: row.typeOffre,
    capacity: row.capacity,
    addressLine: row.addressLine,
    postalCode: row.postalCode,
    city: row.city,
    phone: row.phone,
    prixMensuel: row.prixMensuel,
    source: row.source,
    regulated: row.regulated,
    fetchedAt: row.fetchedAt,
    sourceUpdatedAt: row.sourceUpdatedAt,
    latitude: row.latitude,
    longitude: row.longitude,
  };
}

const EARTH_RADIUS_KM = 6371;
const KM_PER_DEGREE_LATITUDE = 111.32;

/** Accueil de jour: the J19 mode "47", or the portal type of the same name. */
const ACCUEIL_DE_JOUR_MODE = "47";
const TEMPORAIRE = "01";
const PERMANENT = "02";

/** A bounding box around the origin that contains the whole search disc (index prefilter). */
export function boundingBox(origin: OfferSearch["origin"], radiusKm: number) {
  const latitudeDelta = radiusKm / KM_PER_DEGREE_LATITUDE;
  const cosine = Math.max(Math.cos((origin.latitude * Math.PI) / 180), 0.01);
  const longitudeDelta = radiusKm / (KM_PER_DEGREE_LATITUDE * cosine);
  return {
    minLatitude: origin.latitude - latitudeDelta,
    maxLatitude: origin.latitude + latitudeDelta,
    minLongitude: origin.longitude - longitudeDelta,
    maxLongitude: origin.longitude + longitudeDelta,
  };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The WHERE clause shared by the list and the map: filters and the bounding box. */
function filters(search: OfferSearch): Prisma.Sql {
  const box = boundingBox(search.origin, search.radiusKm);
  const conditions: Prisma.Sql[] = [
    Prisma.sql`o."listed" = true`,
    Prisma.sql`o."latitude" BETWEEN ${box.minLatitude} AND ${box.maxLatitude}`,
    Prisma.sql`o."longitude" BETWEEN ${box.minLongitude} AND ${box.maxLongitude}`,
  ];
  if (search.groupe) conditions.push(Prisma.sql`o."groupSlug" = ${search.groupe}`);
  if (search.types.length > 0) conditions.push(Prisma.sql`o."typeSlug" IN (${Prisma.join([...search.types])})`);
  if (search.public) conditions.push(Prisma.sql`${search.public} = ANY(o."publicSlugs")`);
  // A PASA is never a stay, whatever temporalité its source gives it (lib/offers/activity-units.ts).
  if (search.temporalite === "permanent") conditions.push(Prisma.sql`${PERMANENT} = ANY(o."temporalites") AND o."typeOffre" IS DISTINCT FROM ${PASA_TYPE_OFFRE}`);
  if (search.temporalite === "temporaire") {
    conditions.push(Prisma.sql`(${TEMPORAIRE} = ANY(o."temporalites") OR o."typeSlug" = 'hebergement-temporaire') AND o."typeOffre" IS DISTINCT FROM ${PASA_TYPE_OFFRE}`);
  }
  if (search.temporalite === "accueil-de-jour") {
    conditions.push(Prisma.sql`(${ACCUEIL_DE_JOUR_MODE} = ANY(o."modesPriseEnCharge") OR o."typeSlug" = 'accueil-de-jour')`);
  }
  if (search.prixMax !== undefined) conditions.push(Prisma.sql`o."prixMensuel" <= ${search.prixMax}`);
  if (search.aideSociale) conditions.push(Prisma.sql`o."habilitationAideSociale" = true`);
  if (search.accessible) conditions.push(Prisma.sql`o."accessibility" IN (${Prisma.join([...STEP_FREE_ACCESSIBILITY_TEXTS])})`);
  if (search.texte) {
    const pattern = `%${escapeLike(search.texte)}%`;
    conditions.push(Prisma.sql`(o."name" ILIKE ${pattern} OR o."description" ILIKE ${pattern})`);
  }
  return Prisma.join(conditions, " AND ");
}

/** The haversine distance of distanceSql(), in JavaScript (the in-memory snapshot's search). */
export function haversineKm(origin: OfferSearch["origin"], point: { latitude: number; longitude: number }): number {
  const radians = Math.PI / 180;
  const a =
    Math.sin(((point.latitude - origin.latitude) * radians) / 2) ** 2 +
    Math.cos(origin.latitude * radians) * Math.cos(point.latitude * radians) * Math.sin(((point.longitude - origin.longitude) * radians) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

function distanceSql(origin: OfferSearch["origin"]): Prisma.Sql {
  // Haversine distance in km; least() guards asin against rounding above 1.
  return Prisma.sql`(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
    power(sin(radians(o."latitude" - ${origin.latitude}) / 2), 2)
    + cos(radians(${origin.latitude})) * cos(radians(o."latitude")) * power(sin(radians(o."longitude" - ${origin.longitude}) / 2), 2)
  ))))`;
}

type Row = OfferRowFields & { typeSlug: string; groupSlug: string; distance_km: number };

/** Sites within the radius (nearest first, or cheapest first), one page at a time, with the total. */
export async function findOffers(prisma: PrismaClient, search: OfferSearch, page: number, pageSize = 20): Promise<OfferSearchPage> {
  const distance = distanceSql(search.origin);
  // Every match, not one page: a page is a number of sites, counted after grouping (as the snapshot does).
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    WITH candidates AS (
      SELECT o."id", o."name", o."typeSlug", o."groupSlug", o."typeOffre", o."capacity", o."structureId", o."phone", o."prixMensuel",
             o."source", o."regulated", o."fetchedAt", o."sourceUpdatedAt", o."latitude", o."longitude", o."locationId",
             ${distance} AS distance_km
      FROM "Offer" o
      WHERE ${filters(search)}
    )
    SELECT c.*, s."name" AS "structureName", l."addressLine", l."postalCode", l."city"
    FROM candidates c
    JOIN "Structure" s ON s."id" = c."structureId"
    LEFT JOIN "Location" l ON l."id" = c."locationId"
    WHERE c.distance_km <= ${search.radiusKm}`);
  const offers = rows.map((row) => ({
    ...offerRowFields(row),
    typeLabel: offerType(row.typeSlug)?.label ?? row.typeSlug,
    groupLabel: offerGroup(row.groupSlug)?.label ?? row.groupSlug,
    distanceKm: Number(row.distance_km),
  }));
  return pageOfSites(offers, search.sort ?? "distance", page, pageSize);
}

export type MapPoint = { id: string; name: string; typeLabel: string; longitude: number; latitude: number };

/** Every matching offer within the radius (not one page), for the map's clustering. */
export async function findMapPoints(prisma: PrismaClient, search: OfferSearch): Promise<MapPoint[]> {
  const rows = await prisma.$queryRaw<Array<{ id: string; name: string; typeSlug: string; latitude: number; longitude: number }>>(Prisma.sql`
    SELECT o."id", o."name", o."typeSlug", o."latitude", o."longitude"
    FROM "Offer" o
    WHERE ${filters(search)} AND ${distanceSql(search.origin)} <= ${search.radiusKm}`);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    typeLabel: offerType(row.typeSlug)?.label ?? row.typeSlug,
    longitude: row.longitude,
    latitude: row.latitude,
  }));
}
