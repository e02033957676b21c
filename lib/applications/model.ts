import { z } from "zod";

// Pure model of the requests sent from the portal (issue #14, docs/adr/0011):
// client-safe, no database, session or environment.

export type ApplicationPartner = "via-trajectoire" | "mdph-en-ligne";

/** At most the comparison's 4 establishments in one admission request, as ViaTrajectoire allows. */
export const MAX_ESTABLISHMENTS = 4;

export const STAY_TYPES = ["hebergement-permanent", "hebergement-temporaire", "accueil-de-jour"] as const;
export type StayType = (typeof STAY_TYPES)[number];

export const stayLabels: Record<StayType, string> = {
  "hebergement-permanent": "Hébergement permanent",
  "hebergement-temporaire": "Hébergement temporaire",
  "accueil-de-jour": "Accueil de jour",
};

/**
 * Offer types whose admission request goes through ViaTrajectoire and that the
 * portal can send: EHPAD and USLD (ViaTrajectoire Grand âge), and the adult
 * disability establishments and services ViaTrajectoire Handicap handles with a
 * CDAPH orientation (MAS, FAM/EAM, foyers de vie, SAVS, SAMSAH). Children's
 * establishments (IME…) and résidences autonomie are left out: their
 * admission does not go through ViaTrajectoire everywhere.
 */
export const ADMISSION_OFFER_TYPES: ReadonlySet<string> = new Set(["ehpad", "usld", "mas", "fam-eam", "foyer-de-vie", "savs", "samsah"]);

export function acceptsAdmissionRequest(typeSlug: string, finessEt: string | null): boolean {
  return finessEt !== null && ADMISSION_OFFER_TYPES.has(typeSlug);
}

/** "a-envoyer": prepared, or the partner did not answer (to send later); "envoyee": the partner holds the draft; "refusee": the partner refused it. */
export type ApplicationStatus = "a-envoyer" | "envoyee" | "refusee";

/** One establishment as the person chose it (re-read from the catalogue on every step). */
export type ChosenEstablishment = { offerId: string; name: string; finessEt: string; place: string };

export type AdmissionChoices = { kind: "admission"; establishments: ChosenEstablishment[]; stay: StayType; wishedDate: string };
export type MdphChoices = { kind: "mdph" };
export type ApplicationChoices = AdmissionChoices | MdphChoices;

/** A prepared request as the pages show it. */
export type ApplicationView = {
  id: string;
  partner: ApplicationPartner;
  choices: ApplicationChoices;
  status: ApplicationStatus;
  attempts: number;
  lastAttemptAt: Date | null;
  refusal: string | null;
  partnerDraftId: string | null;
  sentAt: Date | null;
  createdAt: Date;
  /** Set when an aidant prepared it. */
  preparedBy: string | null;
};

/** One line of "what will be sent", in the person's words. */
export type SentField = { label: string; value: string; source: "FranceConnect" | "profil" };

export const ADMISSION_FIELDS = ["etablissements", "sejour", "date"] as const;
export type AdmissionField = (typeof ADMISSION_FIELDS)[number];
export type AdmissionFieldErrors = Partial<Record<AdmissionField, string>>;

const DAY = 24 * 60 * 60 * 1000;
/** Further ahead, a wished date means little to an establishment's waiting list. */
const MAX_DAYS_AHEAD = 2 * 366;

/** The step-one form, as posted (checkbox values are offer ids). */
export function admissionFormSchema(today: string) {
  return z.object({
    etablissements: z
      .array(z.string().min(1).max(300))
      .min(1, "Choisissez au moins un établissement.")
      .max(MAX_ESTABLISHMENTS, `Choisissez ${MAX_ESTABLISHMENTS} établissements au plus.`)
      .transform((ids) => [...new Set(ids)]),
    sejour: z.enum(STAY_TYPES, { error: "Choisissez le type de séjour." }),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Indiquez la date souhaitée, par exemple 15/03/2027.")
      .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value, "Cette date n'existe pas.")
      .refine((value) => value >= today, "La date souhaitée ne peut pas être passée.")
      .refine((value) => Date.parse(`${value}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`) <= MAX_DAYS_AHEAD * DAY, "Choisissez une date dans les deux ans qui viennent."),
  });
}

/** The posted step-one form → its values, or a French message per field. */
export function parseAdmissionForm(
  form: { etablissements: string[]; sejour: string; date: string },
  today: string,
): { ok: true; value: { offerIds: string[]; stay: StayType; wishedDate: string } } | { ok: false; errors: AdmissionFieldErrors } {
  const parsed = admissionFormSchema(today).safeParse(form);
  if (parsed.success) return { ok: true, value: { offerIds: parsed.data.etablissements, stay: parsed.data.sejour, wishedDate: parsed.data.date } };
  const errors: AdmissionFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && (ADMISSION_FIELDS as readonly string[]).includes(field) && !errors[field as AdmissionField]) errors[field as AdmissionField] = issue.message;
  }
  return { ok: false, errors };
}

/** Codes of the refusals and results the pages explain (`?erreur=` / `?resultat=` after a form post without JavaScript). */
export const applicationMessages = {
  erreur: {
    origine: { title: "Envoi refusé", description: "Ce formulaire ne provient pas du Portail Autonomie. Recommencez depuis la page." },
    session: { title: "Votre session a pris fin", description: "Connectez-vous de nouveau pour continuer votre demande." },
    "saisie-invalide": { title: "Le formulaire est incomplet", description: "Corrigez les champs signalés." },
    "offre-inconnue": { title: "Établissement introuvable", description: "Un établissement choisi n'existe pas dans l'annuaire. Rien n'a été envoyé : choisissez de nouveau dans la recherche." },
    "offre-non-geree": { title: "Demande impossible en ligne pour cet établissement", description: "Les demandes d'admission pour ce type de solution ne passent pas par ViaTrajectoire. Rien n'a été envoyé : contactez directement la structure." },
    "acces-refuse": { title: "Vous ne pouvez pas préparer de demande pour cette personne", description: "Elle ne vous a pas autorisé à préparer ses demandes, ou elle a retiré cette autorisation." },
    introuvable: { title: "Demande introuvable", description: "Cette demande préparée n'existe pas ou a été supprimée." },
    "deja-envoyee": { title: "Demande déjà envoyée", description: "Cette demande a déjà été envoyée : elle ne peut plus être supprimée ici." },
    indisponible: { title: "Service momentanément indisponible", description: "Votre demande n'a pas pu être enregistrée. Réessayez dans quelques minutes." },
  },
  resultat: {
    "non-envoyee": { title: "Le service partenaire ne répond pas", description: "Rien n'est perdu : votre demande est gardée ici. Utilisez « Envoyer maintenant » un peu plus tard." },
    "envoyee-aidant": { title: "Demande envoyée", description: "La personne doit maintenant se connecter au service partenaire pour la vérifier et la signer." },
    supprimee: { title: "Demande supprimée", description: "La demande préparée a été supprimée. Rien n'avait été envoyé." },
  },
} as const;

export type ApplicationErrorCode = keyof typeof applicationMessages.erreur;
export type ApplicationResultCode = keyof typeof applicationMessages.resultat;

/** The message to show for `?erreur=` or `?resultat=`, or null for none or an unknown code. */
export function applicationMessage(params: { erreur?: string; resultat?: string }): { severity: "error" | "success" | "warning"; title: string; description: string } | null {
  if (params.erreur && Object.hasOwn(applicationMessages.erreur, params.erreur)) {
    return { severity: "error", ...applicationMessages.erreur[params.erreur as ApplicationErrorCode] };
  }
  if (params.resultat && Object.hasOwn(applicationMessages.resultat, params.resultat)) {
    return { severity: params.resultat === "non-envoyee" ? "warning" : "success", ...applicationMessages.resultat[params.resultat as ApplicationResultCode] };
  }
  return null;
}

/** A refusal with a code the pages explain (English message for the log). */
export class ApplicationError extends Error {
  override name = "ApplicationError";
  constructor(
    readonly code: ApplicationErrorCode,
    message: string,
  ) {
    super(message);
  }
}
