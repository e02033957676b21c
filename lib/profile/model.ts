import { z } from "zod";

// Pure model of the profile (client-safe: no database, no environment). Two parts:
// the identity FranceConnect gives at each sign-in (never editable in the portal),
// and what the person declares once, kept only with their explicit consent, so
// that partner forms (ViaTrajectoire, MDPH en ligne) can be pre-filled.

/** Where the person lives, in the words of the ViaTrajectoire and MDPH forms. */
export const LIVING_SITUATIONS = ["seul-domicile", "couple-domicile", "chez-un-proche", "residence-autonomie", "etablissement", "autre"] as const;
export type LivingSituation = (typeof LIVING_SITUATIONS)[number];

export const livingSituationLabels: Record<LivingSituation, string> = {
  "seul-domicile": "Je vis seul ou seule à domicile",
  "couple-domicile": "Je vis à domicile avec mon conjoint ou ma conjointe",
  "chez-un-proche": "Je vis chez un proche",
  "residence-autonomie": "Je vis en résidence autonomie ou en résidence services",
  etablissement: "Je vis en établissement (EHPAD, foyer, unité de soins…)",
  autre: "Autre situation",
};

/** GIR 1 (most dependent) to 6, from the APA evaluation; « inconnu » when the person does not know it. */
export const GIR_VALUES = ["1", "2", "3", "4", "5", "6", "inconnu"] as const;
export type Gir = (typeof GIR_VALUES)[number];

export const girLabels: Record<Gir, string> = {
  "1": "GIR 1",
  "2": "GIR 2",
  "3": "GIR 3",
  "4": "GIR 4",
  "5": "GIR 5",
  "6": "GIR 6",
  inconnu: "Je ne le connais pas",
};

/** The person to contact about the person's requests. */
export const CONTACT_ROLES = ["aidant", "representant-legal"] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const contactRoleLabels: Record<ContactRole, string> = {
  aidant: "Un aidant (proche qui m'aide)",
  "representant-legal": "Mon représentant légal (tuteur, curateur…)",
};

/** Identity from FranceConnect, copied at each sign-in: shown, never edited in the portal. */
export type FranceConnectIdentity = {
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD, when FranceConnect gave it. */
  birthdate: string | null;
  email: string | null;
};

export type ProfileContact = { role: ContactRole; name: string; phone: string | null; email: string | null };

/** What the person declares once. */
export type DeclaredProfile = {
  address: { line: string; postcode: string; city: string };
  phone: string;
  email: string | null;
  livingSituation: LivingSituation;
  gir: Gir;
  caisseRetraite: string | null;
  contact: ProfileContact | null;
};

/** What `loadProfile` returns: identity + declared data (null until the person declares it) + consent date. */
export type Profile = {
  userId: string;
  identity: FranceConnectIdentity;
  declared: DeclaredProfile | null;
  /** When the person agreed that the portal keeps the declared data (null when nothing is kept). */
  consentedAt: Date | null;
  updatedAt: Date | null;
};

/** Names of the form fields (flat, for a form that works without JavaScript). */
export const PROFILE_FIELDS = [
  "adresse",
  "codePostal",
  "commune",
  "telephone",
  "courriel",
  "situation",
  "gir",
  "caisseRetraite",
  "contactRole",
  "contactNom",
  "contactTelephone",
  "contactCourriel",
  "consentement",
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileFormValues = Record<ProfileField, string>;
export type ProfileFieldErrors = Partial<Record<ProfileField, string>>;

/** Spaces, dots and dashes are how people write phone numbers; the digits are what partners need. */
export function normalisePhone(raw: string): string {
  return raw.replace(/[\s.\-()]/g, "");
}

// French numbers (0X XX XX XX XX) and international ones (+33…, +262… for La Réunion).
const PHONE = /^(?:0[1-9]\d{8}|\+[1-9]\d{7,14})$/;
const EMAIL = z.email();

const text = (max: number, message: { required: string; tooLong: string }) =>
  z.string().trim().min(1, message.required).max(max, message.tooLong);
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((value) => value || null);
const phone = (required: string) =>
  z
    .string()
    .transform(normalisePhone)
    .pipe(z.string().min(1, required).regex(PHONE, "Indiquez un numéro de téléphone valide, par exemple 06 12 34 56 78."));
const optionalPhone = z
  .string()
  .transform(normalisePhone)
  .refine((value) => value === "" || PHONE.test(value), "Indiquez un numéro de téléphone valide, par exemple 06 12 34 56 78.")
  .transform((value) => value || null);
const optionalEmail = z
  .string()
  .trim()
  .refine((value) => value === "" || (value.length <= 254 && EMAIL.safeParse(value).success), "Indiquez une adresse électronique valide, par exemple nom@exemple.fr.")
  .transform((value) => value || null);

/** The form, field by field, with the French message shown under each field. */
export const profileFormSchema = z
  .object({
    adresse: text(200, { required: "Indiquez votre adresse (numéro et rue).", tooLong: "L'adresse est trop longue (200 caractères au plus)." }),
    codePostal: z.string().trim().regex(/^\d{5}$/, "Indiquez un code postal de 5 chiffres, par exemple 69003."),
    commune: text(100, { required: "Indiquez votre commune.", tooLong: "Le nom de la commune est trop long (100 caractères au plus)." }),
    telephone: phone("Indiquez un numéro de téléphone pour vous joindre."),
    courriel: optionalEmail,
    situation: z.enum(LIVING_SITUATIONS, { error: "Choisissez votre situation de logement." }),
    gir: z.enum(GIR_VALUES, { error: "Choisissez votre GIR, ou « Je ne le connais pas »." }),
    caisseRetraite: optionalText(120, "Le nom de la caisse est trop long (120 caractères au plus)."),
    contactRole: z.union([z.literal(""), z.enum(CONTACT_ROLES)], { error: "Choisissez qui est cette personne." }),
    contactNom: optionalText(120, "Le nom est trop long (120 caractères au plus)."),
    contactTelephone: optionalPhone,
    contactCourriel: optionalEmail,
    consentement: z.literal("oui", { error: "Cochez la case pour accepter que le portail garde ces informations, ou ne les enregistrez pas." }),
  })
  .superRefine((form, context) => {
    // A contact is optional, but once started it must be usable by the partner.
    const started = Boolean(form.contactRole || form.contactNom || form.contactTelephone || form.contactCourriel);
    if (!started) return;
    if (!form.contactRole) context.addIssue({ code: "custom", path: ["contactRole"], message: "Choisissez qui est cette personne." });
    if (!form.contactNom) context.addIssue({ code: "custom", path: ["contactNom"], message: "Indiquez le nom de la personne à contacter." });
    if (!form.contactTelephone && !form.contactCourriel)
      context.addIssue({ code: "custom", path: ["contactTelephone"], message: "Indiquez un téléphone ou une adresse électronique pour joindre cette personne." });
  })
  .transform(
    (form): DeclaredProfile => ({
      address: { line: form.adresse, postcode: form.codePostal, city: form.commune },
      phone: form.telephone,
      email: form.courriel,
      livingSituation: form.situation,
      gir: form.gir,
      caisseRetraite: form.caisseRetraite,
      contact:
        form.contactRole && form.contactNom
          ? { role: form.contactRole, name: form.contactNom, phone: form.contactTelephone, email: form.contactCourriel }
          : null,
    }),
  );

export type ProfileFormResult =
  | { ok: true; profile: DeclaredProfile }
  | { ok: false; errors: ProfileFieldErrors; values: ProfileFormValues };

/** Reads the posted form (any shape: robots post anything) into a declared profile, or French messages per field. */
export function parseProfileForm(input: Record<string, unknown>): ProfileFormResult {
  const values = formValues(input);
  const parsed = profileFormSchema.safeParse(values);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const errors: ProfileFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ProfileField;
    // The first message of a field is the one to act on first.
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values };
}

/** Only the known fields, as trimmed-length-capped strings: a repeated key or a non-string counts as empty. */
export function formValues(input: Record<string, unknown>): ProfileFormValues {
  const values = {} as ProfileFormValues;
  for (const field of PROFILE_FIELDS) {
    const value = input[field];
    values[field] = typeof value === "string" ? value.slice(0, 1000) : "";
  }
  return values;
}

/** The form pre-filled with what the person declared (consent stays unticked: it is given again at each save). */
export function declaredToFormValues(declared: DeclaredProfile | null, identity?: FranceConnectIdentity): ProfileFormValues {
  return {
    adresse: declared?.address.line ?? "",
    codePostal: declared?.address.postcode ?? "",
    commune: declared?.address.city ?? "",
    telephone: declared?.phone ?? "",
    courriel: declared?.email ?? identity?.email ?? "",
    situation: declared?.livingSituation ?? "",
    gir: declared?.gir ?? "",
    caisseRetraite: declared?.caisseRetraite ?? "",
    contactRole: declared?.contact?.role ?? "",
    contactNom: declared?.contact?.name ?? "",
    contactTelephone: declared?.contact?.phone ?? "",
    contactCourriel: declared?.contact?.email ?? "",
    consentement: "",
  };
}
