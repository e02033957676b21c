import type { MappedRecord, SourceId } from "@/lib/offers/domain";

import type { IngestConfig } from "./config";

/** A raw record read from a source, or the reason a piece of input could not be read. */
export type ParsedItem<Raw> =
  | { ok: true; localId: string; raw: Raw }
  | { ok: false; localId: string | null; reason: string };

export type MapResult =
  | { status: "mapped"; record: MappedRecord }
  /** Malformed or unusable record: counted as rejected, with its reason. */
  | { status: "rejected"; reason: string }
  /** Valid record outside the catalogue's scope (e.g. a FINESS hospital). */
  | { status: "skipped"; reason: string };

export type Progress = { done: number; total: number | null; unit: "records" | "bytes" };

export type ReadOptions = {
  mode: "full" | "incremental";
  /** Incremental sync: only records changed at source since this instant. */
  since: Date | null;
  /** Read a local file instead of the endpoint (file sources). */
  file: string | null;
  /** Override the configured endpoint. */
  url: string | null;
  signal: AbortSignal;
  onProgress: (progress: Progress) => void;
};

export type MapContext = { fetchedAt: Date };

/**
 * One source of the catalogue (STYLE.md §7): `read` extracts the bytes or pages
 * and parses them into raw records, `map` turns one raw record into a domain
 * record. Both are pure with respect to the database; the engine
 * (run-import.ts) does the loading.
 */
export type SourceDefinition<Raw = unknown> = {
  id: SourceId;
  /** French name, shown in reports. */
  label: string;
  /** Regulated directory (ROR, FINESS). */
  regulated: boolean;
  /** Can fetch only the records changed since a date. */
  incremental: boolean;
  /** Accepts `--file` (file-based sources). */
  acceptsFile: boolean;
  read(config: IngestConfig, options: ReadOptions): AsyncIterable<ParsedItem<Raw>>;
  map(raw: Raw, context: MapContext): MapResult;
};

/**
 * A failure of the source as a whole (unreachable endpoint, unknown file
 * layout, invalid page): the run stops and the previous catalogue stays.
 */
export class SourceError extends Error {
  override name = "SourceError";
}

export function mapped(record: MappedRecord): MapResult {
  return { status: "mapped", record };
}

export function rejected(reason: string): MapResult {
  return { status: "rejected", reason };
}

export function skipped(reason: string): MapResult {
  return { status: "skipped", reason };
}
