import {
  type FollowedRequest,
  followedStatus,
  getStatusExplanation,
  isWithinMonths,
  type Orientation,
  plainLabelOf,
  type RequestGroup,
  type TodoReason,
  TRE_R357_SYSTEM,
} from "@/lib/requests/model";

import type { VtDemande, VtOrientation } from "./wire";

export type MapContext = {
  /** YYYY-MM-DD in France. */
  today: string;
  handoverUrl: string;
  /** The catalogue offer of the establishment (`/offres/<id>`), found by FINESS ET. */
  offerPath: string | null;
};

/** The person is in (or followed by) the establishment: the admission request has reached its end. */
const ADMITTED_CODES = new Set(["47", "186"]);

function group(raw: VtDemande, reasons: TodoReason[]): RequestGroup {
  if (reasons.length > 0) return "a-faire";
  const known = raw.statut.system === TRE_R357_SYSTEM ? getStatusExplanation("tre-r357", raw.statut.code) : undefined;
  return known?.final || ADMITTED_CODES.has(raw.statut.code) ? "termine" : "en-cours";
}

/** ViaTrajectoire's Demande → the portal's FollowedRequest. */
export function mapViaTrajectoireDemande(raw: VtDemande, context: MapContext): FollowedRequest {
  const reasons: TodoReason[] = [];
  // An establishment proposes an admission the person must confirm, while the deadline has not passed.
  if (raw.reponseAttendueAvant && raw.reponseAttendueAvant >= context.today) {
    reasons.push({ kind: "admission-a-confirmer", before: raw.reponseAttendueAvant, establishment: raw.etablissement.nom });
  }
  const tre = raw.statut.system === TRE_R357_SYSTEM;
  // A code from another code system is shown with the partner's own label.
  const status = followedStatus(tre ? "tre-r357" : null, raw.statut.code, raw.statut.display);
  const timeline = [...raw.historique]
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date))
    .map((entry) => ({
      date: entry.date,
      label: entry.statut.display,
      plainLabel: tre ? plainLabelOf("tre-r357", entry.statut.code, entry.statut.display) : entry.statut.display,
      comment: entry.commentaire ?? null,
    }));
  return {
    partner: "via-trajectoire",
    id: raw.id,
    personSubject: raw.personneSub,
    title: raw.titre,
    handledBy: `${raw.etablissement.nom}, ${raw.etablissement.commune}`,
    status,
    timeline,
    nextStep: raw.prochaineEtape
      ? { label: raw.prochaineEtape.libelle, expectedDate: raw.prochaineEtape.dateEstimee, dateKind: raw.prochaineEtape.dateEstimee ? "estimation-partenaire" : null }
      : null,
    todo: reasons,
    renewalsUnderWay: [],
    group: group(raw, reasons),
    updatedAt: raw.misAJourLe,
    filedOn: null,
    rights: [],
    pieces: [],
    establishment: {
      finess: raw.etablissement.finess,
      name: raw.etablissement.nom,
      category: raw.etablissement.categorie.libelle,
      postalCode: raw.etablissement.codePostal,
      city: raw.etablissement.commune,
      sector: raw.secteur === "personnes-agees" ? "Personnes âgées" : "Personnes handicapées",
      accommodation: raw.accueil,
    },
    handoverUrl: context.handoverUrl,
    offerPath: context.offerPath,
  };
}

/** A CDAPH orientation → the portal's Orientation (expiring within 6 months: renew it). */
export function mapViaTrajectoireOrientation(raw: VtOrientation, today: string): Orientation {
  return {
    id: raw.id,
    label: raw.libelle,
    target: raw.categorieCible.libelle,
    decidedOn: raw.dateDecision,
    validUntil: raw.finValidite,
    expiresSoon: raw.finValidite ? isWithinMonths(raw.finValidite, today, 6) : false,
  };
}
