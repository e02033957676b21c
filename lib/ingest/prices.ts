import type { SqlRunner } from "@/lib/database/sql-runner";
import type { PriceInput } from "@/lib/offers/domain";

import { claimKeys, contentHash, markStructuresOfFiness, type BatchCounts } from "./run-tables";

/** The CNSA price publication (source `prix-ehpad`): one `EhpadPrice` row per FINESS ET. */

export async function applyPrices(runner: SqlRunner, prices: PriceInput[], fetchedAt: Date): Promise<BatchCounts> {
  const counts: BatchCounts = { created: 0, updated: 0, unchanged: 0, removed: 0, duplicates: [] };
  const { kept: unique, duplicates } = await claimKeys(runner, prices);
  counts.duplicates = duplicates;
  if (unique.length === 0) return counts;
  const existing = new Map(
    (
      await runner.query<{ sourceKey: string; contentHash: string }>('SELECT "sourceKey", "contentHash" FROM "EhpadPrice" WHERE "sourceKey" = ANY($1::text[])', [
        unique.map((price) => price.key),
      ])
    ).map((row) => [row.sourceKey, row.contentHash]),
  );
  const changed: Array<PriceInput & { hash: string }> = [];
  for (const price of unique) {
    const hash = contentHash(price);
    const previous = existing.get(price.key);
    if (previous === hash) counts.unchanged += 1;
    else {
      changed.push({ ...price, hash });
      if (previous) counts.updated += 1;
      else counts.created += 1;
    }
  }
  if (changed.length === 0) return counts;
  const rows = changed.map((price) => ({
    finessEt: price.finessEt,
    sourceKey: price.key,
    raisonSociale: price.raisonSociale,
    hp: price.prices.hebergementPermanentJour,
    ht: price.prices.hebergementTemporaireJour,
    g12: price.prices.tarifGir12Jour,
    g34: price.prices.tarifGir34Jour,
    g56: price.prices.tarifGir56Jour,
    fetchedAt: fetchedAt.toISOString(),
    sourceUpdatedAt: price.sourceUpdatedAt?.toISOString() ?? null,
    contentHash: price.hash,
  }));
  await runner.query(
    `INSERT INTO "EhpadPrice" ("finessEt", "sourceKey", "raisonSociale", "prixHebergementPermanent", "prixHebergementTemporaire",
                               "tarifGir12", "tarifGir34", "tarifGir56", "fetchedAt", "sourceUpdatedAt", "contentHash")
     SELECT "finessEt", "sourceKey", "raisonSociale", hp, ht, g12, g34, g56, "fetchedAt", "sourceUpdatedAt", "contentHash"
       FROM jsonb_to_recordset($1::jsonb) AS r("finessEt" text, "sourceKey" text, "raisonSociale" text, hp float8, ht float8,
                                               g12 float8, g34 float8, g56 float8, "fetchedAt" timestamp, "sourceUpdatedAt" timestamp, "contentHash" text)
     ON CONFLICT ("finessEt") DO UPDATE SET
       "raisonSociale" = excluded."raisonSociale", "prixHebergementPermanent" = excluded."prixHebergementPermanent",
       "prixHebergementTemporaire" = excluded."prixHebergementTemporaire", "tarifGir12" = excluded."tarifGir12",
       "tarifGir34" = excluded."tarifGir34", "tarifGir56" = excluded."tarifGir56", "fetchedAt" = excluded."fetchedAt",
       "sourceUpdatedAt" = excluded."sourceUpdatedAt", "contentHash" = excluded."contentHash"`,
    [JSON.stringify(rows)],
  );
  await markStructuresOfFiness(runner, changed.map((price) => price.finessEt));
  return counts;
}
