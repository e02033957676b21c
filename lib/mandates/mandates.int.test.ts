import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { PortalSession } from "@/lib/auth";
import type { Database } from "@/lib/database/open-database";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";

import { hashInvitationCode } from "./code";
import { MandateAccessDeniedError, MandateError, type MandateErrorCode } from "./errors";
import { createMandateService, type MandateService } from "./service";

// Invented people (same names as the sandbox identity provider's).
const lucie = { id: "user-lucie", subject: "sub-lucie", givenName: "Lucie", familyName: "Bernard", email: "lucie.bernard@example.org" };
const marc = { id: "user-marc", subject: "sub-marc", givenName: "Marc", familyName: "Bernard", email: "marc.bernard@example.org" };
const paul = { id: "user-paul", subject: "sub-paul", givenName: "Paul", familyName: "Durand", email: null };
const session = (user: typeof lucie | typeof paul): PortalSession => ({ userId: user.id, subject: user.subject, name: `${user.givenName} ${user.familyName}`, givenName: user.givenName });

const DAY = 24 * 60 * 60 * 1000;

async function expectMandateError(promise: Promise<unknown>, code: MandateErrorCode) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(MandateError);
  expect((error as MandateError).code).toBe(code);
  expect((error as MandateError).frenchMessage.length).toBeGreaterThan(20);
}

describe.each(testEngines())("aidant mandates on %s", (engine) => {
  let database: Database;
  let prisma: PrismaClient;
  let now: Date;
  let mandates: MandateService;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    prisma = database.prisma;
  });
  afterAll(async () => database?.close());

  beforeEach(async () => {
    await prisma.mandateAccessLog.deleteMany();
    await prisma.mandate.deleteMany();
    await prisma.user.deleteMany({ where: { id: { in: [lucie.id, marc.id, paul.id] } } });
    await prisma.user.createMany({ data: [lucie, marc, paul] });
    now = new Date("2026-12-01T09:00:00Z");
    mandates = createMandateService(async () => prisma, () => now);
  });

  /** Lucie invites Marc with `scopes`; Marc accepts. */
  async function activeMandate(scopes: Array<"voir-demarches" | "recevoir-notifications"> = ["voir-demarches", "recevoir-notifications"]) {
    const { code } = await mandates.createInvitation(lucie.id, { aidantLabel: "Marc, mon fils", scopes });
    return mandates.acceptInvitation(marc.id, code);
  }

  describe("invitation", () => {
    it("creates a pending mandate valid 7 days and stores the sha256 of the code, never the code", async () => {
      const { mandate, code } = await mandates.createInvitation(lucie.id, { aidantLabel: "  Marc, mon fils ", scopes: ["recevoir-notifications", "voir-demarches", "voir-demarches"] });
      expect(code).toMatch(/^[A-Z2-9]{10}$/);
      expect(mandate).toMatchObject({ state: "en-attente", aidantName: "Marc, mon fils", scopes: ["voir-demarches", "recevoir-notifications"], aidantUserId: null });
      expect(mandate.codeExpiresAt.getTime() - now.getTime()).toBe(7 * DAY);
      const row = await prisma.mandate.findUniqueOrThrow({ where: { id: mandate.id } });
      expect(row.codeHash).toBe(hashInvitationCode(code));
      expect(JSON.stringify(row)).not.toContain(code);
    });

    it.each([
      [{ aidantLabel: "", scopes: ["voir-demarches"] }],
      [{ aidantLabel: "Marc", scopes: [] }],
      [{ aidantLabel: "Marc", scopes: ["tout-voir"] }],
      [{ aidantLabel: "x".repeat(81), scopes: ["voir-demarches"] }],
    ])("refuses invalid input %j", async (input) => {
      await expectMandateError(mandates.createInvitation(lucie.id, input as never), "saisie-invalide");
    });

    it("caps the number of pending invitations", async () => {
      for (let index = 0; index < 10; index += 1) await mandates.createInvitation(lucie.id, { aidantLabel: `Aidant ${index}`, scopes: ["voir-demarches"] });
      await expectMandateError(mandates.createInvitation(lucie.id, { aidantLabel: "Un de trop", scopes: ["voir-demarches"] }), "trop-d-invitations");
    });
  });

  describe("acceptance", () => {
    it("accepts a code typed with spaces and in lower case, once", async () => {
      const { code } = await mandates.createInvitation(lucie.id, { aidantLabel: "Marc", scopes: ["voir-demarches"] });
      const typed = `${code.slice(0, 5).toLowerCase()} ${code.slice(5)}`;
      const accepted = await mandates.acceptInvitation(marc.id, typed);
      expect(accepted).toMatchObject({ state: "active", aidantUserId: marc.id, aidantName: "Marc Bernard", mandatorName: "Lucie Bernard" });
      await expectMandateError(mandates.acceptInvitation(marc.id, code), "code-deja-utilise");
      await expectMandateError(mandates.acceptInvitation(paul.id, code), "code-deja-utilise");
      const row = await prisma.mandate.findUniqueOrThrow({ where: { id: accepted.id } });
      expect(row.aidantId).toBe(marc.id);
    });

    it("lets only one of two simultaneous acceptances win", async () => {
      const { code } = await mandates.createInvitation(lucie.id, { aidantLabel: "Marc", scopes: ["voir-demarches"] });
      const results = await Promise.allSettled([mandates.acceptInvitation(marc.id, code), mandates.acceptInvitation(paul.id, code)]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(await prisma.mandate.count({ where: { acceptedAt: { not: null } } })).toBe(1);
    });

    it("refuses an expired code, at the 7-day mark and after", async () => {
      const { code, mandate } = await mandates.createInvitation(lucie.id, { aidantLabel: "Marc", scopes: ["voir-demarches"] });
      now = new Date(now.getTime() + 7 * DAY);
      await expectMandateError(mandates.acceptInvitation(marc.id, code), "code-expire");
      expect((await mandates.listMandatesGiven(lucie.id)).find((given) => given.id === mandate.id)?.state).toBe("expiree");
    });

    it("accepts a code just before it expires", async () => {
      const { code } = await mandates.createInvitation(lucie.id, { aidantLabel: "Marc", scopes: ["voir-demarches"] });
      now = new Date(now.getTime() + 7 * DAY - 1000);
      await expect(mandates.acceptInvitation(marc.id, code)).resolves.toMatchObject({ state: "active" });
    });

    it("refuses an unknown code, a malformed code, one's own invitation and a withdrawn invitation", async () => {
      await expectMandateError(mandates.acceptInvitation(marc.id, "ABCDE-FGHJK"), "code-inconnu");
      await expectMandateError(mandates.acceptInvitation(marc.id, "pas un code"), "code-invalide");
      const { code, mandate } = await mandates.createInvitation(lucie.id, { aidantLabel: "Marc", scopes: ["voir-demarches"] });
      await expectMandateError(mandates.acceptInvitation(lucie.id, code), "propre-invitation");
      await mandates.revokeMandate(lucie.id, mandate.id);
      await expectMandateError(mandates.acceptInvitation(marc.id, code), "invitation-retiree");
    });

    it("refuses a second active mandate between the same two people", async () => {
      await activeMandate();
      const { code } = await mandates.createInvitation(lucie.id, { aidantLabel: "Marc encore", scopes: ["voir-demarches"] });
      await expectMandateError(mandates.acceptInvitation(marc.id, code), "deja-aidant");
    });
  });

  describe("reading on behalf of someone", () => {
    it("returns the signed-in person when no one else is asked for, without any mandate", async () => {
      const self = { userId: marc.id, subject: marc.subject, name: "Marc Bernard", mandateId: null };
      await expect(mandates.resolveViewedPerson(session(marc), undefined, "voir-demarches")).resolves.toEqual(self);
      await expect(mandates.resolveViewedPerson(session(marc), marc.id, "voir-demarches")).resolves.toEqual(self);
    });

    it("returns the mandator for an aidant with an active mandate", async () => {
      const mandate = await activeMandate();
      await expect(mandates.resolveViewedPerson(session(marc), lucie.id, "voir-demarches")).resolves.toEqual({
        userId: lucie.id,
        subject: lucie.subject,
        name: "Lucie Bernard",
        mandateId: mandate.id,
      });
    });

    it("denies an aidant without a mandate, with a pending invitation, or asking for a malformed id", async () => {
      await expect(mandates.resolveViewedPerson(session(paul), lucie.id, "voir-demarches")).rejects.toBeInstanceOf(MandateAccessDeniedError);
      await mandates.createInvitation(lucie.id, { aidantLabel: "Marc", scopes: ["voir-demarches"] });
      await expect(mandates.resolveViewedPerson(session(marc), lucie.id, "voir-demarches")).rejects.toBeInstanceOf(MandateAccessDeniedError);
      await expect(mandates.resolveViewedPerson(session(marc), "'; DROP TABLE", "voir-demarches")).rejects.toBeInstanceOf(MandateAccessDeniedError);
    });

    it("denies the other direction: the mandator cannot read the aidant's requests", async () => {
      await activeMandate();
      await expect(mandates.resolveViewedPerson(session(lucie), marc.id, "voir-demarches")).rejects.toBeInstanceOf(MandateAccessDeniedError);
    });

    it("denies a scope the mandate does not give", async () => {
      await activeMandate(["recevoir-notifications"]);
      await expect(mandates.resolveViewedPerson(session(marc), lucie.id, "voir-demarches")).rejects.toBeInstanceOf(MandateAccessDeniedError);
      await expect(mandates.resolveViewedPerson(session(marc), lucie.id, "recevoir-notifications")).resolves.toMatchObject({ userId: lucie.id });
      expect(await mandates.listConsultablePeople(marc.id)).toEqual([]);
    });

    it("denies the very next read after the mandator revokes", async () => {
      const mandate = await activeMandate();
      const viewed = await mandates.resolveViewedPerson(session(marc), lucie.id, "voir-demarches");
      await mandates.recordAccess(viewed, marc.id, "liste-demarches");
      await expect(mandates.revokeMandate(lucie.id, mandate.id)).resolves.toEqual({ by: "mandant" });
      await expect(mandates.resolveViewedPerson(session(marc), lucie.id, "voir-demarches")).rejects.toBeInstanceOf(MandateAccessDeniedError);
      expect(await mandates.listConsultablePeople(marc.id)).toEqual([]);
      expect(await mandates.listNotifiedAidants(lucie.id)).toEqual([]);
      expect((await mandates.listMandatesGiven(lucie.id))[0]?.state).toBe("retiree");
    });

    it("lets the aidant renounce, and no one else revoke", async () => {
      const mandate = await activeMandate();
      await expectMandateError(mandates.revokeMandate(paul.id, mandate.id), "mandat-introuvable");
      await expectMandateError(mandates.revokeMandate(lucie.id, "inconnu"), "mandat-introuvable");
      await expectMandateError(mandates.revokeMandate(lucie.id, "../../x"), "mandat-introuvable");
      await expect(mandates.revokeMandate(marc.id, mandate.id)).resolves.toEqual({ by: "aidant" });
      await expectMandateError(mandates.revokeMandate(lucie.id, mandate.id), "mandat-introuvable");
      await expect(mandates.resolveViewedPerson(session(marc), lucie.id, "voir-demarches")).rejects.toBeInstanceOf(MandateAccessDeniedError);
    });
  });

  describe("access log", () => {
    it("records an aidant's reads, not the person's own, and lists them most recent first", async () => {
      await activeMandate();
      const own = await mandates.resolveViewedPerson(session(lucie), undefined, "voir-demarches");
      await mandates.recordAccess(own, lucie.id, "liste-demarches");
      const viewed = await mandates.resolveViewedPerson(session(marc), lucie.id, "voir-demarches");
      await mandates.recordAccess(viewed, marc.id, "liste-demarches");
      now = new Date(now.getTime() + 60_000);
      await mandates.recordAccess(viewed, marc.id, "demarche", "MDPH-69-2026-000123");
      expect(await prisma.mandateAccessLog.count()).toBe(2);
      const log = await mandates.listAccessLog(lucie.id);
      expect(log.map(({ aidantName, action, target }) => ({ aidantName, action, target }))).toEqual([
        { aidantName: "Marc Bernard", action: "demarche", target: "MDPH-69-2026-000123" },
        { aidantName: "Marc Bernard", action: "liste-demarches", target: null },
      ]);
      expect(log[0]?.at.toISOString()).toBe("2026-12-01T09:01:00.000Z");
      expect(await mandates.listAccessLog(marc.id)).toEqual([]);
    });
  });

  describe("lists", () => {
    it("lists consultable people and notified aidants only for active mandates with the scope", async () => {
      await activeMandate(["voir-demarches"]);
      // Paul is invited with notifications but has not accepted yet.
      await mandates.createInvitation(lucie.id, { aidantLabel: "Paul", scopes: ["recevoir-notifications"] });
      expect(await mandates.listConsultablePeople(marc.id)).toEqual([{ userId: lucie.id, name: "Lucie Bernard" }]);
      expect(await mandates.listNotifiedAidants(lucie.id)).toEqual([]);

      const { code } = await mandates.createInvitation(lucie.id, { aidantLabel: "Paul", scopes: ["recevoir-notifications", "voir-demarches"] });
      const paulMandate = await mandates.acceptInvitation(paul.id, code);
      expect(await mandates.listNotifiedAidants(lucie.id)).toEqual([{ userId: paul.id, email: null }]);
      await mandates.revokeMandate(lucie.id, paulMandate.id);
      expect(await mandates.listNotifiedAidants(lucie.id)).toEqual([]);
    });

    it("lists the mandates given, by state, and received", async () => {
      const active = await activeMandate();
      const pending = await mandates.createInvitation(lucie.id, { aidantLabel: "Paul", scopes: ["voir-demarches"] });
      const states = Object.fromEntries((await mandates.listMandatesGiven(lucie.id)).map((given) => [given.id, given.state]));
      expect(states).toEqual({ [active.id]: "active", [pending.mandate.id]: "en-attente" });
      expect((await mandates.listMandatesReceived(marc.id)).map((received) => [received.mandatorName, received.state])).toEqual([["Lucie Bernard", "active"]]);
      expect(await mandates.listMandatesReceived(paul.id)).toEqual([]);
    });
  });
});
