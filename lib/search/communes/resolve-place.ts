import { Prisma, type PrismaClient } from "@prisma/client";

import { communeSearchName } from "./search-name";

export type Place = { label: string; communeCode: string; postalCode: string | null; latitude: number; longitude: number };

export type PlaceResolution =
  | { status: "found"; place: Place; others: Place[] }
  | { status: "ambiguous"; candidates: Place[] }
  | { status: "not-found" };

type CommuneRow = { code: string; name: string; postalCodes: string[]; latitude: number; longitude: number; population: number };

function toPlace(row: CommuneRow, postalCode?: string): Place {
  const code = postalCode ?? row.postalCodes[0] ?? null;
  return { label: code ? `${row.name} (${code})` : row.name, communeCode: row.code, postalCode: code, latitude: row.latitude, longitude: row.longitude };
}

const SUGGESTION_LIMIT = 8;

/**
 * Turns what a person typed in "Où ?" into a place: a postal code, a commune
 * name, or an autocomplete label "Nom (code postal)". Homonyms resolve to the
 * most populated commune, the others being offered as alternatives; a postal
 * code resolves to the most specific commune (a Lyon arrondissement for 69003).
 */
export async function resolvePlace(prisma: PrismaClient, text: string): Promise<PlaceResolution> {
  const trimmed = text.trim();
  const labelled = /^(.*\S)\s*\((\d{5})\)$/.exec(trimmed);
  if (labelled?.[1] && labelled[2]) {
    const rows = await prisma.$queryRaw<CommuneRow[]>(Prisma.sql`
      SELECT "code", "name", "postalCodes", "latitude", "longitude", "population" FROM "Commune"
      WHERE "searchName" = ${communeSearchName(labelled[1])} AND ${labelled[2]} = ANY("postalCodes")
      ORDER BY "population" DESC LIMIT 1`);
    if (rows[0]) return { status: "found", place: toPlace(rows[0], labelled[2]), others: [] };
    return resolvePlace(prisma, labelled[2]);
  }
  if (/^\d{5}$/.test(trimmed)) {
    const rows = await prisma.$queryRaw<CommuneRow[]>(Prisma.sql`
      SELECT "code", "name", "postalCodes", "latitude", "longitude", "population" FROM "Commune"
      WHERE ${trimmed} = ANY("postalCodes")
      ORDER BY cardinality("postalCodes"), "population" DESC, "name" LIMIT ${SUGGESTION_LIMIT}`);
    const [first, ...others] = rows;
    if (!first) return { status: "not-found" };
    return { status: "found", place: toPlace(first, trimmed), others: others.map((row) => toPlace(row, trimmed)) };
  }
  const searchName = communeSearchName(trimmed);
  if (searchName.length < 2) return { status: "not-found" };
  const exact = await prisma.$queryRaw<CommuneRow[]>(Prisma.sql`
    SELECT "code", "name", "postalCodes", "latitude", "longitude", "population" FROM "Commune"
    WHERE "searchName" = ${searchName} ORDER BY "population" DESC LIMIT ${SUGGESTION_LIMIT}`);
  const [first, ...others] = exact;
  if (first) return { status: "found", place: toPlace(first), others: others.map((row) => toPlace(row)) };
  const candidates = await suggestPlaces(prisma, trimmed);
  if (candidates.length === 1 && candidates[0]) return { status: "found", place: candidates[0], others: [] };
  return candidates.length > 0 ? { status: "ambiguous", candidates } : { status: "not-found" };
}

/** Autocomplete: communes whose name or postal code starts with the text, most populated first. */
export async function suggestPlaces(prisma: PrismaClient, text: string): Promise<Place[]> {
  const trimmed = text.trim();
  if (/^\d{2,5}$/.test(trimmed)) {
    const rows = await prisma.$queryRaw<Array<CommuneRow & { postalCode: string }>>(Prisma.sql`
      SELECT c."code", c."name", c."postalCodes", c."latitude", c."longitude", c."population", p."postalCode"
      FROM "Commune" c CROSS JOIN LATERAL unnest(c."postalCodes") AS p("postalCode")
      WHERE p."postalCode" LIKE ${`${trimmed}%`}
      ORDER BY c."population" DESC, p."postalCode" LIMIT ${SUGGESTION_LIMIT}`);
    return rows.map((row) => toPlace(row, row.postalCode));
  }
  const searchName = communeSearchName(trimmed);
  if (searchName.length < 2) return [];
  const pattern = `${searchName.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const rows = await prisma.$queryRaw<CommuneRow[]>(Prisma.sql`
    SELECT "code", "name", "postalCodes", "latitude", "longitude", "population" FROM "Commune"
    WHERE "searchName" LIKE ${pattern} ORDER BY "population" DESC, "name" LIMIT ${SUGGESTION_LIMIT}`);
  return rows.map((row) => toPlace(row));
}
