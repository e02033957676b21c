import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";

import type { IngestConfig } from "@/lib/ingest/config";
import { SourceError, type ParsedItem, type Progress } from "@/lib/ingest/source";
import { decodeText, openBytes, splitLines, type DetectedEncoding } from "@/lib/ingest/text";

/**
 * The data.gouv.fr "FINESS – extraction du fichier des établissements" (etalab
 * flavour): no header row; a first line `finess;etalab;<version>;<date>`, then
 * `structureet` lines (32 fields) and `geolocalisation` lines (6 fields) whose
 * coordinates are projected (Lambert-93 in mainland France).
 */
export const STRUCTURE_FIELDS = [
  "section",
  "nofinesset",
  "nofinessej",
  "rs",
  "rslongue",
  "complrs",
  "compldistrib",
  "numvoie",
  "typvoie",
  "voie",
  "compvoie",
  "lieuditbp",
  "commune",
  "departement",
  "libdepartement",
  "ligneacheminement",
  "telephone",
  "telecopie",
  "categetab",
  "libcategetab",
  "categagretab",
  "libcategagretab",
  "siret",
  "codeape",
  "codemft",
  "libmft",
  "codesph",
  "libsph",
  "dateouv",
  "dateautor",
  "datemaj",
  "numuai",
] as const;

export const GEOLOCATION_FIELDS = ["section", "nofinesset", "coordxet", "coordyet", "sourcecoordet", "datemaj"] as const;

export type FinessField = (typeof STRUCTURE_FIELDS)[number];

export type FinessGeolocation = { x: number; y: number; system: string | null };

export type FinessEtablissement = {
  line: number;
  fields: Record<FinessField, string>;
  geolocation: FinessGeolocation | null;
  /** Extraction date from the first line, used when a record has no datemaj. */
  extractionDate: string | null;
};

export type FinessReadOptions = { signal: AbortSignal; onProgress: (progress: Progress) => void; onEncoding?: (encoding: DetectedEncoding) => void };

/**
 * Reads a FINESS extraction in two passes over a local copy: the first keeps
 * only the coordinates (a few dozen bytes per establishment), the second
 * streams the establishments and joins them. A URL is first downloaded to a
 * temporary file, so memory never holds the file.
 */
export async function* readFiness(
  location: { file: string | null; url: string },
  config: IngestConfig,
  options: FinessReadOptions,
): AsyncIterable<ParsedItem<FinessEtablissement>> {
  let file = location.file;
  let temporary: string | null = null;
  try {
    if (!file) {
      temporary = await mkdtemp(path.join(tmpdir(), "finess-"));
      file = path.join(temporary, "etalab.csv");
      const bytes = await openBytes({ file: null, url: location.url }, config, options.signal);
      await pipeline(bytes.chunks, createWriteStream(file), { signal: options.signal });
    }
    yield* parseFinessFile(file, options);
  } finally {
    if (temporary) await rm(temporary, { recursive: true, force: true });
  }
}

export async function* parseFinessFile(file: string, options: FinessReadOptions): AsyncIterable<ParsedItem<FinessEtablissement>> {
  const size = (await stat(file)).size;
  const progress = progressReporter(size * 2, options.onProgress);
  const coordinates = new Map<string, FinessGeolocation>();
  let extractionDate: string | null = null;

  // Pass 1: header and coordinates.
  for await (const { line, number } of linesOf(file, options, (n) => progress(n), options.onEncoding)) {
    if (number === 1) {
      const header = line.split(";");
      if (header[0] !== "finess" || header[1] !== "etalab") {
        throw new SourceError(`Format FINESS non reconnu : la première ligne devrait commencer par "finess;etalab", trouvé "${line.slice(0, 40)}"`);
      }
      extractionDate = header[3]?.trim() || null;
      continue;
    }
    if (!line.startsWith("geolocalisation;")) continue;
    const fields = line.split(";");
    if (fields.length !== GEOLOCATION_FIELDS.length) {
      yield { ok: false, localId: fields[1] ?? null, reason: `ligne ${number} : géolocalisation à ${fields.length} champs au lieu de ${GEOLOCATION_FIELDS.length}` };
      continue;
    }
    const x = Number(fields[2]?.replace(",", "."));
    const y = Number(fields[3]?.replace(",", "."));
    if (!fields[2] || !fields[3] || !Number.isFinite(x) || !Number.isFinite(y)) {
      yield { ok: false, localId: fields[1] ?? null, reason: `ligne ${number} : coordonnées illisibles (${fields[2]} ; ${fields[3]})` };
      continue;
    }
    const system = fields[4]?.split(",").pop()?.trim() || null;
    coordinates.set(fields[1] ?? "", { x, y, system });
  }

  // Pass 2: establishments, joined with their coordinates.
  for await (const { line, number } of linesOf(file, options, (n) => progress(size + n))) {
    if (!line.startsWith("structureet;")) continue;
    const values = line.split(";");
    if (values.length !== STRUCTURE_FIELDS.length) {
      yield { ok: false, localId: values[1] ?? null, reason: `ligne ${number} : ${values.length} champs au lieu de ${STRUCTURE_FIELDS.length}` };
      continue;
    }
    const fields = Object.fromEntries(STRUCTURE_FIELDS.map((name, index) => [name, values[index]?.trim() ?? ""])) as Record<FinessField, string>;
    if (!fields.nofinesset) {
      yield { ok: false, localId: null, reason: `ligne ${number} : numéro FINESS ET manquant` };
      continue;
    }
    yield { ok: true, localId: fields.nofinesset, raw: { line: number, fields, geolocation: coordinates.get(fields.nofinesset) ?? null, extractionDate } };
  }
  progress(size * 2);
}

async function* linesOf(
  file: string,
  options: FinessReadOptions,
  onBytes: (bytes: number) => void,
  onEncoding?: (encoding: DetectedEncoding) => void,
): AsyncIterable<{ line: string; number: number }> {
  const stream = createReadStream(file, { signal: options.signal, highWaterMark: 256 * 1024 });
  let bytes = 0;
  async function* counted(): AsyncIterable<Uint8Array> {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.byteLength;
      onBytes(bytes);
      yield chunk;
    }
  }
  yield* splitLines(decodeText(counted(), onEncoding));
}

function progressReporter(total: number, onProgress: (progress: Progress) => void) {
  let last = -Infinity;
  return (done: number) => {
    if (done - last < 262_144 && done < total) return;
    last = done;
    onProgress({ done, total, unit: "bytes" });
  };
}
