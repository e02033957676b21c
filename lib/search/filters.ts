import { STEP_FREE_ACCESSIBILITY_TEXTS } from "@/lib/offers/accessibility";
import { isResidentsOnlyActivity } from "@/lib/offers/activity-units";

import type { OfferSearch } from "./offer-search";
import type { Temporalite } from "./search-options";

/**
 * The filter rules of the search, written once: the catalogue snapshot applies them to every
 * offer of the search's band (catalogue-snapshot.ts). Pure functions, no I/O.
 */

/** What the filters read of an offer: the snapshot keeps these fields for every listed offer. */
export type FilterableOffer = {
  typeSlug: string;
  groupSlug: string;
  /** JDV_J238 type d'offre: tells a PASA (never a stay) from accommodation. */
  typeOffre: string | null;
  publicSlugs: readonly string[];
  /** J30 temporalités: "01" temporary, "02" permanent. */
  temporalites: readonly string[];
  /** J19 modes de prise en charge: "47" is accueil de jour. */
  modes: readonly string[];
  prixMensuel: number | null;
  habilitationAideSociale: boolean;
  /** Premises declared wheelchair accessible (`isStepFree`). */
  stepFree: boolean;
  /** `keywordText` of the name and description. */
  text: string;
};

const TEMPORAIRE = "01";
const PERMANENT = "02";
const ACCUEIL_DE_JOUR_MODE = "47";

/**
 * What the keyword is looked for in: name and description, lower-cased once when the snapshot is
 * built. The NUL between them keeps a keyword from matching across the two.
 */
export function keywordText(name: string, description: string | null): string {
  return `${name}\u0000${description ?? ""}`.toLowerCase();
}

/** Premises declared "Accessible" or "Conforme" (lib/offers/accessibility.ts), from the stored text. */
export function isStepFree(accessibility: string | null): boolean {
  return accessibility !== null && STEP_FREE_ACCESSIBILITY_TEXTS.includes(accessibility);
}

type TemporaliteOffer = Pick<FilterableOffer, "typeSlug" | "typeOffre" | "temporalites" | "modes">;

/** "Accueil permanent", "temporaire", "de jour". A PASA is never a stay, whatever temporalité its source gives it. */
export const temporaliteRules: Record<Temporalite, (offer: TemporaliteOffer) => boolean> = {
  permanent: (offer) => offer.temporalites.includes(PERMANENT) && !isResidentsOnlyActivity(offer.typeOffre),
  temporaire: (offer) =>
    (offer.temporalites.includes(TEMPORAIRE) || offer.typeSlug === "hebergement-temporaire") && !isResidentsOnlyActivity(offer.typeOffre),
  "accueil-de-jour": (offer) => offer.modes.includes(ACCUEIL_DE_JOUR_MODE) || offer.typeSlug === "accueil-de-jour",
};

/** The search's filters (everything but the place and radius) as one predicate. */
export function offerFilter(search: Omit<OfferSearch, "origin" | "radiusKm" | "sort">): (offer: FilterableOffer) => boolean {
  const types = search.types.length > 0 ? new Set(search.types) : null;
  const temporalite = search.temporalite ? temporaliteRules[search.temporalite] : null;
  // Literal, case-insensitive substring: "%" and "_" are plain characters, as a person means them.
  const keyword = search.texte?.toLowerCase();
  return (offer) =>
    (!search.groupe || offer.groupSlug === search.groupe) &&
    (!types || types.has(offer.typeSlug)) &&
    (!search.public || offer.publicSlugs.includes(search.public)) &&
    (!temporalite || temporalite(offer)) &&
    // An offer without a known price never passes a maximum price.
    (search.prixMax === undefined || (offer.prixMensuel !== null && offer.prixMensuel <= search.prixMax)) &&
    (!search.aideSociale || offer.habilitationAideSociale) &&
    (!search.accessible || offer.stepFree) &&
    (!keyword || offer.text.includes(keyword));
}
