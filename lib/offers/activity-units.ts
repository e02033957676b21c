/**
 * A PASA (pôle d'activités et de soins adaptés, J238 type d'offre "25") is a day activity unit
 * inside an EHPAD for some of its own residents: it is not a way to live there, so it never
 * counts as accommodation, places or an "accueil permanent" (issue #18).
 */
export const PASA_TYPE_OFFRE = "25";

export function isResidentsOnlyActivity(typeOffre: string | null): boolean {
  return typeOffre === PASA_TYPE_OFFRE;
}

/** What a person reads next to such an offer instead of a number of places. */
export const RESIDENTS_ONLY_ACTIVITY_NOTE = "Activités de jour pour les résidents de l'établissement, sans hébergement";
