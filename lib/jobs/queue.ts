import type { Prisma } from "@prisma/client";
import PgBoss from "pg-boss";

import type { Database } from "@/lib/database/open-database";
import { errorContext, logger } from "@/lib/logger";

import type { JobDefinition, JobRef, JobWorker } from "./definition";
import { jobIdForKey } from "./job-id";

/** pg-boss keeps its tables in their own schema, out of Prisma's way (Prisma manages `public` only). */
export const JOB_SCHEMA = "pgboss";

export type EnqueueOptions = {
  /** At most one job per key and queue while it is kept (any state): a second enqueue returns null. */
  singletonKey?: string;
  /** Not before this date, or this many seconds from now. */
  startAfter?: Date | number;
  /**
   * A Prisma interactive transaction: the job is written by it, so it exists if and only if the
   * transaction commits. Call `prepare(definition)` before opening the transaction.
   */
  transaction?: Prisma.TransactionClient;
};

export type JobState = "created" | "retry" | "active" | "completed" | "cancelled" | "failed";

export type JobSnapshot = { id: string; state: JobState; retryCount: number; singletonKey: string | null; output: unknown };

export type JobQueueOptions = {
  /** How often an idle worker looks for work (seconds, at least 0.5; default 2). */
  pollingIntervalSeconds?: number;
  /** Connections of pg-boss's own pool on PostgreSQL (default 4; PGlite has one connection). */
  poolSize?: number;
};

export type JobQueue = {
  /** Creates or updates the definition's queue (done by enqueue and work; needed before a transaction). */
  prepare(definition: JobRef): Promise<void>;
  enqueue<Data>(definition: JobDefinition<Data>, data: Data, options?: EnqueueOptions): Promise<string | null>;
  /** Cancels waiting or retrying jobs by id or by singleton key; returns how many were cancelled. */
  cancel(definition: JobRef, target: { ids: string[] } | { singletonKey: string }): Promise<number>;
  /** Starts polling for the given jobs in this process. */
  work(workers: readonly JobWorker[]): Promise<void>;
  /**
   * Enqueues the job on a cron schedule (Europe/Paris time). Every instance may call it: pg-boss
   * keeps one schedule per queue and one instance at a time turns it into jobs.
   */
  schedule<Data>(definition: JobDefinition<Data>, cron: string, data: Data): Promise<void>;
  unschedule(definition: JobRef): Promise<void>;
  getJob(definition: JobRef, id: string): Promise<JobSnapshot | null>;
  /** Stops polling and waits up to `timeoutMs` for running jobs (default 10 s); the database stays open. */
  stop(timeoutMs?: number): Promise<void>;
};

type SqlExecutor = { executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };

/**
 * pg-boss serialises objects itself only through `pg`; PGlite and Prisma's raw queries want JSON
 * text for a jsonb parameter.
 */
function jsonParameters(values: unknown[] = []): unknown[] {
  return values.map((value) =>
    value !== null && typeof value === "object" && !(value instanceof Date) && !Array.isArray(value) ? JSON.stringify(value) : value,
  );
}

/**
 * PGlite runs one statement at a time behind a mutex, and its transactions hold that mutex for
 * their whole life, so pg-boss's statements never land inside a Prisma transaction (they wait).
 */
function pgliteExecutor(database: Database): SqlExecutor {
  return { executeSql: (text, values) => database.withRunner((runner) => runner.execute(text, jsonParameters(values))) };
}

function transactionExecutor(transaction: Prisma.TransactionClient): SqlExecutor {
  return {
    async executeSql(text, values) {
      const rows = await transaction.$queryRawUnsafe<Record<string, unknown>[]>(text, ...jsonParameters(values));
      return { rows };
    },
  };
}

function sqlState(error: unknown): unknown {
  return typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : undefined;
}

/**
 * Opens the job queue on the portal's database: pg-boss over its own `pg` pool on PostgreSQL, or
 * over the embedded PGlite instance that Prisma uses (one process only, as PGlite itself).
 */
export async function openJobQueue(database: Database, options: JobQueueOptions = {}): Promise<JobQueue> {
  const common = { schema: JOB_SCHEMA, schedule: true, supervise: true, migrate: true } as const;
  const boss =
    database.target.kind === "postgres"
      ? new PgBoss({ ...common, connectionString: database.target.url, max: options.poolSize ?? 4, application_name: "portail-jobs" })
      : new PgBoss({ ...common, db: pgliteExecutor(database) as PgBoss.Db });
  // Unhandled, an "error" event would end the process; pg-boss retries its own maintenance.
  boss.on("error", (error) => logger.error("Job queue error", errorContext(error)));
  await boss.start();

  const pollingIntervalSeconds = Math.max(0.5, options.pollingIntervalSeconds ?? 2);
  const prepared = new Map<string, Promise<void>>();

  async function ensureQueue(definition: JobRef, attempt = 1): Promise<void> {
    try {
      await createOrUpdateQueue(definition);
    } catch (error) {
      // Instances starting together create the same queues (and their partitions) at once:
      // PostgreSQL picks a deadlock victim, or the other insert wins. Both settle on a second look.
      if ((sqlState(error) === "40P01" || sqlState(error) === "23505") && attempt < 5) {
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
        return ensureQueue(definition, attempt + 1);
      }
      throw error;
    }
  }

  async function createOrUpdateQueue(definition: JobRef): Promise<void> {
    const settings = {
      name: definition.name,
      policy: definition.options.policy,
      retryLimit: definition.options.retryLimit,
      retryDelay: definition.options.retryDelaySeconds,
      retryBackoff: definition.options.retryBackoff,
      expireInSeconds: definition.options.expireInSeconds,
    };
    if (await boss.getQueue(definition.name)) {
      await boss.updateQueue(definition.name, settings);
      return;
    }
    await boss.createQueue(definition.name, settings);
  }

  function prepare(definition: JobRef): Promise<void> {
    let done = prepared.get(definition.name);
    if (!done) {
      done = ensureQueue(definition).catch((error: unknown) => {
        prepared.delete(definition.name);
        throw error;
      });
      prepared.set(definition.name, done);
    }
    return done;
  }

  return {
    prepare,

    async enqueue(definition, data, enqueueOptions = {}) {
      // A wrong payload is a bug of the caller: refuse it now rather than fail at every retry.
      const checked = definition.schema.parse(data);
      if (!enqueueOptions.transaction) await prepare(definition);
      else if (!prepared.has(definition.name)) {
        // On PGlite, preparing now would wait for the very transaction that waits for us.
        throw new Error(`Job queue "${definition.name}" not prepared: call prepare() before the transaction`);
      }
      const sendOptions: PgBoss.SendOptions = {};
      if (enqueueOptions.singletonKey !== undefined) {
        sendOptions.singletonKey = enqueueOptions.singletonKey;
        sendOptions.id = jobIdForKey(definition.name, enqueueOptions.singletonKey);
      }
      if (enqueueOptions.startAfter !== undefined) sendOptions.startAfter = enqueueOptions.startAfter;
      if (enqueueOptions.transaction) sendOptions.db = transactionExecutor(enqueueOptions.transaction) as PgBoss.Db;
      return boss.send(definition.name, checked as object, sendOptions);
    },

    async cancel(definition, target) {
      const ids = "ids" in target ? target.ids : [jobIdForKey(definition.name, target.singletonKey)];
      if (ids.length === 0) return 0;
      await prepare(definition);
      const result = (await boss.cancel(definition.name, ids)) as unknown as { affected?: number } | undefined;
      return result?.affected ?? 0;
    },

    async work(workers) {
      for (const { definition, handler } of workers) {
        await prepare(definition);
        await boss.work<unknown>(
          definition.name,
          { pollingIntervalSeconds, batchSize: 1, includeMetadata: true },
          async ([job]) => {
            if (!job) return;
            const context = { jobId: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit };
            const parsed = definition.schema.safeParse(job.data);
            if (!parsed.success) {
              // Retrying cannot fix the data: record why and let it go.
              logger.error("Job dropped: its data does not match the job's schema", { job: definition.name, jobId: job.id });
              return { dropped: "invalid data" };
            }
            try {
              await handler(parsed.data as never, context);
            } catch (error) {
              const last = job.retryCount >= job.retryLimit;
              const log = last ? logger.error : logger.warn;
              log(last ? "Job failed for good after its last retry" : "Job failed; it will be retried", {
                job: definition.name,
                jobId: job.id,
                attempt: job.retryCount + 1,
                ...errorContext(error),
              });
              throw error;
            }
          },
        );
      }
    },

    async schedule(definition, cron, data) {
      const checked = definition.schema.parse(data);
      await prepare(definition);
      // The singleton key makes a "stately" queue hold at most one waiting run per schedule.
      await boss.schedule(definition.name, cron, checked as object, { tz: "Europe/Paris", singletonKey: definition.name });
    },

    async unschedule(definition) {
      await boss.unschedule(definition.name);
    },

    async getJob(definition, id) {
      const job = await boss.getJobById<unknown>(definition.name, id, { includeArchive: true });
      if (!job) return null;
      return { id: job.id, state: job.state, retryCount: job.retryCount, singletonKey: job.singletonKey, output: job.output };
    },

    async stop(timeoutMs = 10_000) {
      await boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
    },
  };
}
