import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { openJobQueue, setPortalJobQueue, type JobQueue } from "@/lib/jobs";
import { mdphDemande, vtDemande } from "@/lib/partners/testing/fixtures";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";
import { partnerClient } from "@/sandbox/identity-provider/config";
import { SANDBOX_SUBS } from "@/sandbox/identity-provider/people";
import { startIdentityProvider, type RunningIdentityProvider } from "@/sandbox/identity-provider/server";
import { reservePort } from "@/sandbox/partner-kit/test-browser";
import { startMonEspaceSante, type RunningMonEspaceSante } from "@/sandbox/mon-espace-sante/server";
import { consentAtMes } from "@/sandbox/mon-espace-sante/test-pairing";

import { mesDeliveryWorker, mesJobScheduler } from "./jobs";
import { createMesService, type MesService } from "./service";
import { tokenKey } from "./token-crypto";

// The portal's side of Mon espace santé against the stand-in, on PGlite (and
// PostgreSQL when TEST_DATABASE_URL is set): pairing tokens stored encrypted,
// refresh, consent per flow (403 when MES refuses), idempotent sends, retries
// while MES is down, withdrawal and revocation from both sides.

const REDIRECT = "http://localhost:9/mon-compte/mon-espace-sante/retour";
const CLIENT = { clientId: "portail-int", clientSecret: "portail-int-secret-0123456789", redirectUris: [REDIRECT] };
const SUB = SANDBOX_SUBS.claireMoreau;

let idp: RunningIdentityProvider;
let mes: RunningMonEspaceSante;

beforeAll(async () => {
  const port = await reservePort();
  idp = await startIdentityProvider({ port: 0, clients: [partnerClient(`http://localhost:${port}`, "mes-int", "mes-int-secret", "Mon espace santé")] });
  mes = await startMonEspaceSante({ port, issuer: idp.issuer, clientId: "mes-int", clientSecret: "mes-int-secret", portalClient: CLIENT, log: () => {} });
});

afterAll(async () => {
  await mes?.close();
  await idp?.close();
});

const atMes = async () => (await (await fetch(`${mes.url}/sandbox/etat?personneSub=${SUB}`)).json()) as { agenda: { start: string; status: string; version: number }[]; documents: { description: string }[]; services: { flux: string[] }[] };
const outage = (active: boolean) => fetch(`${mes.url}/sandbox/panne`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ active }) });

describe.each(testEngines())("Mon espace santé link on %s", (engine) => {
  let database: Database;
  let service: MesService;
  let userId: string;
  let clock = new Date("2026-12-06T10:00:00Z");

  const storeRequest = async (partner: "mdph-en-ligne" | "via-trajectoire", payload: ReturnType<typeof mdphDemande> | ReturnType<typeof vtDemande>) => {
    await database.prisma.partnerRequest.upsert({
      where: { partner_externalId: { partner, externalId: payload.id } },
      create: { partner, externalId: payload.id, personSubject: SUB, payload, partnerUpdatedAt: new Date(payload.misAJourLe), receivedAt: clock },
      update: { payload, partnerUpdatedAt: new Date(payload.misAJourLe), receivedAt: clock },
    });
  };

  const pair = async (flows: ("agenda" | "documents")[]) => {
    const url = await service.startAuthorization(userId, flows);
    const back = await consentAtMes({ authorizeUrl: url, idpUrl: idp.url, sub: SUB, redirectUri: REDIRECT });
    return service.completeAuthorization(userId, SUB, back.href);
  };

  beforeAll(async () => {
    await fetch(`${mes.url}/sandbox/reinitialiser`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ personneSub: SUB }) });
    database = await createTestDatabase(engine);
    userId = (await database.prisma.user.create({ data: { subject: SUB, givenName: "Claire", familyName: "Moreau" } })).id;
    service = createMesService(async () => database.prisma, { url: mes.url, ...CLIENT, redirectUri: REDIRECT, tokenKey: tokenKey("an-auth-secret-for-the-integration-test") }, () => clock);
    await storeRequest("via-trajectoire", vtDemande({ personneSub: SUB }));
    await storeRequest("mdph-en-ligne", mdphDemande({ personneSub: SUB, etape: { code: "decision-cdaph", libelle: "Décision de la CDAPH" } }));
    // Migrating a fresh database takes long on a busy 2-core machine.
  }, 120_000);

  afterAll(async () => {
    await database?.close();
  });

  it("refuses a callback with someone else's or an unknown state", async () => {
    const stranger = (await database.prisma.user.create({ data: { subject: `other-${engine}`, givenName: "Paul", familyName: "Durand" } })).id;
    const url = await service.startAuthorization(stranger, ["agenda"]);
    const state = new URL(url).searchParams.get("state") ?? "";
    await expect(service.completeAuthorization(userId, SUB, `${REDIRECT}?code=x&state=${state}`)).rejects.toMatchObject({ code: "etat-inconnu" });
    await expect(service.completeAuthorization(userId, SUB, `${REDIRECT}?code=x&state=nope`)).rejects.toMatchObject({ code: "etat-inconnu" });
  });

  it("pairs for the agenda only, stores the tokens encrypted, and sends the dated next steps once", async () => {
    expect(await pair(["agenda"])).toEqual(["agenda"]);
    const stored = await database.prisma.mesPairing.findUniqueOrThrow({ where: { userId } });
    expect(stored.accessTokenEnc).toMatch(/^v1\./);
    expect(stored.flows).toEqual(["agenda"]);

    const outcomes = await service.sync(userId);
    expect(outcomes).toEqual([{ outcome: "sent" }, { outcome: "sent" }]);
    expect((await atMes()).agenda.map((event) => event.start).sort()).toEqual(["2027-01-15T09:00:00+01:00", "2027-02-15T09:00:00+01:00"]);
    expect((await atMes()).documents).toEqual([]);
    // Each send is in the person's data-sharing log (lib/audit), once.
    const logged = await database.prisma.dataDisclosure.findMany({ where: { userId } });
    expect(logged.map((entry) => [entry.recipient, entry.actorUserId])).toEqual([["mon-espace-sante", userId], ["mon-espace-sante", userId]]);
    expect(logged.every((entry) => entry.what.startsWith("événement d'agenda : "))).toBe(true);
    // Nothing changed: nothing is sent again.
    expect(await service.sync(userId)).toEqual([]);
    expect(await database.prisma.dataDisclosure.count({ where: { userId } })).toBe(2);
  });

  it("moves the event when the partner changes the date, and refreshes an expired access token on the way", async () => {
    await database.prisma.mesPairing.update({ where: { userId }, data: { accessExpiresAt: new Date(clock.getTime() - 1000) } });
    const before = (await database.prisma.mesPairing.findUniqueOrThrow({ where: { userId } })).refreshTokenEnc;
    await storeRequest("via-trajectoire", vtDemande({ personneSub: SUB, prochaineEtape: { libelle: "Réponse de l'établissement", dateEstimee: "2027-03-01" }, misAJourLe: "2026-12-05T10:00:00+01:00" }));
    expect(await service.sync(userId)).toEqual([{ outcome: "sent" }]);
    const agenda = (await atMes()).agenda;
    expect(agenda).toHaveLength(2);
    expect(agenda.find((event) => event.start.startsWith("2027-03-01"))?.version).toBe(2);
    expect((await database.prisma.mesPairing.findUniqueOrThrow({ where: { userId } })).refreshTokenEnc).not.toBe(before);
  });

  it("keeps a document « en attente » while MES is down, retries with backoff, then delivers it once", async () => {
    expect(await pair(["agenda", "documents"])).toEqual(["agenda", "documents"]);
    await storeRequest("mdph-en-ligne", mdphDemande({
      personneSub: SUB,
      etape: { code: "notification", libelle: "Notification" },
      droits: [{ code: "AAH", libelle: "Allocation aux adultes handicapés", decision: { resultat: "accorde", date: "2026-12-05", finValidite: "2031-12-04" } }],
      misAJourLe: "2026-12-05T11:00:00+01:00",
    }));
    await outage(true);
    const down = await service.sync(userId);
    expect(down.map((outcome) => outcome.outcome)).toEqual(["retry", "retry"]);
    const pending = await service.view(userId);
    expect(pending.items.filter((item) => item.state === "en-attente").map((item) => item.title).sort()).toEqual([
      "Décision de la CDAPH du 5 décembre 2026",
      "Envoi de la décision — Demande d'allocation aux adultes handicapés et de carte mobilité inclusion",
    ]);
    await outage(false);
    // Not due yet: the backoff holds the next try.
    expect(await service.sync(userId)).toEqual([]);
    clock = new Date(clock.getTime() + 6_000);
    expect(await service.sync(userId)).toEqual([{ outcome: "sent" }, { outcome: "sent" }]);
    expect(await service.sync(userId)).toEqual([]);
    const held = await atMes();
    expect(held.documents.map((document) => document.description)).toEqual(["Décision de la CDAPH du 5 décembre 2026"]);
    // The MDPH event is cancelled now that the decision is notified.
    expect(held.agenda.map((event) => event.status).sort()).toEqual(["cancelled", "proposed"]);
  });

  it("gives up on a flow MES refuses with 403, and sends nothing once the person withdraws the agenda", async () => {
    await service.narrowFlows(userId, ["agenda"]);
    expect((await atMes()).services[0]?.flux).toEqual(["agenda"]);
    // A portal that still believed in the documents consent hears 403 and stops.
    await database.prisma.mesPairing.update({ where: { userId }, data: { flows: ["agenda", "documents"] } });
    await database.prisma.mesItem.updateMany({ where: { userId, flow: "documents" }, data: { fingerprint: "changed" } });
    const refused = await service.sync(userId);
    expect(refused).toEqual([{ outcome: "give-up", reason: "HTTP 403: Consent not given, access refused" }]);
    expect((await database.prisma.mesPairing.findUniqueOrThrow({ where: { userId } })).flows).toEqual(["agenda"]);

    await service.narrowFlows(userId, []);
    await storeRequest("via-trajectoire", vtDemande({ personneSub: SUB, prochaineEtape: { libelle: "Réponse de l'établissement", dateEstimee: "2027-04-01" }, misAJourLe: "2026-12-06T10:00:00+01:00" }));
    expect(await service.sync(userId)).toEqual([]);
    expect((await atMes()).agenda.some((event) => event.start.startsWith("2027-04-01"))).toBe(false);
  });

  it("ends the pairing when the person disconnects it at MES", async () => {
    await pair(["agenda"]);
    mes.store.revokeGrant(SUB, CLIENT.clientId);
    await storeRequest("via-trajectoire", vtDemande({ personneSub: SUB, prochaineEtape: { libelle: "Réponse de l'établissement", dateEstimee: "2027-05-01" }, misAJourLe: "2026-12-06T11:00:00+01:00" }));
    const outcomes = await service.sync(userId);
    expect(outcomes.map((outcome) => outcome.outcome)).toEqual(["give-up"]);
    expect((await service.view(userId)).pairing).toMatchObject({ connected: false, endedBy: "mes" });
  });

  it("sends everything planned again after a new pairing (MES may hold nothing of before)", async () => {
    await fetch(`${mes.url}/sandbox/reinitialiser`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ personneSub: SUB }) });
    await pair(["agenda"]);
    expect((await service.sync(userId)).length).toBeGreaterThan(0);
    expect((await atMes()).agenda.map((event) => event.start)).toContain("2027-05-01T09:00:00+02:00");
  });
});

describe.each(testEngines())("Mon espace santé deliveries on the job queue on %s", (engine) => {
  const HELENE = SANDBOX_SUBS.heleneRoux;
  let database: Database;
  let queue: JobQueue;
  let service: MesService;
  let userId: string;
  const heldAtMes = async () => (await (await fetch(`${mes.url}/sandbox/etat?personneSub=${HELENE}`)).json()) as { agenda: { start: string; version: number }[] };
  const storeVt = (dateEstimee: string, misAJourLe: string) => {
    const payload = vtDemande({ personneSub: HELENE, prochaineEtape: { libelle: "Réponse de l'établissement", dateEstimee }, misAJourLe });
    return database.prisma.partnerRequest.upsert({
      where: { partner_externalId: { partner: "via-trajectoire", externalId: payload.id } },
      create: { partner: "via-trajectoire", externalId: payload.id, personSubject: HELENE, payload, partnerUpdatedAt: new Date(misAJourLe), receivedAt: new Date() },
      update: { payload, partnerUpdatedAt: new Date(misAJourLe) },
    });
  };

  beforeAll(async () => {
    await fetch(`${mes.url}/sandbox/reinitialiser`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ personneSub: HELENE }) });
    database = await createTestDatabase(engine);
    queue = await openJobQueue(database, { pollingIntervalSeconds: 0.5 });
    setPortalJobQueue(queue);
    userId = (await database.prisma.user.create({ data: { subject: HELENE, givenName: "Hélène", familyName: "Roux" } })).id;
    service = createMesService(async () => database.prisma, { url: mes.url, ...CLIENT, redirectUri: REDIRECT, tokenKey: tokenKey("an-auth-secret-for-the-integration-test") }, undefined, mesJobScheduler);
    await queue.work([mesDeliveryWorker(() => service)]);
    const url = await service.startAuthorization(userId, ["agenda"]);
    await service.completeAuthorization(userId, HELENE, (await consentAtMes({ authorizeUrl: url, idpUrl: idp.url, sub: HELENE, redirectUri: REDIRECT })).href);
  }, 120_000);

  afterAll(async () => {
    await queue?.stop(1_000);
    setPortalJobQueue(undefined);
    await database?.close();
  });

  it("retries while MES is down, then delivers once; a repeated sync makes no second job", async () => {
    await storeVt("2027-01-15", "2026-12-01T10:00:00+01:00");
    await outage(true);
    await service.sync(userId);
    await expect.poll(async () => (await database.prisma.mesItem.findFirst({ where: { userId } }))?.attempts ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    expect((await service.view(userId)).items.map((item) => item.state)).toEqual(["en-attente"]);
    await outage(false);
    await service.sync(userId);
    await expect.poll(async () => (await service.view(userId)).items.map((item) => item.state), { timeout: 15_000 }).toEqual(["envoye"]);
    await service.sync(userId);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await heldAtMes()).agenda.map((event) => event.version)).toEqual([1]);
  }, 40_000);

  it("shows an item « non envoyé » once the queue gave up, and sends it once, as a new job, when the person asks again", async () => {
    await outage(true);
    await storeVt("2027-01-20", "2026-12-01T12:00:00+01:00");
    await service.sync(userId);
    await expect.poll(async () => (await database.prisma.mesItem.findFirst({ where: { userId } }))?.attempts ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    const item = await database.prisma.mesItem.findFirstOrThrow({ where: { userId } });
    // What the worker does after the queue's last retry (jobs.test.ts proves when it calls it).
    await service.markFailed(item.id, "fetch failed");
    expect((await service.view(userId)).items.map((entry) => entry.state)).toEqual(["echoue"]);
    await outage(false);
    // The old job's next retry finds nothing to send, and a visit of the page sends nothing either.
    await service.sync(userId);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect((await service.view(userId)).items.map((entry) => entry.state)).toEqual(["echoue"]);
    expect((await heldAtMes()).agenda.map((event) => event.start)).toEqual(["2027-01-15T09:00:00+01:00"]);

    expect(await service.retryFailed(userId)).toBe(1);
    await expect.poll(async () => (await service.view(userId)).items.map((entry) => entry.state), { timeout: 15_000 }).toEqual(["envoye"]);
    expect((await heldAtMes()).agenda.map((event) => [event.start, event.version])).toEqual([["2027-01-20T09:00:00+01:00", 2]]);
    expect(await service.retryFailed(userId)).toBe(0);
  }, 60_000);

  it("cancels the queued delivery at once when the person withdraws consent", async () => {
    await outage(true);
    await storeVt("2027-02-20", "2026-12-02T10:00:00+01:00");
    await service.sync(userId);
    await service.narrowFlows(userId, []);
    await outage(false);
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    // MES still holds the date sent before the withdrawal.
    expect((await heldAtMes()).agenda.map((event) => event.start)).toEqual(["2027-01-20T09:00:00+01:00"]);
    expect((await service.view(userId)).items.map((item) => item.state)).toEqual(["annule"]);
  }, 20_000);
});
