import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";

import type { DeclaredProfile } from "./model";
import { createProfileService, type ProfileService } from "./service";

// Invented person (same name as the sandbox identity provider's).
const jeanne = { id: "user-jeanne", subject: "sub-jeanne", givenName: "Jeanne", familyName: "Martin", birthdate: "1941-03-12", email: "jeanne.martin@example.org" };

const declared: DeclaredProfile = {
  address: { line: "12 rue des Lilas", postcode: "69003", city: "Lyon" },
  phone: "0612345678",
  email: null,
  livingSituation: "seul-domicile",
  gir: "4",
  caisseRetraite: "Carsat Rhône-Alpes",
  contact: { role: "aidant", name: "Sophie Martin", phone: null, email: "sophie.martin@example.org" },
};

describe.each(testEngines())("profile on %s", (engine) => {
  let database: Database;
  let prisma: PrismaClient;
  let profiles: ProfileService;
  let now: Date;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    prisma = database.prisma;
  });
  afterAll(async () => database?.close());

  beforeEach(async () => {
    await prisma.user.deleteMany({ where: { id: jeanne.id } });
    await prisma.user.create({ data: jeanne });
    now = new Date("2026-12-06T10:00:00Z");
    profiles = createProfileService(async () => prisma, () => now);
  });

  it("shows the FranceConnect identity and no declared data before the person fills the form", async () => {
    expect(await profiles.loadProfile(jeanne.id)).toEqual({
      userId: jeanne.id,
      identity: { givenName: "Jeanne", familyName: "Martin", birthdate: "1941-03-12", email: "jeanne.martin@example.org" },
      declared: null,
      consentedAt: null,
      updatedAt: null,
    });
  });

  it("keeps the declared data with the consent date, and replaces them on the next save", async () => {
    await profiles.saveDeclaredProfile(jeanne.id, declared);
    expect(await profiles.loadProfile(jeanne.id)).toMatchObject({ declared, consentedAt: now });

    now = new Date("2026-12-07T08:00:00Z");
    await profiles.saveDeclaredProfile(jeanne.id, { ...declared, phone: "0798765432", contact: null });
    const profile = await profiles.loadProfile(jeanne.id);
    expect(profile?.declared).toEqual({ ...declared, phone: "0798765432", contact: null });
    expect(profile?.consentedAt).toEqual(now);
    expect(await prisma.profile.count()).toBe(1);
  });

  it("erases the declared data when the person withdraws consent, and keeps the account", async () => {
    await profiles.saveDeclaredProfile(jeanne.id, declared);
    expect(await profiles.forgetDeclaredProfile(jeanne.id)).toBe(true);
    expect(await profiles.forgetDeclaredProfile(jeanne.id)).toBe(false);
    expect(await profiles.loadProfile(jeanne.id)).toMatchObject({ declared: null, consentedAt: null, identity: { givenName: "Jeanne" } });
  });

  it("shows a value stored by an older version as the neutral choice instead of failing", async () => {
    await profiles.saveDeclaredProfile(jeanne.id, declared);
    await prisma.profile.update({ where: { userId: jeanne.id }, data: { livingSituation: "ancienne-valeur", gir: "9" } });
    expect((await profiles.loadProfile(jeanne.id))?.declared).toMatchObject({ livingSituation: "autre", gir: "inconnu" });
  });

  it("answers null for a person the portal does not know", async () => {
    expect(await profiles.loadProfile("user-nobody")).toBeNull();
  });
});
