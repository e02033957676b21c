import type { SqlRunner } from "@/lib/database/sql-runner";
import type { OfferInput, SourceId } from "@/lib/offers/domain";

import { matchStructures } from "./match";
import { claimKeys, contentHash, markAffected, markStructuresOfFiness, type BatchCounts } from "./run-tables";
import { updateStructureFields, upsertLocations, upsertOfferRows, upsertProvenances } from "./upsert";

/**
 * SQL side of an import run, the orchestrator: for each batch of offers, keeps
 * what changed (content hash), matches structures (match.ts), writes the rows
 * (upsert.ts) and marks the structures whose derived columns finishRun
 * (derived.ts) recomputes. Every function runs inside the run's single
 * transaction (run-import.ts) and works on one batch of records at a time, so
 * memory does not grow with the size of the source. Prices: prices.ts.
 */

type ExistingOffer = { id: string; contentHash: string; structureId: string };

export async function applyOffers(runner: SqlRunner, offers: OfferInput[], fetchedAt: Date): Promise<BatchCounts> {
  const counts: BatchCounts = { created: 0, updated: 0, unchanged: 0, removed: 0, duplicates: [] };
  const { kept: unique, duplicates } = await claimKeys(runner, offers);
  counts.duplicates = duplicates;
  if (unique.length === 0) return counts;

  const existingRows = await runner.query<ExistingOffer>(
    'SELECT id, "contentHash", "structureId" FROM "Offer" WHERE id = ANY($1::text[])',
    [unique.map((offer) => offer.key)],
  );
  const existing = new Map(existingRows.map((row) => [row.id, row]));
  const changed: Array<{ offer: OfferInput; hash: string; previous: ExistingOffer | undefined }> = [];
  for (const offer of unique) {
    const hash = contentHash(offer);
    const previous = existing.get(offer.key);
    if (previous?.contentHash === hash) counts.unchanged += 1;
    else {
      changed.push({ offer, hash, previous });
      if (previous) counts.updated += 1;
      else counts.created += 1;
    }
  }
  if (changed.length === 0) return counts;

  await upsertLocations(runner, changed.flatMap((item) => [item.offer.location, item.offer.structure.location]));
  const structureIds = await resolveStructures(runner, changed.map((item) => item.offer), fetchedAt);
  await upsertOfferRows(runner, changed, structureIds, fetchedAt);
  await markAffected(runner, [
    ...structureIds.values(),
    ...changed.map((item) => item.previous?.structureId).filter((id): id is string => !!id),
  ]);
  return counts;
}

/**
 * Finds or creates the structure of each record (match.ts), then writes the
 * structure fields, the most authoritative source winning (domain.ts
 * SOURCE_PRIORITY), and the provenance rows.
 */
async function resolveStructures(runner: SqlRunner, offers: OfferInput[], fetchedAt: Date): Promise<Map<string, string>> {
  const { structureIds, assignments } = await matchStructures(runner, offers);
  await updateStructureFields(runner, assignments);
  await upsertProvenances(runner, offers, structureIds, fetchedAt);
  return structureIds;
}

/** Deletes offers the source says are gone (incremental syncs). */
export async function removeOffers(runner: SqlRunner, source: SourceId, keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const removed = await runner.query<{ structureId: string }>(
    'DELETE FROM "Offer" WHERE source = $1 AND id = ANY($2::text[]) RETURNING "structureId"',
    [source, keys],
  );
  await markAffected(runner, removed.map((row) => row.structureId));
  return removed.length;
}

/** Full runs: deletes the source's offers (or prices) that this run did not read. */
export async function removeUnseen(runner: SqlRunner, source: SourceId): Promise<number> {
  if (source === "prix-ehpad") {
    const removed = await runner.query<{ finessEt: string }>(
      `DELETE FROM "EhpadPrice" p WHERE NOT EXISTS (SELECT 1 FROM _ingest_seen k WHERE k.key = p."sourceKey") RETURNING "finessEt"`,
    );
    await markStructuresOfFiness(runner, removed.map((row) => row.finessEt));
    return removed.length;
  }
  const removed = await runner.query<{ structureId: string }>(
    `DELETE FROM "Offer" o WHERE o.source = $1 AND NOT EXISTS (SELECT 1 FROM _ingest_seen k WHERE k.key = o.id) RETURNING "structureId"`,
    [source],
  );
  await markAffected(runner, removed.map((row) => row.structureId));
  return removed.length;
}

export async function countExisting(runner: SqlRunner, source: SourceId): Promise<number> {
  const rows =
    source === "prix-ehpad"
      ? await runner.query<{ count: number | string }>('SELECT count(*) AS count FROM "EhpadPrice"')
      : await runner.query<{ count: number | string }>('SELECT count(*) AS count FROM "Offer" WHERE source = $1', [source]);
  return Number(rows[0]?.count ?? 0);
}
