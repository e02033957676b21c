import {
  addMonths,
  type FollowedRequest,
  followedStatus,
  isWithinMonths,
  mdphLegalDeadline,
  type MdphStepCode,
  type NextStep,
  plainLabelOf,
  type RenewalUnderWay,
  type RequestGroup,
  type TodoReason,
} from "@/lib/requests/model";

import type { MdphDemande } from "./wire";

export type MapContext = {
  /** YYYY-MM-DD in France, for "rights expiring within 6 months". */
  today: string;
  handoverUrl: string;
  /** Rights other open requests of the person already ask for (label → request title): no "renew it" to-do for them. */
  rightsUnderRequest?: ReadonlyMap<string, string>;
};

/** Rights ending within this many months are shown in "à faire": renewal takes about that long. */
export const RENEWAL_NOTICE_MONTHS = 6;

const NEXT_STEP_LABELS: Partial<Record<MdphStepCode, string>> = {
  depot: "Vérification du dossier par la MDPH",
  recevabilite: "Étude des besoins par l'équipe de la MDPH",
  "pieces-demandees": "Étude du dossier une fois complet",
  evaluation: "Décision de la CDAPH",
  "decision-cdaph": "Envoi de la décision",
  recours: "Nouvelle décision sur le recours",
};

/** The next step and its date: the legal deadline of the MDPH answer, or of the answer to a recours (2 months). */
function nextStep(raw: MdphDemande): NextStep | null {
  const label = NEXT_STEP_LABELS[raw.etape.code];
  if (!label) return null;
  if (raw.etape.code === "recours") {
    const filed = [...raw.historique].reverse().find((entry) => entry.etape === "recours");
    return { label, expectedDate: filed ? addMonths(filed.date.slice(0, 10), 2) : null, dateKind: filed ? "delai-legal" : null };
  }
  // The partner sends the deadline; the portal computes it when absent (same rule, R. 241-33 CASF).
  return { label, expectedDate: raw.dateLimiteLegale || mdphLegalDeadline(raw.dateDepot), dateKind: "delai-legal" };
}

/**
 * Rights asked for in these requests and not decided yet (label → title of the
 * request asking for them): a right ending soon is then already being renewed.
 */
export function rightsUnderRequest(raws: readonly MdphDemande[]): Map<string, string> {
  const rights = new Map<string, string>();
  for (const raw of raws) for (const right of raw.droits) if (right.decision === null) rights.set(right.libelle, raw.titre);
  return rights;
}

function todo(raw: MdphDemande, context: MapContext): { reasons: TodoReason[]; renewals: RenewalUnderWay[] } {
  const reasons: TodoReason[] = [];
  const renewals: RenewalUnderWay[] = [];
  const missing = raw.piecesDemandees.filter((piece) => !piece.recue).map((piece) => piece.libelle);
  if (missing.length > 0) reasons.push({ kind: "pieces-demandees", pieces: missing });
  for (const right of raw.droits) {
    const end = right.decision?.resultat === "accorde" ? right.decision.finValidite : null;
    if (!end || !isWithinMonths(end, context.today, RENEWAL_NOTICE_MONTHS)) continue;
    const renewal = context.rightsUnderRequest?.get(right.libelle);
    if (renewal) renewals.push({ right: right.libelle, on: end, requestTitle: renewal });
    else reasons.push({ kind: "droits-expirent", right: right.libelle, on: end });
  }
  return { reasons, renewals };
}

function group(raw: MdphDemande, reasons: TodoReason[]): RequestGroup {
  if (reasons.length > 0) return "a-faire";
  // Notified and every right decided: nothing more will happen on this request.
  const decided = raw.droits.length > 0 && raw.droits.every((right) => right.decision !== null);
  return raw.etape.code === "notification" && decided ? "termine" : "en-cours";
}

/** MDPH en ligne's Demande → the portal's FollowedRequest. */
export function mapMdphDemande(raw: MdphDemande, context: MapContext): FollowedRequest {
  const { reasons, renewals } = todo(raw, context);
  const timeline = [...raw.historique]
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date))
    .map((entry) => ({ date: entry.date, label: entry.libelle, plainLabel: plainLabelOf("mdph", entry.etape, entry.libelle), comment: entry.commentaire ?? null }));
  return {
    partner: "mdph-en-ligne",
    id: raw.id,
    personSubject: raw.personneSub,
    title: raw.titre,
    handledBy: raw.mdph.nom,
    status: followedStatus("mdph", raw.etape.code, raw.etape.libelle),
    timeline,
    nextStep: nextStep(raw),
    todo: reasons,
    renewalsUnderWay: renewals,
    group: group(raw, reasons),
    updatedAt: raw.misAJourLe,
    filedOn: raw.dateDepot,
    rights: raw.droits.map((right) => ({
      label: right.libelle,
      decision: right.decision?.resultat ?? null,
      decidedOn: right.decision?.date ?? null,
      validUntil: right.decision?.finValidite ?? null,
    })),
    pieces: raw.piecesDemandees.map((piece) => ({ label: piece.libelle, received: piece.recue })),
    establishment: null,
    handoverUrl: context.handoverUrl,
    offerPath: null,
  };
}
