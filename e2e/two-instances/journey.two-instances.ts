import pg from "pg";
import { Webhook } from "standardwebhooks";

import { openDatabase, type Database } from "../../lib/database/open-database";
import { env } from "../../lib/env";
import { syncJob } from "../../lib/ingest/schedule";
import { openJobQueue, type JobQueue } from "../../lib/jobs";
import { mdphDemande } from "../../lib/partners/testing/fixtures";
import { SANDBOX_SUBS } from "../../sandbox/identity-provider/people";
import { expect, test } from "../support/csp-violations";
import { people, signIn } from "../support/sign-in";

import { instanceUrls } from "./playwright.config";

// Two portal instances on one PostgreSQL (issue #17): a session started on one is valid on the
// other, a webhook delivered to both creates each notification once, an import run by a job on
// either instance is in the search of both within the snapshot refresh (about a second, ADR 0007),
// and the job runs once. Started by scripts/e2e-two-instances.mjs (see playwright.config.ts here).

const [portalA, portalB] = instanceUrls;
// The snapshot is checked at most once a second (ADR 0007); rendering on a busy 2-core machine adds the rest.
const SNAPSHOT_DELAY_MS = 5_000;

let database: Database;
let jobs: JobQueue;

test.beforeAll(async () => {
  const health = await (await fetch(`${portalB}/api/sante`)).json();
  expect(health).toMatchObject({ statut: "ok", baseDeDonnees: "postgres" });
  // The same database as the instances: the script names it in their environment, read back here.
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'portail_two_%' ORDER BY oid DESC LIMIT 1");
  await client.end();
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = `/${rows[0]?.datname}`;
  database = await openDatabase(url.toString());
  jobs = await openJobQueue(database, { pollingIntervalSeconds: 0.5 });
});

test.afterAll(async () => {
  await jobs?.stop(1_000);
  await database?.close();
});

test("two instances on one PostgreSQL share sessions, webhooks, imports and jobs", async ({ page }) => {
  await test.step("a person signs in on one instance and continues on the other", async () => {
    await signIn(page, people.jeanne, `${portalA}/connexion`);
    // localhost cookies are not tied to a port: instance B receives the same session cookie.
    await page.goto(`${portalB}/mes-demarches`);
    await expect(page.getByRole("heading", { level: 1, name: "Mes démarches" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: people.jeanne.name, includeHidden: true }).first()).toBeAttached();
  });

  await test.step("a webhook delivered to both instances at once creates one notification", async () => {
    const demande = mdphDemande({ personneSub: SANDBOX_SUBS.jeanneMartin, id: "MDPH-69-2026-TWO01" });
    const body = JSON.stringify({ type: "demande.mise-a-jour", date: new Date().toISOString(), resume: "Changement", demande });
    const id = `msg_two_instances_${Date.now()}`;
    const at = new Date();
    const headers = {
      "content-type": "application/json",
      "webhook-id": id,
      "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
      "webhook-signature": new Webhook(env().MDPH_EN_LIGNE_WEBHOOK_SECRET).sign(id, at, body),
    };
    const statuses = await Promise.all(
      [portalA, portalB].map(async (portal) => (await fetch(`${portal}/api/webhooks/mdph-en-ligne`, { method: "POST", headers, body })).status),
    );
    // One of them stores it (204); the other says it already has it (200), whichever came second.
    expect(statuses.sort()).toEqual([200, 204]);
    const person = await database.prisma.user.findUniqueOrThrow({ where: { subject: SANDBOX_SUBS.jeanneMartin } });
    const notifications = await database.prisma.notification.findMany({ where: { webhookDeliveryId: id, recipientUserId: person.id } });
    expect(notifications).toHaveLength(1);
    await page.goto(`${portalA}/mes-demarches/notifications`);
    await expect(page.getByText(notifications[0]?.title ?? "?").first()).toBeVisible();
  });

  await test.step("an import run by a job on either instance is in the search of both, and ran once", async () => {
    expect(await database.prisma.offer.count({ where: { source: "france-services" } })).toBe(0);
    const job = syncJob("france-services");
    const jobId = (await jobs.enqueue(job, {})) as string;
    await expect.poll(async () => (await jobs.getJob(job, jobId))?.state, { timeout: 30_000 }).toBe("completed");
    const imported = await database.prisma.offer.findFirstOrThrow({ where: { source: "france-services", listed: true, location: { latitude: { not: null }, longitude: { not: null } } }, include: { location: true } });
    // Searched around its own position: it is the nearest result, on the first page.
    const around = `lat=${imported.location?.latitude}&lon=${imported.location?.longitude}&rayon=5`;
    const finishedAt = Date.now();
    for (const portal of [portalA, portalB]) {
      await expect
        .poll(
          async () => {
            await page.goto(`${portal}/recherche?${around}`);
            return page.locator(`a[href*="/offres/${encodeURIComponent(imported.id)}"]`).count();
          },
          { timeout: SNAPSHOT_DELAY_MS, intervals: [250, 500, 1_000] },
        )
        .toBeGreaterThan(0);
    }
    test.info().annotations.push({ type: "import visible on both instances after", description: `${Date.now() - finishedAt} ms` });
    // Both instances run workers; the job still ran once: one attempt, one import.
    const runs = await database.prisma.syncRun.findMany({ where: { jobId } });
    expect(runs.map((run) => run.status)).toEqual(["succeeded"]);
    expect(await database.prisma.importRun.count({ where: { source: "france-services" } })).toBe(1);
  });
});
