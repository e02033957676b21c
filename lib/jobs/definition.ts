import type { z } from "zod";

/** How a job's queue behaves; the values are pg-boss's queue options. */
export type JobOptions = {
  /** Attempts after the first one (default 3). */
  retryLimit?: number;
  /** Seconds before the first retry (default 30). */
  retryDelaySeconds?: number;
  /** Doubles the delay after each failure, with jitter (default true). */
  retryBackoff?: boolean;
  /** A running attempt that takes longer is failed, then retried (default 15 minutes). */
  expireInSeconds?: number;
  /**
   * "standard": any number of jobs; "stately": at most one waiting and one running job per
   * singleton key across every instance (scheduled syncs).
   */
  policy?: "standard" | "stately";
};

/** A kind of job: its queue name, the shape of its data and its retry rules. */
export type JobDefinition<Data> = {
  readonly name: string;
  readonly schema: z.ZodType<Data>;
  readonly options: Required<JobOptions>;
};

/** What is known of a job without its data type: enough to prepare, cancel or look up its jobs. */
export type JobRef = { readonly name: string; readonly options: Required<JobOptions> };

export type JobContext = { jobId: string; retryCount: number; retryLimit: number };

export type JobHandler<Data> = (data: Data, context: JobContext) => Promise<void>;

/** A definition with the code that runs it in this process (handlers get their dependencies when built). */
export type JobWorker = { definition: JobDefinition<unknown>; handler: JobHandler<unknown> };

const QUEUE_NAME = /^[a-z][a-z0-9-]{1,62}$/;

export function defineJob<Data>(name: string, schema: z.ZodType<Data>, options: JobOptions = {}): JobDefinition<Data> {
  // pg-boss creates one table partition per queue name; keep names short and plain.
  if (!QUEUE_NAME.test(name)) throw new Error(`Job name "${name}" must be lowercase letters, digits and dashes`);
  return {
    name,
    schema,
    options: {
      retryLimit: options.retryLimit ?? 3,
      retryDelaySeconds: options.retryDelaySeconds ?? 30,
      retryBackoff: options.retryBackoff ?? true,
      expireInSeconds: options.expireInSeconds ?? 15 * 60,
      policy: options.policy ?? "standard",
    },
  };
}

/** Pairs a definition with its handler, keeping the data type checked. */
export function jobWorker<Data>(definition: JobDefinition<Data>, handler: JobHandler<Data>): JobWorker {
  return { definition, handler } as unknown as JobWorker;
}
