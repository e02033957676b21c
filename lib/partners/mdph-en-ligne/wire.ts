import { z } from "zod";

import { MDPH_STEP_CODES } from "@/lib/requests/model";

import { calendarDate, instant, label, optionalComment, personSub, requestId, webhookBody } from "../wire-common";

// MDPH en ligne's wire format (raw types), as in docs/adr/0006-requests-api-and-webhooks.md.

const stepCode = z.enum(MDPH_STEP_CODES);

export const mdphDemandeSchema = z.object({
  partenaire: z.literal("mdph-en-ligne"),
  id: requestId,
  personneSub: personSub,
  titre: label,
  mdph: z.object({ departement: z.string().min(1).max(3), nom: label }),
  droits: z.array(
    z.object({
      code: z.string().min(1).max(40),
      libelle: label,
      decision: z
        .object({ resultat: z.enum(["accorde", "refuse"]), date: calendarDate, finValidite: calendarDate.nullable() })
        .nullable(),
    }),
  ),
  etape: z.object({ code: stepCode, libelle: label }),
  piecesDemandees: z.array(z.object({ libelle: label, recue: z.boolean() })),
  dateDepot: calendarDate,
  dateLimiteLegale: calendarDate,
  historique: z.array(z.object({ date: instant, etape: stepCode, libelle: label, commentaire: optionalComment })),
  misAJourLe: instant,
  lien: z.url(),
});

export type MdphDemande = z.infer<typeof mdphDemandeSchema>;

export const mdphPersonRequestsSchema = z.object({
  personneSub: personSub,
  demandes: z.array(mdphDemandeSchema),
  // MDPH en ligne has no orientations of its own (they are ViaTrajectoire's); tolerated, ignored.
  orientations: z.array(z.unknown()).optional(),
  genereLe: instant,
});

export const mdphWebhookSchema = webhookBody(mdphDemandeSchema);
