import type { PrismaClient } from "@prisma/client";

import type { SourceId } from "@/lib/offers/domain";

import { syncCrons, type SyncSettings } from "./schedule";
import { SOURCES } from "./registry";

export type SyncCounts = { mode: string; read: number; created: number; updated: number; unchanged: number; removed: number; rejected: number; skipped: number };

export type LastSyncRun = {
  /** "planifiee": a scheduled job (SyncRun); "manuelle": `npm run ingest` (ImportRun only). */
  trigger: "planifiee" | "manuelle";
  status: "en-cours" | "reussie" | "echouee";
  startedAt: Date;
  finishedAt: Date | null;
  attempt: number;
  counts: SyncCounts | null;
  /** The import's error, for operators and logs only (it may name internal addresses). */
  error: string | null;
  willRetry: boolean;
};

export type SourceSyncStatus = { source: SourceId; label: string; cron: string | null; lastRun: LastSyncRun | null };

const STATUS: Record<string, LastSyncRun["status"]> = { running: "en-cours", succeeded: "reussie", failed: "echouee", interrupted: "echouee" };

const countsSchemaKeys = ["read", "created", "updated", "unchanged", "removed", "rejected", "skipped"] as const;

function readCounts(value: unknown): SyncCounts | null {
  if (!value || typeof value !== "object") return null;
  const record = value as Record<string, unknown>;
  if (!countsSchemaKeys.every((key) => typeof record[key] === "number")) return null;
  return { mode: String(record.mode ?? ""), ...(Object.fromEntries(countsSchemaKeys.map((key) => [key, record[key]])) as Omit<SyncCounts, "mode">) };
}

/**
 * The last run of each source, scheduled or by hand, whichever started last (for /etat-du-service
 * and /api/sante). `schedule` null: scheduled syncs are off.
 */
export async function loadSyncStatus(prisma: PrismaClient, schedule: SyncSettings | null): Promise<SourceSyncStatus[]> {
  const crons = new Map(schedule ? syncCrons(schedule).map(({ source, cron }) => [source, cron]) : []);
  return Promise.all(
    SOURCES.map(async (source): Promise<SourceSyncStatus> => {
      const [sync, manual] = await Promise.all([
        prisma.syncRun.findFirst({ where: { source: source.id }, orderBy: { startedAt: "desc" } }),
        prisma.importRun.findFirst({ where: { source: source.id }, orderBy: { startedAt: "desc" } }),
      ]);
      let lastRun: LastSyncRun | null = null;
      if (manual && (!sync || (manual.id !== sync.importRunId && manual.startedAt > sync.startedAt))) {
        lastRun = {
          trigger: "manuelle",
          status: STATUS[manual.status] ?? "echouee",
          startedAt: manual.startedAt,
          finishedAt: manual.finishedAt,
          attempt: 1,
          counts: {
            mode: manual.mode,
            read: manual.readCount,
            created: manual.createdCount,
            updated: manual.updatedCount,
            unchanged: manual.unchangedCount,
            removed: manual.removedCount,
            rejected: manual.rejectedCount,
            skipped: manual.skippedCount,
          },
          error: manual.error,
          willRetry: false,
        };
      } else if (sync) {
        lastRun = {
          trigger: "planifiee",
          status: STATUS[sync.status] ?? "echouee",
          startedAt: sync.startedAt,
          finishedAt: sync.finishedAt,
          attempt: sync.attempt,
          counts: readCounts(sync.report),
          error: sync.error,
          willRetry: sync.willRetry,
        };
      }
      return { source: source.id, label: source.label, cron: crons.get(source.id) ?? null, lastRun };
    }),
  );
}
