import { normalizeHeader, readCsv } from "@/lib/ingest/csv";
import { SourceError, type ParsedItem } from "@/lib/ingest/source";

/**
 * CNSA "prix hébergement et tarifs dépendance des EHPAD" (data.gouv.fr, raw
 * data). Columns are matched by name, case and punctuation ignored, so both
 * spellings seen in the published files are read (`prixHebPermCs`,
 * `PRIX_HEB_PERM_CS`; `tarifGir12`, `TARIF_GIR_12`…).
 */
export const PRICE_COLUMNS = {
  finessEt: ["finesset", "nofinesset", "finessgeographique"],
  raisonSociale: ["raisonsociale", "rs", "nom", "title"],
  prixHebPermCs: ["prixhebpermcs"],
  prixHebPermCd: ["prixhebpermcd"],
  prixHebPermCsa: ["prixhebpermcsa"],
  prixHebPermCda: ["prixhebpermcda"],
  prixHebTempCs: ["prixhebtempcs"],
  prixHebTempCd: ["prixhebtempcd"],
  prixHebTempCsa: ["prixhebtempcsa"],
  prixHebTempCda: ["prixhebtempcda"],
  tarifGir12: ["tarifgir12"],
  tarifGir34: ["tarifgir34"],
  tarifGir56: ["tarifgir56"],
  dateMaj: ["datemaj", "updatedat"],
} as const;

export type PriceField = keyof typeof PRICE_COLUMNS;

/** One line of the price file, keyed by field (absent columns are undefined). */
export type PrixEhpadRow = { line: number; values: Partial<Record<PriceField, string>> };

const PRICE_FIELDS: readonly PriceField[] = [
  "prixHebPermCs",
  "prixHebPermCd",
  "prixHebPermCsa",
  "prixHebPermCda",
  "prixHebTempCs",
  "prixHebTempCd",
  "prixHebTempCsa",
  "prixHebTempCda",
  "tarifGir12",
  "tarifGir34",
  "tarifGir56",
];

/** Which header column feeds each field; refuses files without a FINESS column or any price column. */
export function resolveColumns(header: string[]): Partial<Record<PriceField, string>> {
  const byNormalized = new Map(header.map((name) => [normalizeHeader(name), name]));
  const columns: Partial<Record<PriceField, string>> = {};
  for (const [field, candidates] of Object.entries(PRICE_COLUMNS) as Array<[PriceField, readonly string[]]>) {
    const found = candidates.map((candidate) => byNormalized.get(candidate)).find((name) => name !== undefined);
    if (found) columns[field] = found;
  }
  const problems: string[] = [];
  if (!columns.finessEt) problems.push("aucune colonne FINESS ET (finessEt)");
  if (!PRICE_FIELDS.some((field) => columns[field])) problems.push("aucune colonne de prix (prixHebPermCs, tarifGir12…)");
  if (problems.length > 0) {
    throw new SourceError(
      `Format du fichier des prix EHPAD non reconnu : ${problems.join(" et ")}. En-tête lu : ${header.slice(0, 12).join(", ")}${header.length > 12 ? "…" : ""}`,
    );
  }
  return columns;
}

export async function* parsePrixEhpad(texts: AsyncIterable<string>): AsyncIterable<ParsedItem<PrixEhpadRow>> {
  let columns: Partial<Record<PriceField, string>> = {};
  for await (const row of readCsv(texts, { checkHeader: (header) => (columns = resolveColumns(header)) })) {
    if (!row.ok) {
      yield { ok: false, localId: null, reason: `ligne ${row.line ?? "?"} : ${row.reason}` };
      continue;
    }
    const values: Partial<Record<PriceField, string>> = {};
    for (const [field, column] of Object.entries(columns) as Array<[PriceField, string]>) values[field] = row.values[column];
    const id = values.finessEt?.trim() ?? "";
    if (id === "") {
      yield { ok: false, localId: null, reason: `ligne ${row.line} : numéro FINESS ET manquant` };
      continue;
    }
    yield { ok: true, localId: id, raw: { line: row.line, values } };
  }
}
