import {
  offerType,
  typeForCategorie,
  typeForTypeOffre,
  EXCLUDED_TYPES_OFFRE,
  type OfferTypeDefinition,
  type PublicSlug,
} from "./referentials";

export const MODE_HEBERGEMENT = "46";
export const MODE_ACCUEIL_DE_JOUR = "47";
export const TEMPORALITE_TEMPORAIRE = "01";
export const TEMPORALITE_PERMANENT = "02";

export type ClassificationInput = {
  /** JDV_J238 type d'offre, when the source is the ROR. */
  typeOffre?: string | null;
  /** JDV_J55 catégorie d'établissement, when known (ROR Organization type, FINESS). */
  categorie?: string | null;
  /** JDV_J19 modes de prise en charge. */
  modes?: readonly string[];
  /** JDV_J30 temporalités d'accueil. */
  temporalites?: readonly string[];
  /** Portal type slug decided by a non-regulated source mapper (France Services, MBA…). */
  typeSlug?: string | null;
};

export type Classification =
  | { ok: true; type: OfferTypeDefinition }
  /** `outOfScope`: a valid code that the portal does not list (hospital care…), as opposed to missing data. */
  | { ok: false; reason: string; outOfScope: boolean };

/**
 * Puts an offer in one portal type. In the ROR, day care and temporary stays
 * are offers of a residential type d'offre qualified by their mode
 * (J19 47 "Accueil de jour") or temporalité (J30 01 "Temporaire"): they are
 * classified as "accueil-de-jour" / "hebergement-temporaire" so that caregivers
 * find them under "Soutenir les aidants".
 */
export function classifyOffer(input: ClassificationInput): Classification {
  const base = baseType(input);
  if (!base.ok) return base;
  const type = base.type;
  if (!type.residential) return base;
  const modes = input.modes ?? [];
  const temporalites = input.temporalites ?? [];
  if (modes.includes(MODE_ACCUEIL_DE_JOUR) && !modes.includes(MODE_HEBERGEMENT)) {
    return { ok: true, type: requireType("accueil-de-jour") };
  }
  if (temporalites.length > 0 && temporalites.every((code) => code === TEMPORALITE_TEMPORAIRE)) {
    return { ok: true, type: requireType("hebergement-temporaire") };
  }
  return base;
}

function baseType(input: ClassificationInput): Classification {
  if (input.typeSlug) {
    const type = offerType(input.typeSlug);
    return type ? { ok: true, type } : { ok: false, reason: `type d'offre du portail inconnu : ${input.typeSlug}`, outOfScope: false };
  }
  if (input.typeOffre) {
    const type = typeForTypeOffre(input.typeOffre);
    if (type) return { ok: true, type };
    // An explicit type d'offre outside the referential is not overridden by the
    // catégorie: a hospital unit of a medico-social organisation stays out.
    if (EXCLUDED_TYPES_OFFRE.includes(input.typeOffre)) {
      return { ok: false, reason: `type d'offre ${input.typeOffre} hors du champ de l'autonomie (soins hospitaliers)`, outOfScope: true };
    }
    return { ok: false, reason: `type d'offre ${input.typeOffre} hors du champ de l'autonomie`, outOfScope: true };
  }
  if (input.categorie) {
    const type = typeForCategorie(input.categorie);
    if (type) return { ok: true, type };
    return { ok: false, reason: `catégorie d'établissement ${input.categorie} hors du champ de l'autonomie`, outOfScope: true };
  }
  return { ok: false, reason: "ni type d'offre ni catégorie d'établissement", outOfScope: false };
}

function requireType(slug: string): OfferTypeDefinition {
  const type = offerType(slug);
  if (!type) throw new Error(`Referential is missing type ${slug}`);
  return type;
}

/**
 * Public slugs of an offer from its JDV_J29 codes and what the source says
 * (`extra`); the type's default publics when neither names the people helped.
 * Offers of the caregivers group always carry "aidants".
 */
export function publicSlugsFor(type: OfferTypeDefinition, publicCodes: readonly string[], extra: readonly PublicSlug[] = []): PublicSlug[] {
  const slugs = new Set<PublicSlug>(extra);
  for (const code of publicCodes) {
    for (const slug of J29_TO_PUBLICS[code] ?? []) slugs.add(slug);
  }
  if (!slugs.has("personnes-agees") && !slugs.has("personnes-handicapees")) {
    for (const slug of type.defaultPublics) slugs.add(slug);
  }
  if (type.group === "soutenir-les-aidants") slugs.add("aidants");
  return ORDER.filter((slug) => slugs.has(slug));
}

const ORDER: readonly PublicSlug[] = ["personnes-agees", "personnes-handicapees", "aidants"];

const J29_TO_PUBLICS: Readonly<Record<string, readonly PublicSlug[]>> = {
  "01": ["personnes-agees"],
  "02": ["personnes-handicapees"],
  "03": ["personnes-agees"],
  "05": ["personnes-agees", "personnes-handicapees"],
  "07": ["personnes-agees", "personnes-handicapees", "aidants"],
};
