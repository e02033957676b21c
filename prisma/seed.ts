import type { PrismaClient } from "@prisma/client";

import { userFieldsFromClaims } from "@/lib/auth-support/display-name";
import { SANDBOX_PEOPLE } from "@/sandbox/identity-provider/people";

/**
 * The invented people of the demo (never real persons): the same `sub`s as the
 * accounts of the local identity provider, so signing in finds them.
 */
export const demoPeople = SANDBOX_PEOPLE.map((person) => ({
  subject: person.sub,
  ...userFieldsFromClaims({ sub: person.sub, ...person.claims }),
}));

export type SeedReport = { people: number };

/** Deterministic and idempotent: running it twice leaves the same rows. */
export async function seedDatabase(prisma: PrismaClient): Promise<SeedReport> {
  for (const person of demoPeople) {
    const { subject, ...fields } = person;
    await prisma.user.upsert({ where: { subject }, create: { subject, ...fields }, update: fields });
  }
  return { people: demoPeople.length };
}
