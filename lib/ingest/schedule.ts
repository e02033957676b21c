import { randomUUID } from "node:crypto";

import type { PrismaClient } from "@prisma/client";
import { z } from "zod";

import type { Database } from "@/lib/database/open-database";
import { defineJob, jobWorker, type JobContext, type JobDefinition, type JobWorker, type Schedule } from "@/lib/jobs";
import { logger } from "@/lib/logger";
import type { SourceId } from "@/lib/offers/domain";

import type { IngestConfig } from "./config";
import { SOURCES, sourceById } from "./registry";
import { runImport, type ImportReport } from "./run-import";

// Scheduled catalogue syncs (issue #17) on the job queue: one queue per source, "stately" so that
// at most one run waits and one runs across every instance; the catalogue's own advisory lock
// (run-import.ts) keeps two sources from importing at the same moment (the second one fails and is
// retried). Each attempt is recorded in SyncRun, the import's full report in ImportRun.

export type SyncSettings = { rorEveryMinutes: number; dailyAt: string };

const DAILY_GAP_MINUTES = 10;

const syncData = z.object({}).strict();

const definitions = new Map<string, JobDefinition<Record<string, never>>>();

/** The job of one source's scheduled sync: retried 3 times, 5, 10 then 20 minutes later. */
export function syncJob(source: SourceId): JobDefinition<Record<string, never>> {
  let definition = definitions.get(source);
  if (!definition) {
    definition = defineJob(`catalogue-sync-${source}`, syncData as z.ZodType<Record<string, never>>, {
      policy: "stately",
      retryLimit: 3,
      retryDelaySeconds: 300,
      retryBackoff: true,
      // A national full sync takes minutes; past an hour the attempt is considered lost.
      expireInSeconds: 3_600,
    });
    definitions.set(source, definition);
  }
  return definition;
}

/** Cron expressions (Europe/Paris): ROR every N minutes, the other sources daily, 10 minutes apart. */
export function syncCrons(settings: SyncSettings): { source: SourceId; cron: string }[] {
  const [hours = 0, minutes = 0] = settings.dailyAt.split(":").map(Number);
  let daily = 0;
  return SOURCES.map((source) => {
    if (source.id === "ror") return { source: source.id, cron: `*/${settings.rorEveryMinutes} * * * *` };
    const at = (hours * 60 + minutes + DAILY_GAP_MINUTES * daily++) % (24 * 60);
    return { source: source.id, cron: `${at % 60} ${Math.floor(at / 60)} * * *` };
  });
}

export function syncSchedules(settings: SyncSettings): Schedule[] {
  return syncCrons(settings).map(({ source, cron }) => ({ definition: syncJob(source) as JobDefinition<unknown>, cron, data: {} }));
}

export type SyncDependencies = { getDatabase: () => Promise<Database>; config: () => IngestConfig };

function summary(report: ImportReport) {
  const { mode, read, created, updated, unchanged, removed, rejected, skipped } = report;
  return { mode, read, created, updated, unchanged, removed, rejected, skipped };
}

/** One attempt of a scheduled sync: records it, imports (incremental when the source allows), throws on failure. */
export async function runScheduledSync(source: SourceId, context: JobContext, dependencies: SyncDependencies): Promise<ImportReport> {
  const definition = sourceById(source);
  if (!definition) throw new Error(`Unknown catalogue source ${source}`);
  const database = await dependencies.getDatabase();
  const prisma: PrismaClient = database.prisma;
  const id = randomUUID();
  const startedAt = new Date();
  // An attempt cut short by a stop or a crash never wrote its end.
  await prisma.syncRun.updateMany({
    where: { source, status: "running" },
    data: { status: "failed", finishedAt: startedAt, error: "Synchronisation interrompue (arrêt du serveur)." },
  });
  await prisma.syncRun.create({ data: { id, source, jobId: context.jobId, attempt: context.retryCount + 1, status: "running", startedAt } });
  logger.info("Scheduled sync started", { source, jobId: context.jobId, attempt: context.retryCount + 1 });

  // On PGlite the import runs alone on the connection: the portal's other queries wait for it.
  const report = await runImport({ ...database, withRunner: database.withIsolatedRunner }, definition, dependencies.config(), { mode: "auto" });
  const succeeded = report.status === "succeeded";
  const willRetry = !succeeded && context.retryCount < context.retryLimit;
  await prisma.syncRun.update({
    where: { id },
    data: { status: succeeded ? "succeeded" : "failed", finishedAt: report.finishedAt, importRunId: report.runId, report: summary(report), error: report.error, willRetry },
  });
  if (!succeeded) {
    // report.error is the French sentence of the status page; the log line says what happened in English.
    throw new Error(`Scheduled sync of ${source} failed (${report.mode}, read ${report.read}): ${report.error ?? "unknown error"}`);
  }
  logger.info("Scheduled sync succeeded", { source, jobId: context.jobId, ...summary(report) });
  return report;
}

export function syncWorkers(dependencies: SyncDependencies): JobWorker[] {
  return SOURCES.map((source) => jobWorker(syncJob(source.id), async (_data, context) => void (await runScheduledSync(source.id, context, dependencies))));
}
