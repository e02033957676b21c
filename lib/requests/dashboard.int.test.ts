import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { mdphEnLigneApiConfig } from "@/lib/partners/mdph-en-ligne/client";
import { viaTrajectoireApiConfig } from "@/lib/partners/via-trajectoire/client";
import { insertOffers } from "@/lib/testing/catalogue-fixtures";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";
import { SANDBOX_SUBS } from "@/sandbox/identity-provider/people";
import { startMdphEnLigne } from "@/sandbox/mdph-en-ligne/server";
import { startViaTrajectoire } from "@/sandbox/via-trajectoire/server";

import { loadDashboard, loadFollowedRequest, type DashboardOptions } from "./dashboard";
import type { FollowedRequest } from "./domain";

// The dashboard service against the real partner stand-ins (ADR 0006 API over
// HTTP, port 0): success, a partner stopped (last known state, dated), recovery.

const NADIA = SANDBOX_SUBS.nadiaHaddad;
const ANDRE = SANDBOX_SUBS.andreLefebvre;
const NADIA_VT = "VT-2026-008840";
const NADIA_MDPH = "MDPH-67-2026-006120";
const ANDRE_VT = "VT-2026-005120";
const silent = () => {};
const noWebhooks = { url: "http://127.0.0.1:9/unused", retryDelaysMs: [] };

type ViaTrajectoireServer = Awaited<ReturnType<typeof startViaTrajectoire>>;
type MdphServer = Awaited<ReturnType<typeof startMdphEnLigne>>;

describe.each(testEngines())("dashboard service on %s", (engine) => {
  let database: Database;
  let vt: ViaTrajectoireServer;
  let mdph: MdphServer;
  let options: DashboardOptions;

  const startMdph = async () => {
    mdph = await startMdphEnLigne({ port: 0, log: silent, webhook: noWebhooks });
    options = { ...options, apis: { ...options.apis, "mdph-en-ligne": mdphEnLigneApiConfig({ baseUrl: mdph.url }) } };
  };

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    vt = await startViaTrajectoire({ port: 0, log: silent, webhook: noWebhooks });
    options = { apis: { "via-trajectoire": viaTrajectoireApiConfig({ baseUrl: vt.url }) } };
    await startMdph();
  });
  afterAll(async () => {
    await Promise.allSettled([vt?.close(), mdph?.close()]);
    await database?.close();
  });

  const ids = (requests: FollowedRequest[]) => requests.map((request) => request.id).sort();
  /** Nadia's requests as both stand-ins hold them. */
  const nadiaIds = () => [...vt.store.requestsFor(NADIA).own, ...mdph.store.requestsFor(NADIA).own].map((request) => request.id).sort();

  it("reads both partners, stores each request and the read's date", async () => {
    const now = new Date("2026-12-01T09:04:00Z");
    const dashboard = await loadDashboard(database.prisma, NADIA, { ...options, now });
    expect(ids(dashboard.requests)).toEqual(nadiaIds());
    expect(ids(dashboard.requests)).toEqual(expect.arrayContaining([NADIA_MDPH, NADIA_VT]));
    expect(dashboard.partners).toEqual([
      { partner: "mdph-en-ligne", available: true, checkedAt: now.toISOString() },
      { partner: "via-trajectoire", available: true, checkedAt: now.toISOString() },
    ]);
    expect(dashboard.requests.every((request) => request.personSubject === NADIA)).toBe(true);
    const vtRequest = dashboard.requests.find((request) => request.id === NADIA_VT);
    expect(vtRequest?.handoverUrl).toMatch(new RegExp(`/demandes/${NADIA_VT}$`));
    expect(vtRequest?.timeline.length).toBeGreaterThan(1);
    expect(await database.prisma.partnerRequest.count({ where: { personSubject: NADIA } })).toBe(nadiaIds().length);
    const syncs = await database.prisma.partnerSync.findMany({ where: { personSubject: NADIA }, orderBy: { partner: "asc" } });
    expect(syncs.map((sync) => sync.lastSuccessAt?.toISOString())).toEqual([now.toISOString(), now.toISOString()]);
  });

  it("orders « à faire » first, then in progress, then closed", async () => {
    const dashboard = await loadDashboard(database.prisma, NADIA, options);
    const rank = { "a-faire": 0, "en-cours": 1, termine: 2 } as const;
    const groups = dashboard.requests.map((request) => rank[request.group]);
    expect(groups).toEqual([...groups].sort());
  });

  it("links a ViaTrajectoire request to the catalogue offer of its establishment (FINESS ET)", async () => {
    const finess = (await vt.store.get(NADIA_VT))?.etablissement.finess as string;
    await insertOffers(database.prisma, [{ id: "ror--bergerie", latitude: 48.58, longitude: 7.75, typeSlug: "ssiad", groupSlug: "vivre-a-domicile" }]);
    await database.prisma.structure.update({ where: { id: "st-ror--bergerie" }, data: { finessEt: finess } });
    const dashboard = await loadDashboard(database.prisma, NADIA, options);
    expect(dashboard.requests.find((request) => request.id === NADIA_VT)?.offerPath).toBe("/offres/ror--bergerie");
    expect(dashboard.requests.find((request) => request.id === NADIA_MDPH)?.offerPath).toBeNull();
  });

  it("shows the last known copies with their date when a partner is stopped, then recovers by itself", async () => {
    const lastSuccess = new Date("2026-12-01T09:04:00Z");
    await loadDashboard(database.prisma, NADIA, { ...options, now: lastSuccess });
    await mdph.close();

    const down = await loadDashboard(database.prisma, NADIA, { ...options, now: new Date("2026-12-01T10:00:00Z") });
    expect(down.partners.find((state) => state.partner === "mdph-en-ligne")).toEqual({ partner: "mdph-en-ligne", available: false, lastSuccessAt: lastSuccess.toISOString() });
    expect(down.partners.find((state) => state.partner === "via-trajectoire")?.available).toBe(true);
    const expected = nadiaIds();
    expect(ids(down.requests)).toEqual(expected);
    const sync = await database.prisma.partnerSync.findUniqueOrThrow({ where: { partner_personSubject: { partner: "mdph-en-ligne", personSubject: NADIA } } });
    expect(sync.lastFailureAt?.toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(sync.lastError).toMatch(/PartnerUnavailableError/);

    // A single request's page answers from the stored copy as well.
    const detail = await loadFollowedRequest(database.prisma, NADIA, "mdph-en-ligne", NADIA_MDPH, options);
    expect(detail?.state.available).toBe(false);
    expect(detail?.request.id).toBe(NADIA_MDPH);

    await startMdph();
    const back = await loadDashboard(database.prisma, NADIA, options);
    expect(back.partners.every((state) => state.available)).toBe(true);
    expect(ids(back.requests)).toEqual(expected);
  });

  it("treats a simulated outage (503) for one person only as that person's partner being down", async () => {
    mdph.outage.set(true, NADIA);
    try {
      const nadia = await loadDashboard(database.prisma, NADIA, options);
      const andre = await loadDashboard(database.prisma, ANDRE, options);
      expect(nadia.partners.find((state) => state.partner === "mdph-en-ligne")?.available).toBe(false);
      expect(andre.partners.every((state) => state.available)).toBe(true);
    } finally {
      mdph.outage.set(false, NADIA);
    }
  });

  it("gives up on a partner that does not answer within the timeout", async () => {
    const hanging: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`;
      const started = Date.now();
      const dashboard = await loadDashboard(database.prisma, NADIA, { apis: { ...options.apis, "via-trajectoire": viaTrajectoireApiConfig({ baseUrl: url, timeoutMs: 300 }) } });
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(dashboard.partners.find((state) => state.partner === "via-trajectoire")?.available).toBe(false);
      expect(ids(dashboard.requests)).toContain(NADIA_VT);
    } finally {
      hanging.closeAllConnections();
      await new Promise((resolve) => hanging.close(resolve));
    }
  });

  it("keeps a newer stored copy (e.g. from a webhook) over an older partner answer", async () => {
    const row = await database.prisma.partnerRequest.findUniqueOrThrow({ where: { partner_externalId: { partner: "via-trajectoire", externalId: NADIA_VT } } });
    const newer = { ...(row.payload as Record<string, unknown>), titre: "Copie plus récente", misAJourLe: "2099-01-01T00:00:00+01:00" };
    await database.prisma.partnerRequest.update({ where: { id: row.id }, data: { payload: newer, partnerUpdatedAt: new Date("2099-01-01T00:00:00+01:00") } });
    const dashboard = await loadDashboard(database.prisma, NADIA, options);
    expect(dashboard.requests.find((request) => request.id === NADIA_VT)?.title).toBe("Copie plus récente");
    const after = await database.prisma.partnerRequest.findUniqueOrThrow({ where: { id: row.id } });
    expect((after.payload as { titre: string }).titre).toBe("Copie plus récente");
  });

  it("never gives one person's request to another, by id, with the partner up or down", async () => {
    expect(await loadFollowedRequest(database.prisma, ANDRE, "via-trajectoire", NADIA_VT, options)).toBeNull();
    expect(await loadFollowedRequest(database.prisma, NADIA, "via-trajectoire", "VT-0000-INCONNU", options)).toBeNull();
    expect((await loadFollowedRequest(database.prisma, ANDRE, "via-trajectoire", ANDRE_VT, options))?.request.id).toBe(ANDRE_VT);
    vt.outage.set(true);
    try {
      expect(await loadFollowedRequest(database.prisma, ANDRE, "via-trajectoire", NADIA_VT, options)).toBeNull();
      expect((await loadFollowedRequest(database.prisma, NADIA, "via-trajectoire", NADIA_VT, options))?.state.available).toBe(false);
    } finally {
      vt.outage.set(false);
    }
  });
});
