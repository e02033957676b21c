import { Readable } from "node:stream";

import { parse, type CsvError } from "csv-parse";

import { SourceError } from "./source";

export type CsvRow =
  | { ok: true; line: number; values: Record<string, string> }
  | { ok: false; line: number | null; reason: string };

export type CsvOptions = {
  /** Field delimiter; guessed from the header line when omitted. */
  delimiter?: string;
  /** Called with the header; throw a SourceError to refuse an unknown layout. */
  checkHeader?: (header: string[]) => void;
};

/**
 * Streams a CSV with a header line into records keyed by column name. A
 * malformed line (bad quoting, wrong number of fields) becomes a rejection with
 * its line number; the file goes on.
 */
export async function* readCsv(texts: AsyncIterable<string>, options: CsvOptions = {}): AsyncIterable<CsvRow> {
  const iterator = texts[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new SourceError("Fichier vide : aucune ligne d'en-tête");
  const delimiter = options.delimiter ?? guessDelimiter(first.value);
  async function* replay(): AsyncIterable<string> {
    yield first.value as string;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const skipped: CsvRow[] = [];
  const parser = parse({
    delimiter,
    bom: true,
    columns: (header: string[]) => {
      const names = header.map((name) => name.trim());
      options.checkHeader?.(names);
      return names;
    },
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    relax_quotes: false,
  });
  parser.on("skip", (error: CsvError) => {
    skipped.push({ ok: false, line: lineOf(error), reason: describe(error) });
  });
  const source = Readable.from(replay());
  source.on("error", (error) => parser.destroy(error));
  source.pipe(parser);
  // The parser reports skipped lines as soon as it reads them, possibly ahead of
  // the records still queued: yield them in line order.
  for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    const line = item.info.lines;
    while (skipped.length > 0 && (skipped[0]?.line ?? 0) < line) yield skipped.shift() as CsvRow;
    yield { ok: true, line, values: item.record };
  }
  while (skipped.length > 0) yield skipped.shift() as CsvRow;
}

function guessDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const counts = [";", ",", "\t", "|"].map((candidate) => [candidate, header.split(candidate).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0] && counts[0][1] > 0 ? counts[0][0] : ",";
}

function lineOf(error: CsvError): number | null {
  const lines = (error as CsvError & { lines?: number }).lines;
  return typeof lines === "number" ? lines : null;
}

function describe(error: CsvError): string {
  switch (error.code) {
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
    case "CSV_RECORD_INCONSISTENT_COLUMNS":
      return "nombre de champs différent de l'en-tête";
    case "CSV_QUOTE_NOT_CLOSED":
      return "guillemet non fermé";
    case "INVALID_OPENING_QUOTE":
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return "guillemet mal placé";
    default:
      return `ligne illisible (${error.code})`;
  }
}

/** Lower-case, accent-free, alphanumeric-only column name, to match headers by meaning. */
export function normalizeHeader(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** French decimal ("12,5") or dotted number; null for empty or "\N" markers. */
export function parseDecimal(value: string | undefined): number | null | "invalid" {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed === "" || trimmed === "\\N" || trimmed.toUpperCase() === "NA" || trimmed.toUpperCase() === "NULL") return null;
  const normalized = trimmed.replace(/\s/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return "invalid";
  return Number(normalized);
}
