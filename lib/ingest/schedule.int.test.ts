import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { jobWorker, openJobQueue, type JobQueue } from "@/lib/jobs";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";
import { startCataloguePartners, type CataloguePartners } from "@/sandbox/catalogue-generator/partners";

import { ingestConfigFromEnv, type IngestConfig } from "./config";
import { runScheduledSync, syncJob } from "./schedule";
import { loadSyncStatus } from "./sync-status";

// A scheduled sync as the job queue runs it: recorded in SyncRun, visible in the status, a failed
// attempt reported and retried, and on PGlite the import isolated from the portal's other queries.

describe.each(testEngines())("scheduled catalogue syncs on %s", (engine) => {
  let database: Database;
  let partners: CataloguePartners;
  let jobs: JobQueue;
  let config: IngestConfig;
  const schedule = { rorEveryMinutes: 15, dailyAt: "03:30" };

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    partners = await startCataloguePartners({ offers: 200, ports: { ror: 0, mba: 0, datagouv: 0 } });
    jobs = await openJobQueue(database, { pollingIntervalSeconds: 0.5 });
  });
  afterAll(async () => {
    await jobs?.stop(1_000);
    await partners?.close();
    await database?.close();
  });

  it("runs a sync job, records the run and shows it as the source's last run", async () => {
    config = ingestConfigFromEnv(partners.env);
    const dependencies = { getDatabase: async () => database, config: () => config };
    const job = syncJob("ror");
    await jobs.work([jobWorker(job, async (_data, context) => void (await runScheduledSync("ror", context, dependencies)))]);
    const id = (await jobs.enqueue(job, {})) as string;
    await expect.poll(async () => (await jobs.getJob(job, id))?.state, { timeout: 20_000 }).toBe("completed");

    const [run] = await database.prisma.syncRun.findMany({ where: { source: "ror" } });
    expect(run).toMatchObject({ jobId: id, attempt: 1, status: "succeeded", willRetry: false, error: null });
    expect(await database.prisma.offer.count({ where: { source: "ror" } })).toBeGreaterThan(0);
    const status = await loadSyncStatus(database.prisma, schedule);
    expect(status.find((entry) => entry.source === "ror")).toMatchObject({
      cron: "*/15 * * * *",
      lastRun: { trigger: "planifiee", status: "reussie", attempt: 1, counts: { mode: "full", read: 200 } },
    });
    // Sources never synced have no last run (and say so on the page).
    expect(status.find((entry) => entry.source === "mba")?.lastRun).toBeNull();
  }, 40_000);

  it("records a failed attempt, keeps the catalogue, and leaves the job to be retried", async () => {
    const broken = ingestConfigFromEnv({ ...partners.env, MBA_API_BASE_URL: "http://127.0.0.1:9", INGEST_HTTP_RETRIES: "0", INGEST_HTTP_TIMEOUT_MS: "500" });
    const job = syncJob("mba");
    await jobs.work([jobWorker(job, async (_data, context) => void (await runScheduledSync("mba", context, { getDatabase: async () => database, config: () => broken })))]);
    const rorOffers = await database.prisma.offer.count({ where: { source: "ror" } });
    const id = (await jobs.enqueue(job, {})) as string;
    await expect.poll(async () => (await jobs.getJob(job, id))?.state, { timeout: 20_000 }).toBe("retry");

    const run = await database.prisma.syncRun.findFirstOrThrow({ where: { source: "mba" } });
    expect(run).toMatchObject({ jobId: id, attempt: 1, status: "failed", willRetry: true });
    // The operator's detail; the public pages show a French sentence instead (never the URL).
    expect(run.error).toMatch(/127\.0\.0\.1:9/);
    // The import's own failure report was saved too (on PGlite, after the rollback to its savepoint).
    expect(await database.prisma.importRun.findFirst({ where: { source: "mba", status: "failed" } })).not.toBeNull();
    expect(await database.prisma.offer.count({ where: { source: "ror" } })).toBe(rorOffers);
    const status = await loadSyncStatus(database.prisma, schedule);
    expect(status.find((entry) => entry.source === "mba")?.lastRun).toMatchObject({ trigger: "planifiee", status: "echouee", willRetry: true });
  }, 40_000);

  it("a run by hand after a scheduled one is the source's last run", async () => {
    const { runImport } = await import("./run-import");
    const { sourceById } = await import("./registry");
    await runImport(database, sourceById("ror")!, config);
    const status = await loadSyncStatus(database.prisma, null);
    expect(status.find((entry) => entry.source === "ror")).toMatchObject({ cron: null, lastRun: { trigger: "manuelle", status: "reussie" } });
  }, 30_000);
});
