import { readCsv } from "@/lib/ingest/csv";
import { SourceError, type ParsedItem } from "@/lib/ingest/source";

/** One line of the ANCT "liste des structures France Services" CSV, by column name. */
export type FranceServicesRow = Record<string, string>;

export const REQUIRED_COLUMNS = ["id_fs", "lib_fs", "adresse", "insee_com", "code_postal", "lib_com", "latitude", "longitude"] as const;

export const OPTIONAL_COLUMNS = [
  "insee_dep",
  "complement_adresse",
  "mail",
  "telephone",
  "h_lundi",
  "h_mardi",
  "h_mercredi",
  "h_jeudi",
  "h_vendredi",
  "h_samedi",
  "prise_rdv",
  "commentaire",
  "type_fs",
  "format_fs",
  "groupe_fs",
  "labellisation_fs",
] as const;

export function checkFranceServicesHeader(header: string[]): void {
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new SourceError(`Format du fichier France Services non reconnu : colonne(s) manquante(s) ${missing.join(", ")}`);
  }
}

export async function* parseFranceServices(texts: AsyncIterable<string>): AsyncIterable<ParsedItem<FranceServicesRow>> {
  for await (const row of readCsv(texts, { delimiter: ",", checkHeader: checkFranceServicesHeader })) {
    if (!row.ok) {
      yield { ok: false, localId: null, reason: `ligne ${row.line ?? "?"} : ${row.reason}` };
      continue;
    }
    const id = row.values.id_fs?.trim() ?? "";
    if (id === "") {
      yield { ok: false, localId: null, reason: `ligne ${row.line} : identifiant id_fs manquant` };
      continue;
    }
    yield { ok: true, localId: id, raw: row.values };
  }
}
