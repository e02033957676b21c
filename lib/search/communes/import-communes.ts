import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Readable } from "node:stream";

import type { PrismaClient } from "@prisma/client";
import { parse } from "csv-parse";

import { communeSearchName } from "./search-name";

/**
 * Builds the commune index of the search from La Poste's "base officielle des
 * codes postaux" (data.gouv.fr, `;`-separated: Code_commune_INSEE;Nom_commune;
 * Code_postal;Ligne_5;Libellé_d_acheminement;coordonnees_gps) and the official
 * names and populations of @etalab/decoupage-administratif.
 */

export type CommuneImportReport = { read: number; communes: number; rejected: Array<{ line: number; reason: string }> };

export class UnknownCommuneFileLayoutError extends Error {
  override name = "UnknownCommuneFileLayoutError";
}

const REQUIRED_COLUMNS = ["Code_commune_INSEE", "Nom_commune", "Code_postal", "coordonnees_gps"] as const;
const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/;
const POSTAL_CODE = /^\d{5}$/;

type Accumulator = { name: string; postalCodes: Set<string>; latitude: number; longitude: number; points: number };
type OfficialCommune = { code: string; nom: string; departement?: string; population?: number; type: string; commune?: string };

/** Current communes and municipal arrondissements (Paris, Lyon, Marseille) by INSEE code. */
function officialCommunes(): Map<string, OfficialCommune> {
  const require = createRequire(import.meta.url);
  const file = require.resolve("@etalab/decoupage-administratif/data/communes.json");
  const communes = JSON.parse(readFileSync(file, "utf8")) as OfficialCommune[];
  return new Map(
    communes
      .filter((commune) => commune.type === "commune-actuelle" || commune.type === "arrondissement-municipal")
      .map((commune) => [commune.code, commune]),
  );
}

type CommuneRecord = {
  code: string;
  name: string;
  searchName: string;
  postalCodes: string[];
  departement: string;
  population: number;
  latitude: number;
  longitude: number;
};

/**
 * La Poste lists Paris, Lyon and Marseille by arrondissement only; people type
 * "Lyon". Each such commune gets a record of its own: the population-weighted
 * centre of its arrondissements and all their postal codes.
 */
function parentCommunes(records: CommuneRecord[], official: Map<string, OfficialCommune>): CommuneRecord[] {
  const byParent = new Map<string, CommuneRecord[]>();
  for (const record of records) {
    const parent = official.get(record.code)?.commune;
    if (parent && !records.some((candidate) => candidate.code === parent)) {
      byParent.set(parent, [...(byParent.get(parent) ?? []), record]);
    }
  }
  return [...byParent.entries()].flatMap(([code, parts]) => {
    const known = official.get(code);
    if (!known) return [];
    const weight = parts.reduce((sum, part) => sum + Math.max(part.population, 1), 0);
    return [
      {
        code,
        name: known.nom,
        searchName: communeSearchName(known.nom),
        postalCodes: [...new Set(parts.flatMap((part) => part.postalCodes))].sort(),
        departement: known.departement ?? departementOf(code),
        population: known.population ?? 0,
        latitude: parts.reduce((sum, part) => sum + part.latitude * Math.max(part.population, 1), 0) / weight,
        longitude: parts.reduce((sum, part) => sum + part.longitude * Math.max(part.population, 1), 0) / weight,
      },
    ];
  });
}

function departementOf(code: string): string {
  return code.startsWith("97") || code.startsWith("98") ? code.slice(0, 3) : code.slice(0, 2);
}

function titleCase(value: string): string {
  return value.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_match, separator: string, letter: string) => `${separator}${letter.toUpperCase()}`);
}

/** Reads the file (streamed), then replaces the whole index in one transaction. */
export async function importCommunes(prisma: PrismaClient, input: Readable): Promise<CommuneImportReport> {
  const parser = input.pipe(parse({ delimiter: ";", columns: true, bom: true, relax_column_count: true, skip_empty_lines: true }));
  const byCode = new Map<string, Accumulator>();
  const report: CommuneImportReport = { read: 0, communes: 0, rejected: [] };
  let line = 1;
  for await (const record of parser as AsyncIterable<Record<string, string | undefined>>) {
    line += 1;
    if (report.read === 0) {
      const missing = REQUIRED_COLUMNS.filter((column) => !(column in record));
      if (missing.length > 0) {
        throw new UnknownCommuneFileLayoutError(`Unknown postal code file layout: missing column(s) ${missing.join(", ")}`);
      }
    }
    report.read += 1;
    const code = record.Code_commune_INSEE?.trim() ?? "";
    const postalCode = record.Code_postal?.trim() ?? "";
    const [latitude, longitude] = (record.coordonnees_gps ?? "").split(",").map((part) => Number(part.trim()));
    if (!COMMUNE_CODE.test(code)) {
      report.rejected.push({ line, reason: `invalid INSEE code "${code}"` });
      continue;
    }
    if (!POSTAL_CODE.test(postalCode)) {
      report.rejected.push({ line, reason: `invalid postal code "${postalCode}"` });
      continue;
    }
    if (latitude === undefined || longitude === undefined || !Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      report.rejected.push({ line, reason: "missing or invalid coordinates" });
      continue;
    }
    const entry = byCode.get(code) ?? { name: record.Nom_commune?.trim() ?? code, postalCodes: new Set<string>(), latitude: 0, longitude: 0, points: 0 };
    entry.postalCodes.add(postalCode);
    entry.latitude += latitude;
    entry.longitude += longitude;
    entry.points += 1;
    byCode.set(code, entry);
  }

  const official = officialCommunes();
  const communes: CommuneRecord[] = [...byCode.entries()].map(([code, entry]) => {
    const known = official.get(code);
    const name = known?.nom ?? titleCase(entry.name);
    return {
      code,
      name,
      searchName: communeSearchName(name),
      postalCodes: [...entry.postalCodes].sort(),
      departement: known?.departement ?? departementOf(code),
      population: known?.population ?? 0,
      latitude: entry.latitude / entry.points,
      longitude: entry.longitude / entry.points,
    };
  });
  const rows = [...communes, ...parentCommunes(communes, official)];
  if (rows.length === 0) throw new UnknownCommuneFileLayoutError("The postal code file holds no usable commune: the index was left unchanged");
  await prisma.$transaction(
    async (transaction) => {
      await transaction.$executeRaw`DELETE FROM "Commune"`;
      // Set-based inserts (one statement per 5,000 communes) keep memory flat.
      for (let start = 0; start < rows.length; start += 5_000) {
        const batch = rows.slice(start, start + 5_000);
        await transaction.$executeRaw`
          INSERT INTO "Commune" ("code", "name", "searchName", "postalCodes", "departement", "population", "latitude", "longitude")
          SELECT code, name, search_name, string_to_array(postal_codes, ','), departement, population, latitude, longitude
          FROM unnest(
            ${batch.map((row) => row.code)}::text[], ${batch.map((row) => row.name)}::text[], ${batch.map((row) => row.searchName)}::text[],
            ${batch.map((row) => row.postalCodes.join(","))}::text[], ${batch.map((row) => row.departement)}::text[],
            ${batch.map((row) => row.population)}::int[], ${batch.map((row) => row.latitude)}::float8[], ${batch.map((row) => row.longitude)}::float8[]
          ) AS input(code, name, search_name, postal_codes, departement, population, latitude, longitude)`;
      }
    },
    { timeout: 120_000 },
  );
  report.communes = rows.length;
  return report;
}
