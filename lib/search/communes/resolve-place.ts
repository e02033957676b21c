import { Prisma, type PrismaClient } from "@prisma/client";

import { versionedCache } from "../versioned-cache";

import { closestName } from "./closest-name";
import { parsePlaceText } from "./place-text";
import { communeSearchName } from "./search-name";

export type Place = { label: string; communeCode: string; postalCode: string | null; latitude: number; longitude: number };

export type PlaceResolution =
  | { status: "found"; place: Place; others: Place[] }
  | { status: "ambiguous"; candidates: Place[] }
  /** `didYouMean`: the commune whose name is closest to what was typed, when one is close enough. */
  | { status: "not-found"; didYouMean?: Place };

type CommuneRow = { code: string; name: string; searchName: string; postalCodes: string[]; latitude: number; longitude: number; population: number };

function toPlace(row: CommuneRow, postalCode?: string): Place {
  const code = postalCode ?? row.postalCodes[0] ?? null;
  return { label: code ? `${row.name} (${code})` : row.name, communeCode: row.code, postalCode: code, latitude: row.latitude, longitude: row.longitude };
}

export const SUGGESTION_LIMIT = 8;

/**
 * The commune index in memory: ~35,000 rows read once, then every "Où ?" is a
 * map lookup instead of a database round trip. Rebuilt when
 * `npm run ingest -- communes` has replaced the index (it deletes and inserts
 * every row in one transaction, so the first row's transaction id changes).
 */
export type CommuneIndex = {
  /** Most populated first, then by name: the order of every answer. */
  communes: CommuneRow[];
  bySearchName: Map<string, CommuneRow[]>;
  byPostalCode: Map<string, CommuneRow[]>;
  /** Search names in byte order, with the communes of each, for prefix suggestions. */
  sortedNames: string[];
};

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function loadCommuneIndex(prisma: PrismaClient): Promise<CommuneIndex> {
  const rows = await prisma.$queryRaw<CommuneRow[]>(Prisma.sql`
    SELECT "code", "name", "searchName", "postalCodes", "latitude", "longitude", "population" FROM "Commune"
    ORDER BY "population" DESC, "name", "code"`);
  const bySearchName = new Map<string, CommuneRow[]>();
  const byPostalCode = new Map<string, CommuneRow[]>();
  for (const row of rows) {
    bySearchName.set(row.searchName, [...(bySearchName.get(row.searchName) ?? []), row]);
    for (const postalCode of row.postalCodes) byPostalCode.set(postalCode, [...(byPostalCode.get(postalCode) ?? []), row]);
  }
  return { communes: rows, bySearchName, byPostalCode, sortedNames: [...bySearchName.keys()].sort(compareText) };
}

async function communeIndexVersion(prisma: PrismaClient): Promise<string> {
  const rows = await prisma.$queryRaw<Array<{ version: string }>>(Prisma.sql`SELECT xmin::text AS version FROM "Commune" ORDER BY "code" LIMIT 1`);
  return rows[0]?.version ?? "empty";
}

const cache = versionedCache(communeIndexVersion, loadCommuneIndex);

export function communeIndex(prisma: PrismaClient, options?: { maxAgeMs?: number }): Promise<CommuneIndex> {
  return cache.get(prisma, options);
}

/**
 * Turns what a person typed in "Où ?" into a place: a postal code, a commune
 * name, a name with its postal code (typed, or the autocomplete label "Nom
 * (code postal)"), or an arrondissement ("Lyon 3e"). Homonyms resolve to the
 * most populated commune, the others being offered as alternatives; a postal
 * code resolves to the most specific commune (a Lyon arrondissement for 69003).
 * A name found nowhere gets the closest commune name as "Vouliez-vous dire … ?".
 */
export function resolveInIndex(index: CommuneIndex, text: string): PlaceResolution {
  const parsed = parsePlaceText(text);
  switch (parsed.kind) {
    case "name-and-postal-code": {
      const { postalCode } = parsed;
      const row = index.bySearchName.get(communeSearchName(parsed.name))?.find((candidate) => candidate.postalCodes.includes(postalCode));
      if (row) return { status: "found", place: toPlace(row, postalCode), others: [] };
      return resolveInIndex(index, postalCode);
    }
    case "postal-code": {
      // Fewest postal codes first (an arrondissement before its city), then most populated.
      const rows = [...(index.byPostalCode.get(parsed.postalCode) ?? [])].sort((a, b) => a.postalCodes.length - b.postalCodes.length).slice(0, SUGGESTION_LIMIT);
      const [first, ...others] = rows;
      if (!first) return { status: "not-found" };
      return { status: "found", place: toPlace(first, parsed.postalCode), others: others.map((row) => toPlace(row, parsed.postalCode)) };
    }
    case "arrondissement": {
      const byName = resolveName(index, parsed.name);
      // An index without arrondissements (the sandbox's) still knows their postal codes.
      return byName.status === "found" ? byName : resolveInIndex(index, parsed.postalCode);
    }
    case "name":
      return resolveName(index, parsed.name);
  }
}

function resolveName(index: CommuneIndex, name: string): PlaceResolution {
  const searchName = communeSearchName(name);
  if (searchName.length < 2) return { status: "not-found" };
  const [first, ...others] = (index.bySearchName.get(searchName) ?? []).slice(0, SUGGESTION_LIMIT);
  if (first) return { status: "found", place: toPlace(first), others: others.map((row) => toPlace(row)) };
  const candidates = suggestInIndex(index, name);
  if (candidates.length === 1 && candidates[0]) return { status: "found", place: candidates[0], others: [] };
  if (candidates.length > 0) return { status: "ambiguous", candidates };
  // Communes are most populated first: among equally close names, the likeliest wins.
  const closest = closestName(searchName, index.communes.map((row) => row.searchName));
  const row = closest ? index.bySearchName.get(closest)?.[0] : undefined;
  return row ? { status: "not-found", didYouMean: toPlace(row) } : { status: "not-found" };
}

/** Autocomplete: communes whose name or postal code starts with the text, most populated first. */
export function suggestInIndex(index: CommuneIndex, text: string): Place[] {
  const trimmed = text.trim();
  if (/^\d{2,5}$/.test(trimmed)) {
    const found: Place[] = [];
    for (const row of index.communes) {
      const codes = row.postalCodes.filter((code) => code.startsWith(trimmed)).sort();
      for (const code of codes) {
        if (found.length === SUGGESTION_LIMIT) return found;
        found.push(toPlace(row, code));
      }
    }
    return found;
  }
  const searchName = communeSearchName(trimmed);
  if (searchName.length < 2) return [];
  // Binary search for the first name with this prefix, then every name sharing it.
  let low = 0;
  let high = index.sortedNames.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((index.sortedNames[middle] as string) < searchName) low = middle + 1;
    else high = middle;
  }
  const rows: CommuneRow[] = [];
  for (let position = low; position < index.sortedNames.length; position++) {
    const name = index.sortedNames[position] as string;
    if (!name.startsWith(searchName)) break;
    rows.push(...(index.bySearchName.get(name) ?? []));
  }
  return rows
    .sort((a, b) => b.population - a.population || compareText(a.name, b.name))
    .slice(0, SUGGESTION_LIMIT)
    .map((row) => toPlace(row));
}

/** resolveInIndex on this database's commune index. */
export async function resolvePlace(prisma: PrismaClient, text: string): Promise<PlaceResolution> {
  return resolveInIndex(await communeIndex(prisma), text);
}

/** suggestInIndex on this database's commune index. */
export async function suggestPlaces(prisma: PrismaClient, text: string): Promise<Place[]> {
  return suggestInIndex(await communeIndex(prisma), text);
}
