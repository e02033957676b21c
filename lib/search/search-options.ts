import { GROUPS, type PUBLIC_SLUGS } from "@/lib/offers/referentials";

/**
 * The choices of the search form, without the validation (zod): the form is a
 * client component, and these lists are all it needs in the browser.
 */

/** "Pour qui ?" choices, shared by the home page form and the search page. */
export const audienceOptions = [
  { value: "personnes-agees", label: "Une personne âgée" },
  { value: "personnes-handicapees", label: "Une personne en situation de handicap" },
  { value: "aidants", label: "Un aidant ou une aidante (vous aidez un proche)" },
] as const satisfies ReadonlyArray<{ value: (typeof PUBLIC_SLUGS)[number]; label: string }>;

export type Audience = (typeof audienceOptions)[number]["value"];

export const temporaliteOptions = [
  { value: "permanent", label: "Accueil permanent" },
  { value: "temporaire", label: "Accueil temporaire (quelques jours ou semaines)" },
  { value: "accueil-de-jour", label: "Accueil de jour" },
] as const;

export type Temporalite = (typeof temporaliteOptions)[number]["value"];

/** "Trier par" choices: nearest site first (default) or cheapest monthly price first. */
export const sortOptions = [
  { value: "distance", label: "Distance, du plus proche au plus loin" },
  { value: "prix", label: "Prix par mois, du moins cher au plus cher" },
] as const;

export type SortChoice = (typeof sortOptions)[number]["value"];
export const DEFAULT_SORT: SortChoice = "distance";

/** The comparison holds at most this many offers (kept in the URL, works without JavaScript). */
export const MAX_COMPARED = 4;

export const RADIUS_KM = { min: 5, max: 100, default: 20 } as const;
export const radiusOptions = [5, 10, 20, 30, 50, 100] as const;

export const groupOptions = GROUPS.map((group) => ({
  value: group.slug,
  label: group.label,
  types: group.types.map((type) => ({ value: type.slug, label: type.label })),
}));
