import { randomUUID } from "node:crypto";

import type { Database } from "@/lib/database/open-database";
import type { SqlRunner } from "@/lib/database/sql-runner";
import type { OfferInput, PriceInput, SourceId } from "@/lib/offers/domain";

import type { IngestConfig } from "./config";
import { finishRun } from "./derived";
import { applyOffers, countExisting, removeOffers, removeUnseen } from "./load";
import { applyPrices } from "./prices";
import { countSeen, createRunTables } from "./run-tables";
import type { MapResult, Progress, SourceDefinition } from "./source";

export type ImportMode = "full" | "incremental";

export type ImportOptions = {
  /** `auto` (default): incremental from the last successful run when the source supports it, full otherwise. */
  mode?: "auto" | ImportMode;
  /** Incremental sync from this instant (implies incremental). */
  since?: Date | null;
  file?: string | null;
  url?: string | null;
  signal?: AbortSignal;
  onProgress?: (progress: Progress & { source: SourceId }) => void;
  /** Records applied per SQL batch. */
  batchSize?: number;
  now?: () => Date;
};

export type RejectionSummary = { reason: string; count: number; examples: string[] };

export type ImportReport = {
  runId: string;
  source: SourceId;
  mode: ImportMode;
  status: "succeeded" | "failed";
  since: Date | null;
  startedAt: Date;
  finishedAt: Date;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
  rejected: number;
  skipped: number;
  rejections: RejectionSummary[];
  skips: RejectionSummary[];
  error: string | null;
  highWaterMark: Date | null;
};

/** One lock for the whole catalogue: runs touch shared structures, so they never overlap. */
const CATALOGUE_LOCK_KEY = 72707370;
const MAX_REASONS = 50;
const MAX_EXAMPLES = 5;

/**
 * Runs one source into the catalogue, atomically: the records are read and
 * written batch by batch inside a single transaction, and the run's report is
 * committed with them. If anything fails (source unreachable, invalid page,
 * crash, kill) the transaction is rolled back and the previous catalogue stays
 * as it was; the failure is recorded in ImportRun. A malformed record is only
 * counted and reported; it never stops the run.
 */
export async function runImport(
  db: Database,
  source: SourceDefinition<unknown>,
  config: IngestConfig,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const now = options.now ?? (() => new Date());
  const runId = randomUUID();
  const startedAt = now();
  const signal = options.signal ?? new AbortController().signal;
  const batchSize = options.batchSize ?? 500;

  return db.withRunner(async (runner) => {
    const plan = await planRun(runner, source, options);
    const report: ImportReport = {
      runId,
      source: source.id,
      mode: plan.mode,
      status: "failed",
      since: plan.since,
      startedAt,
      finishedAt: startedAt,
      read: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      removed: 0,
      rejected: 0,
      skipped: 0,
      rejections: [],
      skips: [],
      error: null,
      highWaterMark: plan.previousHighWaterMark,
    };
    await runner.query(
      `INSERT INTO "ImportRun" (id, source, mode, status, since, "startedAt") VALUES ($1, $2, $3, 'running', $4::timestamp, $5::timestamp)`,
      [runId, source.id, plan.mode, plan.since?.toISOString() ?? null, startedAt.toISOString()],
    );
    const rejections = new ReasonCounter();
    const skips = new ReasonCounter();
    let inTransaction = false;
    try {
      if (plan.error) throw new Error(plan.error);
      await runner.exec("BEGIN");
      inTransaction = true;
      const [lock] = await runner.query<{ locked: boolean }>("SELECT pg_try_advisory_xact_lock($1) AS locked", [CATALOGUE_LOCK_KEY]);
      if (!lock?.locked) throw new Error("Une autre importation du catalogue est en cours ; réessayez quand elle sera terminée.");
      await runner.query(
        `UPDATE "ImportRun" SET status = 'interrupted', "finishedAt" = COALESCE("finishedAt", $2::timestamp) WHERE status = 'running' AND id <> $1`,
        [runId, startedAt.toISOString()],
      );
      await createRunTables(runner);

      const fetchedAt = startedAt;
      let offers: OfferInput[] = [];
      let prices: PriceInput[] = [];
      let removals: string[] = [];
      let latest = plan.previousHighWaterMark?.getTime() ?? null;
      const flush = async () => {
        for (const counts of [await applyOffers(runner, offers, fetchedAt), await applyPrices(runner, prices, fetchedAt)]) {
          report.created += counts.created;
          report.updated += counts.updated;
          report.unchanged += counts.unchanged;
          for (const key of counts.duplicates) skips.add("enregistrement déjà lu dans ce flux (identifiant en double)", key);
        }
        report.removed += await removeOffers(runner, source.id, removals);
        offers = [];
        prices = [];
        removals = [];
      };

      const items = source.read(config, {
        mode: plan.mode,
        since: plan.since,
        file: options.file ?? null,
        url: options.url ?? null,
        signal,
        onProgress: (progress) => options.onProgress?.({ ...progress, source: source.id }),
      });
      for await (const item of items) {
        signal.throwIfAborted();
        report.read += 1;
        if (!item.ok) {
          rejections.add(item.reason, item.localId);
          continue;
        }
        const result = safeMap(source, item.raw, { fetchedAt });
        if (result.status === "rejected") {
          rejections.add(result.reason, item.localId);
          continue;
        }
        if (result.status === "skipped") {
          skips.add(result.reason, item.localId);
          continue;
        }
        const record = result.record;
        if (record.kind === "offer") {
          offers.push(record.offer);
          const updated = record.offer.sourceUpdatedAt?.getTime();
          if (updated !== undefined && (latest === null || updated > latest)) latest = updated;
        } else if (record.kind === "price") prices.push(record.price);
        else removals.push(record.key);
        if (offers.length + prices.length + removals.length >= batchSize) await flush();
      }
      await flush();

      if (plan.mode === "full") {
        const seen = await countSeen(runner);
        if (seen === 0 && (await countExisting(runner, source.id)) > 0) {
          throw new Error("La source n'a fourni aucun enregistrement valide : le catalogue existant est conservé.");
        }
        report.removed += await removeUnseen(runner, source.id);
      }
      await finishRun(runner, source.id);
      // PGlite has no autovacuum: refresh planner statistics after large changes so searches keep their index plans.
      if (report.created + report.updated + report.removed >= 1_000) {
        await runner.exec('ANALYZE "Offer"; ANALYZE "Structure"; ANALYZE "Location"; ANALYZE "StructureProvenance";');
      }

      report.status = "succeeded";
      report.finishedAt = now();
      report.highWaterMark = latest === null ? null : new Date(latest);
      report.rejected = rejections.total;
      report.skipped = skips.total;
      report.rejections = rejections.summary();
      report.skips = skips.summary();
      await saveReport(runner, report);
      await runner.exec("COMMIT");
      inTransaction = false;
      return report;
    } catch (error) {
      if (inTransaction) await runner.exec("ROLLBACK").catch(() => undefined);
      report.status = "failed";
      report.finishedAt = now();
      report.error = describeError(error, signal);
      report.rejected = rejections.total;
      report.skipped = skips.total;
      report.rejections = rejections.summary();
      report.skips = skips.summary();
      // Nothing of the run was committed: report what was read, not what would have changed.
      report.created = report.updated = report.unchanged = report.removed = 0;
      report.highWaterMark = plan.previousHighWaterMark;
      await saveReport(runner, report).catch(() => undefined);
      return report;
    }
  });
}

type Plan = { mode: ImportMode; since: Date | null; previousHighWaterMark: Date | null; error: string | null };

async function planRun(runner: SqlRunner, source: SourceDefinition<unknown>, options: ImportOptions): Promise<Plan> {
  const [last] = await runner.query<{ hwm: string | number | null }>(
    `SELECT extract(epoch FROM "highWaterMark") * 1000 AS hwm FROM "ImportRun"
      WHERE source = $1 AND status = 'succeeded' AND "highWaterMark" IS NOT NULL ORDER BY "startedAt" DESC LIMIT 1`,
    [source.id],
  );
  const previousHighWaterMark = last?.hwm === null || last?.hwm === undefined ? null : new Date(Number(last.hwm));
  const wantsIncremental = options.mode === "incremental" || (options.since !== undefined && options.since !== null);
  if (options.mode === "full") return { mode: "full", since: null, previousHighWaterMark, error: null };
  if (wantsIncremental && !source.incremental) {
    return { mode: "full", since: null, previousHighWaterMark, error: `La source ${source.id} ne permet pas la synchronisation incrémentale (--since).` };
  }
  if (options.since) return { mode: "incremental", since: options.since, previousHighWaterMark, error: null };
  if (source.incremental && previousHighWaterMark) return { mode: "incremental", since: previousHighWaterMark, previousHighWaterMark, error: null };
  if (options.mode === "incremental") {
    return { mode: "full", since: null, previousHighWaterMark, error: "Aucune synchronisation réussie précédente : lancez d'abord une synchronisation complète (--full)." };
  }
  return { mode: "full", since: null, previousHighWaterMark, error: null };
}

function safeMap(source: SourceDefinition<unknown>, raw: unknown, context: { fetchedAt: Date }): MapResult {
  try {
    return source.map(raw, context);
  } catch (error) {
    return { status: "rejected", reason: `enregistrement inexploitable (${error instanceof Error ? error.message : String(error)})` };
  }
}

async function saveReport(runner: SqlRunner, report: ImportReport): Promise<void> {
  await runner.query(
    `UPDATE "ImportRun" SET status = $2, "finishedAt" = $3::timestamp, "readCount" = $4, "createdCount" = $5, "updatedCount" = $6,
            "unchangedCount" = $7, "removedCount" = $8, "rejectedCount" = $9, "skippedCount" = $10, rejections = $11::jsonb,
            error = $12, "highWaterMark" = $13::timestamp
      WHERE id = $1`,
    [
      report.runId,
      report.status,
      report.finishedAt.toISOString(),
      report.read,
      report.created,
      report.updated,
      report.unchanged,
      report.removed,
      report.rejected,
      report.skipped,
      JSON.stringify({ rejections: report.rejections, skips: report.skips }),
      report.error,
      report.highWaterMark?.toISOString() ?? null,
    ],
  );
}

function describeError(error: unknown, signal: AbortSignal): string {
  if (signal.aborted) return "Importation interrompue avant la fin : le catalogue précédent est conservé.";
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Counts reasons, keeping a few examples of each. Record-specific details are
 * moved from the reason to the example so that reasons group: a "ligne N : "
 * prefix, a trailing " : value" or a trailing "(…)" holding figures.
 */
class ReasonCounter {
  total = 0;
  private readonly reasons = new Map<string, RejectionSummary>();

  add(rawReason: string, localId: string | null): void {
    this.total += 1;
    let reason = rawReason;
    let where = localId;
    const line = /^ligne (\d+) : (.*)$/.exec(reason);
    if (line) {
      reason = line[2] ?? reason;
      where = `ligne ${line[1]}${localId ? ` (${localId})` : ""}`;
    }
    let detail: string | null = null;
    const figures = /^(.*?)\s*\(([^()]*\d[^()]*)\)$/.exec(reason);
    const value = /^(.*?) : (.+)$/.exec(reason);
    if (figures?.[1]) [reason, detail] = [figures[1], figures[2] ?? null];
    else if (value?.[1]) [reason, detail] = [value[1], value[2] ?? null];
    const example = [where, detail].filter(Boolean).join(" : ");
    let entry = this.reasons.get(reason);
    if (!entry) {
      if (this.reasons.size >= MAX_REASONS) {
        entry = this.reasons.get("autres motifs") ?? { reason: "autres motifs", count: 0, examples: [] };
        this.reasons.set("autres motifs", entry);
      } else {
        entry = { reason, count: 0, examples: [] };
        this.reasons.set(reason, entry);
      }
    }
    entry.count += 1;
    if (example && entry.examples.length < MAX_EXAMPLES) entry.examples.push(example);
  }

  summary(): RejectionSummary[] {
    return [...this.reasons.values()].sort((a, b) => b.count - a.count);
  }
}
