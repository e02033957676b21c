import { createHash } from "node:crypto";

import type { SqlRunner } from "@/lib/database/sql-runner";

/**
 * The run's bookkeeping, in temporary tables dropped at commit: the keys read so
 * far (`_ingest_seen`: duplicates, and what a full run did not see) and the
 * structures touched (`_ingest_affected`: whose derived columns finishRun
 * recomputes). Every function runs inside the run's single transaction.
 */

export type BatchCounts = { created: number; updated: number; unchanged: number; removed: number; duplicates: string[] };

export async function createRunTables(runner: SqlRunner): Promise<void> {
  await runner.exec(`
    CREATE TEMP TABLE _ingest_seen (key text PRIMARY KEY) ON COMMIT DROP;
    CREATE TEMP TABLE _ingest_affected (structure_id text PRIMARY KEY) ON COMMIT DROP;
  `);
}

/** Stable hash of a mapped record: equal hashes mean nothing to write. */
export function contentHash(record: unknown): string {
  return createHash("sha1").update(JSON.stringify(record)).digest("hex");
}

/**
 * Marks keys as seen in this run and keeps the first record of each key; the
 * others (a key the source sent twice) are returned as duplicates.
 */
export async function claimKeys<T extends { key: string }>(runner: SqlRunner, records: T[]): Promise<{ kept: T[]; duplicates: string[] }> {
  if (records.length === 0) return { kept: [], duplicates: [] };
  const inserted = await runner.query<{ key: string }>(
    "INSERT INTO _ingest_seen (key) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING RETURNING key",
    [records.map((record) => record.key)],
  );
  const fresh = new Set(inserted.map((row) => row.key));
  const kept: T[] = [];
  const duplicates: string[] = [];
  for (const record of records) {
    if (fresh.delete(record.key)) kept.push(record);
    else duplicates.push(record.key);
  }
  return { kept, duplicates };
}

export async function markAffected(runner: SqlRunner, structureIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(structureIds)];
  if (ids.length === 0) return;
  await runner.query("INSERT INTO _ingest_affected (structure_id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING", [ids]);
}

export async function markStructuresOfFiness(runner: SqlRunner, finessList: string[]): Promise<void> {
  if (finessList.length === 0) return;
  await runner.query(
    `INSERT INTO _ingest_affected (structure_id) SELECT id FROM "Structure" WHERE "finessEt" = ANY($1::text[]) ON CONFLICT DO NOTHING`,
    [finessList],
  );
}

export async function countSeen(runner: SqlRunner): Promise<number> {
  const rows = await runner.query<{ count: number | string }>("SELECT count(*) AS count FROM _ingest_seen");
  return Number(rows[0]?.count ?? 0);
}
