import type { PrismaClient } from "@prisma/client";

import { userFieldsFromClaims } from "@/lib/auth-support/display-name";
import { SANDBOX_PEOPLE, SANDBOX_SUBS } from "@/sandbox/identity-provider/people";

/**
 * The invented people of the demo (never real persons): the same `sub`s as the
 * accounts of the local identity provider, so signing in finds them.
 */
export const demoPeople = SANDBOX_PEOPLE.map((person) => ({
  subject: person.sub,
  ...userFieldsFromClaims({ sub: person.sub, ...person.claims }),
}));

/**
 * Profiles declared once (lib/profile), for people whose journeys send them to
 * partners: Yvonne Perrin's admission request is pre-filled from hers.
 */
const demoProfiles = [
  {
    subject: SANDBOX_SUBS.yvonnePerrin,
    columns: {
      addressLine: "18 rue Francis de Pressensé",
      postcode: "69100",
      city: "Villeurbanne",
      phone: "0478000000",
      email: null,
      livingSituation: "seul-domicile",
      gir: "4",
      caisseRetraite: "Carsat Rhône-Alpes",
      contactRole: "aidant",
      contactName: "Luc Perrin",
      contactPhone: "0600000000",
      contactEmail: null,
      consentedAt: new Date("2026-11-02T10:00:00Z"),
    },
  },
];

export type SeedReport = { people: number };

/** Deterministic and idempotent: running it twice leaves the same rows. */
export async function seedDatabase(prisma: PrismaClient): Promise<SeedReport> {
  for (const person of demoPeople) {
    const { subject, ...fields } = person;
    await prisma.user.upsert({ where: { subject }, create: { subject, ...fields }, update: fields });
  }
  for (const { subject, columns } of demoProfiles) {
    const user = await prisma.user.findUniqueOrThrow({ where: { subject } });
    await prisma.profile.upsert({ where: { userId: user.id }, create: { userId: user.id, ...columns }, update: columns });
  }
  return { people: demoPeople.length };
}
