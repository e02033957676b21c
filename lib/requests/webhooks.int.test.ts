import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { SMTPServer } from "smtp-server";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { env } from "@/lib/env";
import { openJobQueue, type JobQueue } from "@/lib/jobs";
import { createMandateService } from "@/lib/mandates";
import { mdphDemande, vtDemande } from "@/lib/partners/testing/fixtures";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";
import { SANDBOX_SUBS } from "@/sandbox/identity-provider/people";
import { startViaTrajectoire } from "@/sandbox/via-trajectoire/server";

import { notificationEmailJob, notificationEmailWorker, sendNotificationEmail } from "./notification-email";
import { listNotifications, markAllNotificationsRead, markNotificationRead } from "./notifications";
import { receiveWebhook, type WebhookDependencies } from "./webhooks";

// The webhook receiver (Standard Webhooks v1, ADR 0006): signature, replay,
// timestamp, invalid bodies, unknown people, older updates, notifications to
// the person and their aidants, e-mail copies, and a real delivery from the
// ViaTrajectoire stand-in.

const ANDRE = SANDBOX_SUBS.andreLefebvre;
const secret = env().MDPH_EN_LIGNE_WEBHOOK_SECRET;
const vtSecret = env().VIA_TRAJECTOIRE_WEBHOOK_SECRET;
let counter = 0;

function signedHeaders(body: string, options: { id?: string; at?: Date; key?: string } = {}): Headers {
  const id = options.id ?? `msg_test_${(counter += 1)}_${Date.now()}`;
  const at = options.at ?? new Date();
  return new Headers({
    "content-type": "application/json",
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(options.key ?? secret).sign(id, at, body),
  });
}

const event = (demande: unknown, type = "demande.mise-a-jour") => JSON.stringify({ type, date: "2026-12-01T10:04:00+01:00", resume: "Changement", demande });

describe.each(testEngines())("webhook receiver on %s", (engine) => {
  let database: Database;
  let deps: WebhookDependencies;
  let person: { id: string };
  let aidant: { id: string };
  let stranger: { id: string };

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const prisma = database.prisma;
    person = await prisma.user.create({ data: { subject: ANDRE, givenName: "André", familyName: "Lefebvre", email: "andre@example.org" } });
    aidant = await prisma.user.create({ data: { subject: "aidant-sub", givenName: "Claire", familyName: "Lefebvre", email: "claire@example.org" } });
    stranger = await prisma.user.create({ data: { subject: "stranger-sub", givenName: "Paul", familyName: "Durand", email: null } });
    const accepted = { codeExpiresAt: new Date(Date.now() + 86_400_000), acceptedAt: new Date() };
    await prisma.mandate.create({ data: { mandatorId: person.id, aidantId: aidant.id, aidantLabel: "Claire", scopes: ["voir-demarches", "recevoir-notifications"], ...accepted } });
    // A mandate without the notifications scope, and a revoked one: neither is notified.
    await prisma.mandate.create({ data: { mandatorId: person.id, aidantId: stranger.id, aidantLabel: "Paul", scopes: ["voir-demarches"], ...accepted } });
    const service = createMandateService(async () => prisma);
    deps = { listNotifiedAidants: service.listNotifiedAidants, smtpUrl: null };
  });
  afterAll(async () => {
    await database?.close();
  });

  const andreDemande = (overrides = {}) => mdphDemande({ personneSub: ANDRE, id: "MDPH-59-TEST-0001", ...overrides });

  it("accepts a signed delivery: stores the request and notifies the person and their aidant in one go", async () => {
    const body = event(andreDemande(), "demande.creee");
    const outcome = await receiveWebhook(database.prisma, "mdph-en-ligne", signedHeaders(body, { id: "msg_valid" }), body, deps);
    expect(outcome).toEqual({ status: 204 });
    const stored = await database.prisma.partnerRequest.findUniqueOrThrow({ where: { partner_externalId: { partner: "mdph-en-ligne", externalId: "MDPH-59-TEST-0001" } } });
    expect(stored.personSubject).toBe(ANDRE);
    const notifications = await database.prisma.notification.findMany({ where: { webhookDeliveryId: "msg_valid" }, orderBy: { recipientUserId: "asc" } });
    expect(notifications.map((notification) => notification.recipientUserId).sort()).toEqual([person.id, aidant.id].sort());
    const forAidant = notifications.find((notification) => notification.recipientUserId === aidant.id);
    expect(forAidant?.link).toBe(`/mes-demarches/mdph-en-ligne/MDPH-59-TEST-0001?pour=${person.id}`);
    expect(forAidant?.title).toContain("André Lefebvre");
    const own = notifications.find((notification) => notification.recipientUserId === person.id);
    expect(own).toMatchObject({ link: "/mes-demarches/mdph-en-ligne/MDPH-59-TEST-0001", title: "Nouvelle démarche sur MDPH en ligne" });
    expect(own?.body).toContain("Étude des besoins");
  });

  it("answers a replay of an accepted delivery with « déjà reçu » and changes nothing", async () => {
    const body = event(andreDemande({ titre: "Autre titre", misAJourLe: "2026-11-30T10:00:00+01:00" }));
    const before = await database.prisma.notification.count();
    const outcome = await receiveWebhook(database.prisma, "mdph-en-ligne", signedHeaders(body, { id: "msg_valid" }), body, deps);
    expect(outcome).toEqual({ status: 200, body: { statut: "deja-recu" } });
    expect(await database.prisma.notification.count()).toBe(before);
    const stored = await database.prisma.partnerRequest.findUniqueOrThrow({ where: { partner_externalId: { partner: "mdph-en-ligne", externalId: "MDPH-59-TEST-0001" } } });
    expect((stored.payload as { titre: string }).titre).not.toBe("Autre titre");
  });

  it.each([
    ["a bad signature", (body: string) => signedHeaders(body, { key: vtSecret })],
    ["a timestamp 6 minutes old", (body: string) => signedHeaders(body, { at: new Date(Date.now() - 6 * 60_000) })],
    ["a timestamp 6 minutes ahead", (body: string) => signedHeaders(body, { at: new Date(Date.now() + 6 * 60_000) })],
    ["no signature headers", () => new Headers({ "content-type": "application/json" })],
  ])("refuses %s with 401", async (_name, headersFor) => {
    const body = event(andreDemande({ misAJourLe: "2026-12-01T11:00:00+01:00" }));
    const before = await database.prisma.webhookDelivery.count();
    expect((await receiveWebhook(database.prisma, "mdph-en-ligne", headersFor(body), body, deps)).status).toBe(401);
    expect(await database.prisma.webhookDelivery.count()).toBe(before);
  });

  it("refuses a body signed for one partner and sent to the other", async () => {
    const body = event(andreDemande());
    expect((await receiveWebhook(database.prisma, "via-trajectoire", signedHeaders(body), body, deps)).status).toBe(401);
  });

  it.each([
    ["not JSON", "{oops"],
    ["outside the contract", JSON.stringify({ type: "demande.mise-a-jour", date: "2026-12-01T10:04:00+01:00", resume: "x", demande: { id: "MDPH-1" } })],
    ["an unknown event type", JSON.stringify({ type: "demande.supprimee", date: "2026-12-01T10:04:00+01:00", resume: "x", demande: mdphDemande({ personneSub: ANDRE }) })],
    ["a ViaTrajectoire record sent as MDPH en ligne", event(vtDemande({ personneSub: ANDRE }))],
  ])("refuses a body %s with 422", async (_name, body) => {
    expect((await receiveWebhook(database.prisma, "mdph-en-ligne", signedHeaders(body), body, deps)).status).toBe(422);
  });

  it("refuses a person unknown to the portal with 422, and stores nothing", async () => {
    const body = event(mdphDemande({ personneSub: "inconnu-sub", id: "MDPH-UNKNOWN-1" }));
    expect((await receiveWebhook(database.prisma, "mdph-en-ligne", signedHeaders(body), body, deps)).status).toBe(422);
    expect(await database.prisma.partnerRequest.count({ where: { externalId: "MDPH-UNKNOWN-1" } })).toBe(0);
  });

  it("ignores an update older than the stored copy: no overwrite, no notification", async () => {
    const newer = event(andreDemande({ etape: { code: "decision-cdaph", libelle: "Décision" }, misAJourLe: "2026-11-20T10:00:00+01:00" }));
    expect((await receiveWebhook(database.prisma, "mdph-en-ligne", signedHeaders(newer, { id: "msg_newer" }), newer, deps)).status).toBe(204);
    const older = event(andreDemande({ etape: { code: "recevabilite", libelle: "Recevabilité" }, misAJourLe: "2026-11-01T10:00:00+01:00" }));
    expect((await receiveWebhook(database.prisma, "mdph-en-ligne", signedHeaders(older, { id: "msg_older" }), older, deps)).status).toBe(204);
    const stored = await database.prisma.partnerRequest.findUniqueOrThrow({ where: { partner_externalId: { partner: "mdph-en-ligne", externalId: "MDPH-59-TEST-0001" } } });
    expect((stored.payload as { etape: { code: string } }).etape.code).toBe("decision-cdaph");
    expect(await database.prisma.notification.count({ where: { webhookDeliveryId: "msg_older" } })).toBe(0);
    expect(await database.prisma.webhookDelivery.count({ where: { id: "msg_older" } })).toBe(1);
  });

  it("keeps each person's notifications to themself: no reading or marking someone else's", async () => {
    const [ofPerson] = await listNotifications(database.prisma, person.id);
    expect(ofPerson).toBeDefined();
    const strangerView = await listNotifications(database.prisma, stranger.id);
    expect(strangerView.map((notification) => notification.id)).not.toContain(ofPerson?.id);
    expect(await markNotificationRead(database.prisma, stranger.id, ofPerson?.id as string)).toBe(false);
    expect(await markAllNotificationsRead(database.prisma, stranger.id)).toBe(0);
    expect((await listNotifications(database.prisma, person.id)).find((notification) => notification.id === ofPerson?.id)?.read).toBe(false);
    expect(await markNotificationRead(database.prisma, person.id, ofPerson?.id as string)).toBe(true);
    expect((await listNotifications(database.prisma, person.id)).find((notification) => notification.id === ofPerson?.id)?.read).toBe(true);
  });

  describe("e-mail copies (SMTP_URL set), sent by the job queue", () => {
    let smtp: SMTPServer;
    let smtpPort: number;
    let jobs: JobQueue;
    // What the worker reads when a job runs; the webhook only needs to know e-mail is on.
    let workerSmtpUrl = "";
    const mails: string[] = [];
    const mailDeps = () => ({ ...deps, smtpUrl: "smtp://mail.invalid", jobs });
    const emailJobsOf = (notificationIds: string[]) =>
      database.withRunner((runner) =>
        runner.query<{ state: string }>("SELECT state::text FROM pgboss.job WHERE name = $1 AND data->>'notificationId' = ANY($2::text[])", [
          notificationEmailJob.name,
          notificationIds,
        ]),
      );

    beforeAll(async () => {
      smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS"],
        logger: false,
        onData(stream, _session, callback) {
          let data = "";
          stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
          stream.on("end", () => {
            mails.push(data);
            callback();
          });
        },
      });
      await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
      smtpPort = (smtp.server.address() as AddressInfo).port;
      jobs = await openJobQueue(database, { pollingIntervalSeconds: 0.5 });
      await jobs.work([notificationEmailWorker({ getPrisma: async () => database.prisma, smtpUrl: () => workerSmtpUrl })]);
    });
    afterAll(async () => {
      await jobs?.stop(1_000);
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    });

    it("sends one e-mail per recipient with an address and records it", async () => {
      workerSmtpUrl = `smtp://127.0.0.1:${smtpPort}`;
      mails.length = 0;
      const body = event(andreDemande({ misAJourLe: "2026-11-25T10:00:00+01:00" }));
      const outcome = await receiveWebhook(database.prisma, "mdph-en-ligne", signedHeaders(body, { id: "msg_mail" }), body, mailDeps());
      expect(outcome.status).toBe(204);
      await expect.poll(() => mails.length, { timeout: 10_000 }).toBe(2);
      expect(mails.join("\n")).toMatch(/andre@example\.org/);
      expect(mails.join("\n")).toMatch(/claire@example\.org/);
      await expect
        .poll(async () => (await database.prisma.notification.findMany({ where: { webhookDeliveryId: "msg_mail" } })).every((notification) => notification.emailedAt !== null))
        .toBe(true);
    });

    it("keeps the notification when the mail server cannot be reached, retries, and sends exactly once when it is back", async () => {
      workerSmtpUrl = "smtp://127.0.0.1:9";
      mails.length = 0;
      const body = event(andreDemande({ misAJourLe: "2026-11-26T10:00:00+01:00" }));
      const outcome = await receiveWebhook(database.prisma, "mdph-en-ligne", signedHeaders(body, { id: "msg_mail_down" }), body, mailDeps());
      expect(outcome.status).toBe(204);
      const notifications = await database.prisma.notification.findMany({ where: { webhookDeliveryId: "msg_mail_down" } });
      expect(notifications).toHaveLength(2);
      const ids = notifications.map((notification) => notification.id);
      // Both attempts failed and wait for their retry (a minute later in production).
      await expect.poll(async () => (await emailJobsOf(ids)).map((job) => job.state), { timeout: 15_000 }).toEqual(["retry", "retry"]);
      expect((await database.prisma.notification.findMany({ where: { id: { in: ids } } })).every((notification) => notification.emailedAt === null)).toBe(true);

      // The server is back; fast-forward the retry delay instead of waiting for it.
      workerSmtpUrl = `smtp://127.0.0.1:${smtpPort}`;
      await database.withRunner((runner) => runner.query("UPDATE pgboss.job SET start_after = now() WHERE name = $1 AND state = 'retry'", [notificationEmailJob.name]));
      await expect.poll(() => mails.length, { timeout: 10_000 }).toBe(2);
      await expect.poll(async () => (await emailJobsOf(ids)).map((job) => job.state)).toEqual(["completed", "completed"]);

      // The same notification again (a replayed job, a second enqueue): no second e-mail.
      expect(await jobs.enqueue(notificationEmailJob, { notificationId: ids[0] as string }, { singletonKey: ids[0] as string })).toBeNull();
      expect(await sendNotificationEmail(database.prisma, workerSmtpUrl, ids[0] as string)).toBe("deja-envoye");
      expect(mails).toHaveLength(2);
    }, 40_000);

    it("enqueues no e-mail when SMTP_URL is not set", async () => {
      const body = event(andreDemande({ misAJourLe: "2026-11-27T10:00:00+01:00" }));
      const outcome = await receiveWebhook(database.prisma, "mdph-en-ligne", signedHeaders(body, { id: "msg_no_mail" }), body, { ...deps, smtpUrl: null, jobs });
      expect(outcome.status).toBe(204);
      const ids = (await database.prisma.notification.findMany({ where: { webhookDeliveryId: "msg_no_mail" } })).map((notification) => notification.id);
      expect(ids).toHaveLength(2);
      expect(await emailJobsOf(ids)).toEqual([]);
    });
  });

  it("receives a real delivery from the ViaTrajectoire stand-in after a status change", async () => {
    // A tiny HTTP front for the receiver, as the route handler does it: the partner signs and posts for real.
    const portal: Server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      req.on("end", () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
        void receiveWebhook(database.prisma, "via-trajectoire", headers, body, deps).then((outcome) => {
          res.writeHead(outcome.status, { "content-type": "application/json" });
          res.end(outcome.body ? JSON.stringify(outcome.body) : undefined);
        });
      });
    });
    await new Promise<void>((resolve) => portal.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(portal.address() as AddressInfo).port}/api/webhooks/via-trajectoire`;
    const vt = await startViaTrajectoire({ port: 0, log: () => undefined, webhook: { url, retryDelaysMs: [] } });
    try {
      const response = await fetch(`${vt.url}/sandbox/demandes/VT-2026-005120/avancer`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      const result = (await response.json()) as { webhook: { resultat: string; statutHttp?: number } };
      expect(result.webhook).toMatchObject({ resultat: "livre", statutHttp: 204 });
      const notifications = await database.prisma.notification.findMany({ where: { externalId: "VT-2026-005120", recipientUserId: person.id } });
      expect(notifications).toHaveLength(1);
      expect(await database.prisma.partnerRequest.count({ where: { partner: "via-trajectoire", externalId: "VT-2026-005120" } })).toBe(1);
    } finally {
      await vt.close();
      await new Promise((resolve) => portal.close(resolve));
    }
  });
});
