import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import type { Database } from "@/lib/database/open-database";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";

import { defineJob, jobWorker } from "./definition";
import { openJobQueue, type JobQueue } from "./queue";

// Fast polling keeps each case to a few seconds; retry delays are pg-boss's minimum (1 s).
const FAST = { pollingIntervalSeconds: 0.5 };
const payload = z.object({ label: z.string() });

describe.each(testEngines())("job queue on %s", (engine) => {
  let database: Database;
  const queues: JobQueue[] = [];
  async function open(): Promise<JobQueue> {
    const queue = await openJobQueue(database, FAST);
    queues.push(queue);
    return queue;
  }

  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    for (const queue of queues) await queue.stop(1_000);
    await database.close();
  });

  it("runs an enqueued job once, with its data", async () => {
    const job = defineJob("test-once", payload);
    const queue = await open();
    const seen: string[] = [];
    await queue.work([jobWorker(job, async (data) => void seen.push(data.label))]);
    const id = await queue.enqueue(job, { label: "bonjour" });
    await expect.poll(() => seen, { timeout: 8_000 }).toEqual(["bonjour"]);
    await expect.poll(async () => (await queue.getJob(job, id as string))?.state, { timeout: 5_000 }).toBe("completed");
    // Give a second poll the chance to pick it up again: it must not.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(seen).toEqual(["bonjour"]);
  });

  it("retries a failing job with backoff, then succeeds", async () => {
    const job = defineJob("test-retry", payload, { retryLimit: 3, retryDelaySeconds: 1, retryBackoff: true });
    const queue = await open();
    const attempts: number[] = [];
    await queue.work([
      jobWorker(job, async (_data, context) => {
        attempts.push(Date.now());
        if (context.retryCount < 2) throw new Error("SMTP down (test)");
      }),
    ]);
    const id = (await queue.enqueue(job, { label: "x" })) as string;
    await expect.poll(async () => (await queue.getJob(job, id))?.state, { timeout: 20_000 }).toBe("completed");
    expect(attempts).toHaveLength(3);
    const [first = 0, second = 0, third = 0] = attempts;
    // Backoff: each wait at least the configured delay, the second one longer than the minimum.
    expect(second - first).toBeGreaterThanOrEqual(900);
    expect(third - second).toBeGreaterThanOrEqual(900);
    expect((await queue.getJob(job, id))?.retryCount).toBe(2);
  }, 30_000);

  it("marks a job failed after its last retry, and never runs it again", async () => {
    const job = defineJob("test-fail", payload, { retryLimit: 1, retryDelaySeconds: 1, retryBackoff: false });
    const queue = await open();
    let attempts = 0;
    await queue.work([
      jobWorker(job, async () => {
        attempts += 1;
        throw new Error("always fails (test)");
      }),
    ]);
    const id = (await queue.enqueue(job, { label: "x" })) as string;
    await expect.poll(async () => (await queue.getJob(job, id))?.state, { timeout: 15_000 }).toBe("failed");
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(attempts).toBe(2);
  }, 25_000);

  it("keeps a job across a restart: a new queue on the same database runs it", async () => {
    const job = defineJob("test-restart", payload);
    const first = await openJobQueue(database, FAST);
    const id = (await first.enqueue(job, { label: "avant l'arrêt" })) as string;
    await first.stop(1_000);

    const second = await open();
    const seen: string[] = [];
    await second.work([jobWorker(job, async (data) => void seen.push(data.label))]);
    await expect.poll(() => seen, { timeout: 8_000 }).toEqual(["avant l'arrêt"]);
    expect((await second.getJob(job, id))?.state).toBe("completed");
  });

  it("never creates a second job for the same singleton key, even after the first ran", async () => {
    const job = defineJob("test-singleton", payload);
    const queue = await open();
    let runs = 0;
    const first = await queue.enqueue(job, { label: "a" }, { singletonKey: "notification-1" });
    const again = await queue.enqueue(job, { label: "a" }, { singletonKey: "notification-1" });
    expect(first).not.toBeNull();
    expect(again).toBeNull();
    await queue.work([jobWorker(job, async () => void (runs += 1))]);
    await expect.poll(async () => (await queue.getJob(job, first as string))?.state, { timeout: 8_000 }).toBe("completed");
    expect(await queue.enqueue(job, { label: "a" }, { singletonKey: "notification-1" })).toBeNull();
    const other = await queue.enqueue(job, { label: "b" }, { singletonKey: "notification-2" });
    expect(other).not.toBeNull();
    await expect.poll(() => runs, { timeout: 8_000 }).toBe(2);
  });

  it("cancels a waiting job by id and by singleton key: it never runs", async () => {
    const job = defineJob("test-cancel", payload);
    const queue = await open();
    const seen: string[] = [];
    const byId = (await queue.enqueue(job, { label: "par id" }, { startAfter: 2 })) as string;
    await queue.enqueue(job, { label: "par clé" }, { singletonKey: "k", startAfter: 2 });
    expect(await queue.cancel(job, { ids: [byId] })).toBe(1);
    expect(await queue.cancel(job, { singletonKey: "k" })).toBe(1);
    await queue.work([jobWorker(job, async (data) => void seen.push(data.label))]);
    await queue.enqueue(job, { label: "témoin" }, { startAfter: 2 });
    await expect.poll(() => seen, { timeout: 10_000 }).toEqual(["témoin"]);
    expect((await queue.getJob(job, byId))?.state).toBe("cancelled");
  }, 20_000);

  it("writes a job inside a Prisma transaction only if the transaction commits", async () => {
    const job = defineJob("test-transaction", payload);
    const queue = await open();
    await queue.prepare(job);
    const committed = await database.prisma.$transaction((tx) => queue.enqueue(job, { label: "gardé" }, { transaction: tx }));
    let rolledBack: string | null = null;
    await expect(
      database.prisma.$transaction(async (tx) => {
        rolledBack = await queue.enqueue(job, { label: "annulé" }, { transaction: tx });
        throw new Error("rollback (test)");
      }),
    ).rejects.toThrow("rollback (test)");
    expect(committed).not.toBeNull();
    expect(rolledBack).not.toBeNull();
    expect(await queue.getJob(job, committed as string)).not.toBeNull();
    expect(await queue.getJob(job, rolledBack as unknown as string)).toBeNull();
  });

  it("refuses data that does not match the job's schema when it is enqueued", async () => {
    const job = defineJob("test-schema", payload);
    const queue = await open();
    await expect(queue.enqueue(job, { label: 3 } as unknown as { label: string })).rejects.toThrow();
  });
});

describe.runIf(testEngines().includes("postgres"))("two queues on one PostgreSQL", () => {
  let database: Database;
  const queues: JobQueue[] = [];
  beforeAll(async () => {
    database = await createTestDatabase("postgres");
  });
  afterAll(async () => {
    for (const queue of queues) await queue.stop(1_000);
    await database.close();
  });

  it("process each job exactly once between them", async () => {
    const job = defineJob("test-two-workers", payload);
    const runs: Record<string, string[]> = {};
    for (const instance of ["a", "b"]) {
      const queue = await openJobQueue(database, FAST);
      queues.push(queue);
      await queue.work([
        jobWorker(job, async (data) => {
          (runs[data.label] ??= []).push(instance);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }),
      ]);
    }
    const [first] = queues as [JobQueue];
    const labels = Array.from({ length: 20 }, (_, index) => `job-${index}`);
    for (const label of labels) await first.enqueue(job, { label });
    await expect.poll(() => Object.keys(runs).length, { timeout: 20_000 }).toBe(20);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(labels.every((label) => runs[label]?.length === 1)).toBe(true);
    // Both took part (each polls, neither waits for the other).
    expect(new Set(Object.values(runs).flat()).size).toBe(2);
  }, 30_000);
});
