import { z } from "zod";

// Test support: the wire format of ADR 0006, written from the ADR (not from
// the stand-ins' types, nor imported from the portal), so the partner tests
// check the contract itself. Strict objects: an extra or missing field fails.

const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.iso.datetime({ offset: true });
const code = z.object({ code: z.string().min(1), libelle: z.string().min(1) }).strict();

export const MDPH_STEP_CODES_IN_ADR = ["depot", "recevabilite", "pieces-demandees", "evaluation", "decision-cdaph", "notification", "recours"] as const;

export const mdphDemandeSchema = z
  .object({
    partenaire: z.literal("mdph-en-ligne"),
    id: z.string().min(1),
    personneSub: z.string().min(1),
    titre: z.string().min(1),
    mdph: z.object({ departement: z.string().min(2), nom: z.string().min(1) }).strict(),
    droits: z
      .array(
        z
          .object({
            code: z.string().min(1),
            libelle: z.string().min(1),
            decision: z.object({ resultat: z.enum(["accorde", "refuse"]), date: calendarDate, finValidite: calendarDate.nullable() }).strict().nullable(),
          })
          .strict(),
      )
      .min(1),
    etape: z.object({ code: z.enum(MDPH_STEP_CODES_IN_ADR), libelle: z.string().min(1) }).strict(),
    piecesDemandees: z.array(z.object({ libelle: z.string().min(1), recue: z.boolean() }).strict()),
    dateDepot: calendarDate,
    dateLimiteLegale: calendarDate,
    historique: z
      .array(z.object({ date: instant, etape: z.enum(MDPH_STEP_CODES_IN_ADR), libelle: z.string().min(1), commentaire: z.string().optional() }).strict())
      .min(1),
    misAJourLe: instant,
    lien: z.url(),
  })
  .strict();

export const TRE_R357_SYSTEM_URL = "https://mos.esante.gouv.fr/NOS/TRE_R357-StatutPersonnePriseCharge/FHIR/TRE-R357-StatutPersonnePriseCharge";

export const viaTrajectoireDemandeSchema = z
  .object({
    partenaire: z.literal("via-trajectoire"),
    id: z.string().min(1),
    personneSub: z.string().min(1),
    titre: z.string().min(1),
    secteur: z.enum(["personnes-agees", "personnes-handicapees"]),
    accueil: z.string().min(1),
    etablissement: z
      .object({ finess: z.string().regex(/^\d[\dAB]\d{7}$/), nom: z.string().min(1), categorie: code, codePostal: z.string().regex(/^\d{5}$/), commune: z.string().min(1) })
      .strict(),
    statut: z.object({ system: z.literal(TRE_R357_SYSTEM_URL), code: z.string().regex(/^\d+$/), display: z.string().min(1) }).strict(),
    historique: z
      .array(z.object({ date: instant, statut: z.object({ code: z.string().regex(/^\d+$/), display: z.string().min(1) }).strict(), commentaire: z.string().optional() }).strict())
      .min(1),
    prochaineEtape: z.object({ libelle: z.string().min(1), dateEstimee: calendarDate.nullable() }).strict().nullable(),
    reponseAttendueAvant: calendarDate.nullable(),
    misAJourLe: instant,
    lien: z.url(),
  })
  .strict();

export const orientationSchema = z
  .object({ id: z.string().min(1), personneSub: z.string().min(1), libelle: z.string().min(1), categorieCible: code, dateDecision: calendarDate, finValidite: calendarDate })
  .strict();

export function personRequestsSchema<Demande extends z.ZodType>(demande: Demande) {
  return z.object({ personneSub: z.string().min(1), demandes: z.array(demande), orientations: z.array(orientationSchema), genereLe: instant }).strict();
}

export const errorSchema = z.object({ erreur: z.string().min(1) }).strict();

export function webhookBodySchema<Demande extends z.ZodType>(demande: Demande) {
  return z.object({ type: z.enum(["demande.mise-a-jour", "demande.creee"]), date: instant, resume: z.string().min(1), demande }).strict();
}
