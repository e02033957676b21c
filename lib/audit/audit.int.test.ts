import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";

import { describeActor } from "./model";
import { createAuditService, InvalidDisclosureError, type AuditService } from "./service";

// Invented people (same names as the sandbox identity provider's).
const lucie = { id: "user-lucie", subject: "sub-lucie", givenName: "Lucie", familyName: "Bernard" };
const marc = { id: "user-marc", subject: "sub-marc", givenName: "Marc", familyName: "Bernard" };
const paul = { id: "user-paul", subject: "sub-paul", givenName: "Paul", familyName: "Durand" };

describe.each(testEngines())("data-sharing log on %s", (engine) => {
  let database: Database;
  let prisma: PrismaClient;
  let audit: AuditService;
  const now = new Date("2026-12-06T10:00:00Z");

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    prisma = database.prisma;
  });
  afterAll(async () => database?.close());

  beforeEach(async () => {
    await prisma.dataDisclosure.deleteMany();
    await prisma.user.deleteMany({ where: { id: { in: [lucie.id, marc.id, paul.id] } } });
    await prisma.user.createMany({ data: [lucie, marc, paul] });
    audit = createAuditService(async () => prisma, () => now);
  });

  it("shows the person what was sent, to whom, why, when and by whom, most recent first", async () => {
    await audit.recordDisclosure({ userId: lucie.id, actorUserId: lucie.id, recipient: "via-trajectoire", what: "identité, adresse, téléphone", purpose: "demande d'admission en EHPAD", reference: "VT-BROUILLON-1", at: new Date("2026-12-01T09:00:00Z") });
    await audit.recordDisclosure({ userId: lucie.id, actorUserId: marc.id, recipient: "mdph-en-ligne", what: "identité, adresse", purpose: "nouvelle demande à la MDPH" });
    await audit.recordDisclosure({ userId: paul.id, actorUserId: paul.id, recipient: "mon-espace-sante", what: "identité", purpose: "lien avec Mon espace santé" });

    const log = await audit.listDisclosures(lucie.id);
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ recipient: "mdph-en-ligne", recipientName: "MDPH en ligne", what: "identité, adresse", reference: null, at: now, actor: { kind: "aidant", name: "Marc Bernard" } });
    expect(log[1]).toMatchObject({ recipientName: "ViaTrajectoire", reference: "VT-BROUILLON-1", actor: { kind: "personne" } });
    expect(log.map((entry) => describeActor(entry.actor))).toEqual(["Marc Bernard (aidant)", "Vous"]);
  });

  it("keeps the entry in the person's log when the aidant deletes their account, without the aidant's id", async () => {
    await audit.recordDisclosure({ userId: lucie.id, actorUserId: marc.id, recipient: "via-trajectoire", what: "identité", purpose: "demande d'admission en EHPAD" });
    await prisma.user.delete({ where: { id: marc.id } });
    const entry = (await audit.listDisclosures(lucie.id))[0]!;
    expect(entry.actor).toEqual({ kind: "compte-supprime" });
    expect(describeActor(entry.actor)).toBe("Un aidant (compte supprimé depuis)");
    expect(await prisma.dataDisclosure.count({ where: { actorUserId: marc.id } })).toBe(0);
  });

  it("deletes the log with the person's account", async () => {
    await audit.recordDisclosure({ userId: lucie.id, actorUserId: lucie.id, recipient: "via-trajectoire", what: "identité", purpose: "demande d'admission en EHPAD" });
    await prisma.user.delete({ where: { id: lucie.id } });
    expect(await prisma.dataDisclosure.count({ where: { userId: lucie.id } })).toBe(0);
  });

  it.each([
    ["an unknown partner", { recipient: "partenaire-inconnu" }],
    ["an empty description", { what: "  " }],
    ["a missing purpose", { purpose: "" }],
    ["a malformed person id", { userId: "lucie; DROP TABLE" }],
  ])("refuses %s and writes nothing", async (_label, change) => {
    const entry = { userId: lucie.id, actorUserId: lucie.id, recipient: "via-trajectoire", what: "identité", purpose: "demande", ...change };
    await expect(audit.recordDisclosure(entry as never)).rejects.toBeInstanceOf(InvalidDisclosureError);
    expect(await prisma.dataDisclosure.count()).toBe(0);
  });

  it("refuses an entry about a person the portal does not know", async () => {
    await expect(audit.recordDisclosure({ userId: "user-nobody", actorUserId: "user-nobody", recipient: "via-trajectoire", what: "identité", purpose: "demande" })).rejects.toThrow();
    expect(await prisma.dataDisclosure.count()).toBe(0);
  });
});
