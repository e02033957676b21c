import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";

import { logoutSigningKey } from "./logout-token";
import { createSessionService, ENDED_SESSION_RETENTION_DAYS, type SessionService } from "./service";
import { tellPartnersOfExpiredSessions, type LogoutPartner } from "./single-logout";

// An invented person (same name as the sandbox identity provider's).
const claire = { id: "user-claire", subject: "sub-claire", givenName: "Claire", familyName: "Moreau", email: null };
const MINUTE = 60_000;

describe.each(testEngines())("portal sessions on %s", (engine) => {
  let database: Database;
  let prisma: PrismaClient;
  let now: Date;
  let limits: { idleMinutes: number; maxHours: number };
  let sessions: SessionService;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    prisma = database.prisma;
  });
  afterAll(async () => database?.close());

  beforeEach(async () => {
    await prisma.user.deleteMany({ where: { id: claire.id } });
    await prisma.user.create({ data: claire });
    now = new Date("2026-12-06T08:00:00Z");
    limits = { idleMinutes: 30, maxHours: 8 };
    sessions = createSessionService(async () => prisma, () => now, () => limits);
  });

  const later = (minutes: number) => {
    now = new Date(now.getTime() + minutes * MINUTE);
  };

  it("a new session is active for its owner, and lastSeenAt is written at most once a minute", async () => {
    const id = await sessions.start(claire.id, "idp-sid-1");
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await sessions.check(id)).toEqual({ active: true, userId: claire.id, idpSid: "idp-sid-1" });
    later(0.5);
    await sessions.check(id);
    expect((await prisma.portalSession.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(new Date("2026-12-06T08:00:00Z"));
    later(1);
    await sessions.check(id);
    expect((await prisma.portalSession.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(now);
  });

  it("activity keeps it alive; idle longer than SESSION_IDLE_MINUTES ends it for good", async () => {
    limits = { idleMinutes: 5, maxHours: 8 };
    const id = await sessions.start(claire.id, null);
    later(4);
    expect((await sessions.check(id)).active).toBe(true);
    later(4);
    expect((await sessions.check(id)).active).toBe(true);
    later(5);
    expect(await sessions.check(id)).toEqual({ active: false, reason: "inactivite" });
    const row = await prisma.portalSession.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ endReason: "inactivite", endedAt: now });
    // Raising the limit afterwards does not bring it back.
    limits = { idleMinutes: 600, maxHours: 8 };
    expect(await sessions.check(id)).toEqual({ active: false, reason: "inactivite" });
  });

  it("ends after SESSION_MAX_HOURS even when used every minute", async () => {
    limits = { idleMinutes: 30, maxHours: 1 };
    const id = await sessions.start(claire.id, null);
    for (let step = 0; step < 5; step += 1) {
      later(11);
      expect((await sessions.check(id)).active).toBe(true);
    }
    later(6);
    expect(await sessions.check(id)).toEqual({ active: false, reason: "duree-maximale" });
  });

  it("sign-out ends it (a copied cookie is worth nothing) and reports the hand-overs", async () => {
    const id = await sessions.start(claire.id, "idp-sid-2");
    await sessions.recordHandover(id, "via-trajectoire");
    later(2);
    await sessions.recordHandover(id, "mdph-en-ligne");
    await sessions.recordHandover(id, "via-trajectoire");
    expect(await sessions.end(id, "deconnexion")).toEqual({ idpSid: "idp-sid-2", visited: ["via-trajectoire", "mdph-en-ligne"] });
    expect(await sessions.check(id)).toEqual({ active: false, reason: "deconnexion" });
    await sessions.saveLogoutOutcome(id, { "via-trajectoire": "fermee", "mdph-en-ligne": "injoignable" });
    expect(await sessions.signedOutSummary(id)).toEqual({ visited: ["via-trajectoire", "mdph-en-ligne"], outcome: { "via-trajectoire": "fermee", "mdph-en-ligne": "injoignable" } });
    later(16);
    expect(await sessions.signedOutSummary(id)).toBeNull();
  });

  it("the signed-out summary is only for sessions ended by sign-out", async () => {
    limits = { idleMinutes: 1, maxHours: 8 };
    const id = await sessions.start(claire.id, null);
    later(2);
    await sessions.check(id);
    expect(await sessions.signedOutSummary(id)).toBeNull();
    expect(await sessions.signedOutSummary("unknown-id")).toBeNull();
  });

  it("the sweep ends idle sessions and tells the partners each was handed over to, once; signed-out and active ones are left", async () => {
    const partners: LogoutPartner[] = [
      { partner: "via-trajectoire", clientId: "vt-client", backchannelLogoutUrl: "http://vt.test/deconnexion/canal-arriere", signOutUrl: "http://vt.test/deconnexion" },
      { partner: "mdph-en-ligne", clientId: "mdph-client", backchannelLogoutUrl: "http://mdph.test/deconnexion/canal-arriere", signOutUrl: "http://mdph.test/deconnexion" },
    ];
    const posted: { url: string; sid: unknown }[] = [];
    const fakeFetch = (async (url: string | URL | Request, init?: RequestInit) => {
      const token = new URLSearchParams(String(init?.body)).get("logout_token") ?? "";
      posted.push({ url: String(url), sid: JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()).sid });
      return new Response(null, { status: 200 });
    }) as typeof fetch;
    const key = await logoutSigningKey({ authSecret: "a-local-secret-of-at-least-32-characters" });
    const sweep = () => tellPartnersOfExpiredSessions({ sessions, partners, issuer: "http://portal.test", key: async () => key, fetch: fakeFetch });

    const leftAtVt = await sessions.start(claire.id, "sid-left-at-vt");
    await sessions.recordHandover(leftAtVt, "via-trajectoire");
    const seenAgain = await sessions.start(claire.id, "sid-seen-again");
    await sessions.recordHandover(seenAgain, "mdph-en-ligne");
    const neverHandedOver = await sessions.start(claire.id, "sid-portal-only");
    const signedOut = await sessions.start(claire.id, "sid-signed-out");
    await sessions.recordHandover(signedOut, "mdph-en-ligne");
    const stillUsed = await sessions.start(claire.id, "sid-still-used");
    await sessions.recordHandover(stillUsed, "via-trajectoire");
    await sessions.end(signedOut, "deconnexion");
    await sessions.saveLogoutOutcome(signedOut, { "mdph-en-ligne": "fermee" });
    later(20);
    await sessions.check(stillUsed);
    later(15);
    // One expiry is first seen by a request (the person came back), the others only by the sweep.
    expect(await sessions.check(seenAgain)).toEqual({ active: false, reason: "inactivite" });

    expect(await sweep()).toBe(2);
    expect(posted.sort((a, b) => a.url.localeCompare(b.url))).toEqual([
      { url: "http://mdph.test/deconnexion/canal-arriere", sid: "sid-seen-again" },
      { url: "http://vt.test/deconnexion/canal-arriere", sid: "sid-left-at-vt" },
    ]);
    expect(await prisma.portalSession.findUniqueOrThrow({ where: { id: leftAtVt } })).toMatchObject({ endReason: "inactivite", logoutOutcome: { "via-trajectoire": "fermee" } });
    expect(await prisma.portalSession.findUniqueOrThrow({ where: { id: neverHandedOver } })).toMatchObject({ endReason: "inactivite", logoutOutcome: null });
    expect((await sessions.check(stillUsed)).active).toBe(true);

    posted.length = 0;
    expect(await sweep()).toBe(0);
    expect(posted).toEqual([]);

    // A month after they ended, the records are deleted (the signed-out one ended 35 minutes
    // earlier than the others); one ended today stays.
    later(ENDED_SESSION_RETENTION_DAYS * 24 * 60 - 1);
    expect(await sessions.check(stillUsed)).toEqual({ active: false, reason: "duree-maximale" });
    await sweep();
    const left = async () => (await prisma.portalSession.findMany({ where: { userId: claire.id }, select: { id: true } })).map((row) => row.id).sort();
    expect(await left()).toEqual([leftAtVt, seenAgain, neverHandedOver, stillUsed].sort());
    later(2);
    await sweep();
    expect(await left()).toEqual([stillUsed]);
  });

  it("an unknown id and a deleted account are no session", async () => {
    expect(await sessions.check("forged-or-old-id")).toEqual({ active: false, reason: null });
    const id = await sessions.start(claire.id, null);
    const other = await sessions.start(claire.id, null);
    expect(await sessions.endAllOf(claire.id, "deconnexion")).toBe(2);
    expect((await sessions.check(other)).active).toBe(false);
    await prisma.user.delete({ where: { id: claire.id } });
    expect(await sessions.check(id)).toEqual({ active: false, reason: null });
  });
});
