import type { Prisma, PrismaClient } from "@prisma/client";

import {
  CONTACT_ROLES,
  GIR_VALUES,
  LIVING_SITUATIONS,
  type ContactRole,
  type DeclaredProfile,
  type Gir,
  type LivingSituation,
  type Profile,
} from "./model";

type Clock = () => Date;
type ProfileRow = Prisma.ProfileGetPayload<object>;

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T => (values.includes(value as T) ? (value as T) : fallback);

/** Stored columns back to the model; a value a later version no longer knows degrades to the neutral choice instead of failing the page. */
function rowToDeclared(row: ProfileRow): DeclaredProfile {
  const role = oneOf<ContactRole | "">([...CONTACT_ROLES, ""], row.contactRole, "");
  return {
    address: { line: row.addressLine, postcode: row.postcode, city: row.city },
    phone: row.phone,
    email: row.email,
    livingSituation: oneOf<LivingSituation>(LIVING_SITUATIONS, row.livingSituation, "autre"),
    gir: oneOf<Gir>(GIR_VALUES, row.gir, "inconnu"),
    caisseRetraite: row.caisseRetraite,
    contact: role && row.contactName ? { role, name: row.contactName, phone: row.contactPhone, email: row.contactEmail } : null,
  };
}

function declaredToColumns(declared: DeclaredProfile) {
  return {
    addressLine: declared.address.line,
    postcode: declared.address.postcode,
    city: declared.address.city,
    phone: declared.phone,
    email: declared.email,
    livingSituation: declared.livingSituation,
    gir: declared.gir,
    caisseRetraite: declared.caisseRetraite,
    contactRole: declared.contact?.role ?? null,
    contactName: declared.contact?.name ?? null,
    contactPhone: declared.contact?.phone ?? null,
    contactEmail: declared.contact?.email ?? null,
  };
}

export function createProfileService(getPrisma: () => Promise<PrismaClient>, clock: Clock = () => new Date()) {
  /** Identity from FranceConnect + declared data + consent date; null for an unknown user. */
  async function loadProfile(userId: string): Promise<Profile | null> {
    const prisma = await getPrisma();
    const user = await prisma.user.findUnique({ where: { id: userId }, include: { profile: true } });
    if (!user) return null;
    return {
      userId: user.id,
      identity: { givenName: user.givenName, familyName: user.familyName, birthdate: user.birthdate, email: user.email },
      declared: user.profile ? rowToDeclared(user.profile) : null,
      consentedAt: user.profile?.consentedAt ?? null,
      updatedAt: user.profile?.updatedAt ?? null,
    };
  }

  /** Keeps (or replaces) the declared data; the caller has checked the consent box was ticked (the form's schema requires it). */
  async function saveDeclaredProfile(userId: string, declared: DeclaredProfile): Promise<void> {
    const prisma = await getPrisma();
    const columns = { ...declaredToColumns(declared), consentedAt: clock() };
    await prisma.profile.upsert({ where: { userId }, create: { userId, ...columns }, update: columns });
  }

  /** The person withdraws consent: the declared data are erased at once (identity stays, it is the account). */
  async function forgetDeclaredProfile(userId: string): Promise<boolean> {
    const prisma = await getPrisma();
    const { count } = await prisma.profile.deleteMany({ where: { userId } });
    return count > 0;
  }

  return { loadProfile, saveDeclaredProfile, forgetDeclaredProfile };
}

export type ProfileService = ReturnType<typeof createProfileService>;
