import type { PrismaClient } from "@prisma/client";

/**
 * Invented people used by the demo and the tests (never real persons). Their
 * subjects match the accounts of the local identity provider in sandbox/.
 */
export const demoPeople = [
  { id: "demo-jeanne-martin", subject: "demo-jeanne-martin", givenName: "Jeanne", familyName: "Martin", email: "jeanne.martin@exemple.fr", birthdate: "1942-03-14" },
  { id: "demo-karim-benali", subject: "demo-karim-benali", givenName: "Karim", familyName: "Benali", email: "karim.benali@exemple.fr", birthdate: "1990-07-02" },
  { id: "demo-sophie-martin", subject: "demo-sophie-martin", givenName: "Sophie", familyName: "Martin", email: "sophie.martin@exemple.fr", birthdate: "1974-11-23" },
] as const;

export type SeedReport = { people: number };

/** Deterministic and idempotent: running it twice leaves the same rows. */
export async function seedDatabase(prisma: PrismaClient): Promise<SeedReport> {
  for (const person of demoPeople) {
    const { id, ...fields } = person;
    await prisma.user.upsert({ where: { subject: person.subject }, create: { id, ...fields }, update: fields });
  }
  return { people: demoPeople.length };
}
