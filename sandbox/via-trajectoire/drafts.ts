import { z } from "zod";

import { identityAndContactSchema, invalidDraftBody, type StoredDraft } from "../partner-kit/drafts";
import type { DemoClock } from "../partner-kit/demo-clock";
import type { DraftsDefinition } from "../partner-kit/requests-partner";
import { CATEGORIES, ESTABLISHMENTS, TRE_R357, TRE_R357_SYSTEM, type AdmissionRequest, type AdmissionStore, type Etablissement } from "./data";

// Admission request drafts created by the portal (docs/adr/0011): the
// administrative part of the "dossier de demande d'admission" (cerfa 14732),
// for 1 to 4 establishments of ViaTrajectoire's directory. The medical part is
// never sent by the portal: the doctor fills it here, after signing.

/** Types of stay, as the portal sends them, and their labels on the requests. */
export const STAY_TYPES = {
  "hebergement-permanent": "Hébergement permanent",
  "hebergement-temporaire": "Hébergement temporaire",
  "accueil-de-jour": "Accueil de jour",
} as const;

export type StayType = keyof typeof STAY_TYPES;

export const MAX_DRAFT_ESTABLISHMENTS = 4;

const FINESS_ET = /^\d[0-9AB]\d{7}$/;

export const admissionDraftSchema = z
  .object({
    personneSub: z.string().min(1).max(200),
    referencePortail: z.string().min(1).max(100),
    etablissements: z
      .array(z.string().regex(FINESS_ET, "numéro FINESS ET attendu (9 caractères)"))
      .min(1)
      .max(MAX_DRAFT_ESTABLISHMENTS)
      .refine((list) => new Set(list).size === list.length, "établissements en double"),
    typeSejour: z.enum(Object.keys(STAY_TYPES) as [StayType, ...StayType[]]),
    dateSouhaitee: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    dossierAdministratif: identityAndContactSchema.extend({
      situationDeVie: z.string().trim().max(200).nullable(),
      caisseRetraite: z.string().trim().max(200).nullable(),
    }),
  })
  .strict();

export type AdmissionDraftBody = z.infer<typeof admissionDraftSchema>;

/** A draft as the stand-in keeps it: the body, with the establishments looked up in its directory. */
export type AdmissionDraft = StoredDraft & Omit<AdmissionDraftBody, "etablissements"> & { etablissements: Etablissement[] };

/** ViaTrajectoire's directory in the stand-in: the sandbox catalogue sites it handles admissions for. */
export function findEstablishment(finess: string): Etablissement | undefined {
  return Object.values(ESTABLISHMENTS).find((etablissement) => etablissement.finess === finess);
}

export function parseAdmissionDraft(body: unknown): ReturnType<DraftsDefinition<AdmissionDraft, AdmissionStore>["parse"]> {
  const parsed = admissionDraftSchema.safeParse(body);
  if (!parsed.success) return { ok: false, status: 400, body: invalidDraftBody(parsed.error) };
  const unknown = parsed.data.etablissements.filter((finess) => !findEstablishment(finess));
  if (unknown.length > 0) {
    return {
      ok: false,
      status: 422,
      body: {
        erreur: `ViaTrajectoire ne gère pas les demandes d’admission pour ${unknown.length > 1 ? "ces établissements" : "cet établissement"} : FINESS ${unknown.join(", ")}.`,
        code: "etablissement-non-gere",
        finess: unknown,
      },
    };
  }
  const etablissements = parsed.data.etablissements.map((finess) => findEstablishment(finess)).filter((found): found is Etablissement => found !== undefined);
  return { ok: true, fields: { ...parsed.data, etablissements } };
}

/** One request per establishment, sent today (TRE_R357 39, "Notification envoyée"), as the real service does once signed. */
export function requestsFromDraft(draft: AdmissionDraft, clock: DemoClock, newId: () => string): AdmissionRequest[] {
  const sentAt = clock.now().toISOString();
  const status = { code: "39" as const, display: TRE_R357["39"].label };
  return draft.etablissements.map((etablissement) => ({
    partenaire: "via-trajectoire",
    id: newId(),
    personneSub: draft.personneSub,
    aidantSubs: [],
    titre: `Demande d’admission en ${CATEGORIES[etablissement.categorie.code].sigle} — ${etablissement.nom}`,
    secteur: etablissement.categorie.code === "500" ? "personnes-agees" : "personnes-handicapees",
    accueil: STAY_TYPES[draft.typeSejour],
    etablissement,
    statut: { system: TRE_R357_SYSTEM, ...status },
    historique: [{ date: sentAt, statut: status, commentaire: `Demande signée en ligne ; entrée souhaitée le ${draft.dateSouhaitee}.` }],
    prochaineEtape: { libelle: TRE_R357["39"].next, dateEstimee: null },
    reponseAttendueAvant: null,
    misAJourLe: sentAt,
  }));
}
