import { z } from "zod";

import { calendarDate, instant, label, optionalComment, personSub, requestId, webhookBody } from "../wire-common";

// ViaTrajectoire's wire format (raw types), as in docs/adr/0006-requests-api-and-webhooks.md.

const code = z.string().min(1).max(20);

export const vtDemandeSchema = z.object({
  partenaire: z.literal("via-trajectoire"),
  id: requestId,
  personneSub: personSub,
  titre: label,
  secteur: z.enum(["personnes-agees", "personnes-handicapees"]),
  accueil: label,
  etablissement: z.object({
    finess: z.string().regex(/^\d[\dAB]\d{7}$/, { error: "must be a 9-character FINESS number" }),
    nom: label,
    categorie: z.object({ code, libelle: label }),
    codePostal: z.string().regex(/^\d[\dAB]\d{3}$/),
    commune: label,
  }),
  statut: z.object({ system: z.url(), code, display: label }),
  historique: z.array(z.object({ date: instant, statut: z.object({ code, display: label }), commentaire: optionalComment })),
  prochaineEtape: z.object({ libelle: label, dateEstimee: calendarDate.nullable() }).nullable(),
  reponseAttendueAvant: calendarDate.nullable(),
  misAJourLe: instant,
  lien: z.url(),
});

export type VtDemande = z.infer<typeof vtDemandeSchema>;

export const vtOrientationSchema = z.object({
  id: requestId,
  personneSub: personSub,
  libelle: label,
  categorieCible: z.object({ code, libelle: label }),
  dateDecision: calendarDate,
  finValidite: calendarDate.nullable(),
});

export type VtOrientation = z.infer<typeof vtOrientationSchema>;

export const vtPersonRequestsSchema = z.object({
  personneSub: personSub,
  demandes: z.array(vtDemandeSchema),
  orientations: z.array(vtOrientationSchema),
  genereLe: instant,
});

export const vtWebhookSchema = webhookBody(vtDemandeSchema);
