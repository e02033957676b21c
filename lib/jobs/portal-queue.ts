import { getDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { errorContext, logger } from "@/lib/logger";

import type { JobDefinition, JobRef, JobWorker } from "./definition";
import { openJobQueue, type EnqueueOptions, type JobQueue } from "./queue";

// One job queue per server process, on the portal's database (lib/db), kept on globalThis so that
// hot reloading in development does not start a second set of workers.
const globalForJobs = globalThis as unknown as { portalJobQueue?: Promise<JobQueue>; portalJobWorkers?: boolean };

export function getJobQueue(): Promise<JobQueue> {
  globalForJobs.portalJobQueue ??= getDatabase()
    .then((database) => openJobQueue(database, { pollingIntervalSeconds: env().JOB_POLLING_SECONDS }))
    .catch((error: unknown) => {
      // Not cached: the next call tries again (database restarting, for instance).
      globalForJobs.portalJobQueue = undefined;
      throw error;
    });
  return globalForJobs.portalJobQueue;
}

/** Hands the portal an already open queue (integration tests), or forgets it with `undefined`. */
export function setPortalJobQueue(queue: JobQueue | undefined): void {
  globalForJobs.portalJobQueue = queue ? Promise.resolve(queue) : undefined;
}

export async function enqueueJob<Data>(definition: JobDefinition<Data>, data: Data, options?: EnqueueOptions): Promise<string | null> {
  return (await getJobQueue()).enqueue(definition, data, options);
}

export async function cancelJobs(definition: JobRef, target: { ids: string[] } | { singletonKey: string }): Promise<number> {
  return (await getJobQueue()).cancel(definition, target);
}

export type Schedule = { definition: JobDefinition<unknown>; cron: string; data: unknown };

/**
 * Starts this process's workers and (re)declares the schedules, once per process (instrumentation.ts).
 * With JOB_WORKERS=off the instance only enqueues. A failure is logged: the portal still serves pages.
 */
export async function startJobWorkers(workers: readonly JobWorker[], schedules: readonly Schedule[] = []): Promise<void> {
  if (env().JOB_WORKERS === "off" || globalForJobs.portalJobWorkers) return;
  globalForJobs.portalJobWorkers = true;
  try {
    const queue = await getJobQueue();
    await queue.work(workers);
    for (const { definition, cron, data } of schedules) await queue.schedule(definition, cron, data);
    // A job no longer scheduled by this configuration (e.g. SYNC_SCHEDULE turned off) stops being scheduled.
    const scheduled = new Set(schedules.map((schedule) => schedule.definition.name));
    for (const { definition } of workers) if (!scheduled.has(definition.name)) await queue.unschedule(definition);
    logger.info("Job workers started", { jobs: workers.map((worker) => worker.definition.name), schedules: schedules.length });
  } catch (error) {
    globalForJobs.portalJobWorkers = false;
    logger.error("Job workers could not start; trying again in 10 s (the jobs wait in the database)", errorContext(error));
    setTimeout(() => void startJobWorkers(workers, schedules), 10_000).unref();
  }
}

/** Stops polling; running jobs get a few seconds to end (a job cut short is retried after it expires). */
export async function stopJobWorkers(): Promise<void> {
  const queue = globalForJobs.portalJobQueue;
  globalForJobs.portalJobQueue = undefined;
  globalForJobs.portalJobWorkers = false;
  if (queue) await (await queue).stop();
}
