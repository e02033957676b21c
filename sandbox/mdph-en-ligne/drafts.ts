import { z } from "zod";

import { identityAndContactSchema, invalidDraftBody, type StoredDraft } from "../partner-kit/drafts";
import { addMonths, type DemoClock } from "../partner-kit/demo-clock";
import type { DraftsDefinition } from "../partner-kit/requests-partner";
import { MDPH_OFFICES, RIGHTS, stepLabel, type MdphRequest, type MdphStore, type RightCode } from "./data";

// New MDPH request drafts created by the portal (docs/adr/0011): the identity
// and contact sections of the cerfa 15692 form, pre-filled from the person's
// profile. What is asked for (rights, life project) and the medical
// certificate are given here by the person, never by the portal.

export const mdphDraftSchema = identityAndContactSchema
  .extend({
    personneSub: z.string().min(1).max(200),
    referencePortail: z.string().min(1).max(100),
  })
  .strict();

export type MdphDraft = StoredDraft & z.infer<typeof mdphDraftSchema>;

export function parseMdphDraft(body: unknown): ReturnType<DraftsDefinition<MdphDraft, MdphStore>["parse"]> {
  const parsed = mdphDraftSchema.safeParse(body);
  if (!parsed.success) return { ok: false, status: 400, body: invalidDraftBody(parsed.error) };
  return { ok: true, fields: parsed.data };
}

/** The MDPH of the person's department (from the postcode; Paris without an address). */
export function mdphFor(draft: MdphDraft): MdphRequest["mdph"] {
  const departement = draft.adresse?.codePostal.slice(0, 2) ?? "75";
  return MDPH_OFFICES.find((office) => office.departement === departement) ?? { departement, nom: `MDPH du département ${departement} (fictive)` };
}

export function isRightCode(code: string): code is RightCode {
  return Object.hasOwn(RIGHTS, code);
}

/** The request a signed draft becomes: filed today, asking for `rights`. */
export function requestFromDraft(draft: MdphDraft, rights: readonly RightCode[], clock: DemoClock, id: string): MdphRequest {
  const now = clock.now().toISOString();
  const today = clock.day(0);
  return {
    partenaire: "mdph-en-ligne",
    id,
    personneSub: draft.personneSub,
    aidantSubs: [],
    titre: rights.length === 1 ? `Demande : ${RIGHTS[rights[0] as RightCode]}` : `Demande de ${rights.join(", ")}`,
    mdph: mdphFor(draft),
    droits: rights.map((code) => ({ code, libelle: RIGHTS[code], decision: null })),
    etape: { code: "depot", libelle: stepLabel("depot") },
    piecesDemandees: [],
    dateDepot: today,
    dateLimiteLegale: addMonths(today, 4),
    historique: [{ date: now, etape: "depot", libelle: stepLabel("depot"), commentaire: "Dossier signé et déposé en ligne." }],
    misAJourLe: now,
  };
}
