import { z } from "zod";

import { GROUP_SLUGS, OFFER_TYPES, PUBLIC_SLUGS } from "@/lib/offers/referentials";

import { audienceOptions, DEFAULT_SORT, MAX_COMPARED, RADIUS_KM, sortOptions, temporaliteOptions, type SortChoice, type Temporalite } from "./search-options";

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const emptyToUndefined = (value: unknown) => {
  const first = firstValue(value);
  return typeof first === "string" && first.trim() === "" ? undefined : first;
};
const asList = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const typeSlugs = new Set(OFFER_TYPES.map((type) => type.slug));

export const searchParamsSchema = z.object({
  lieu: z.preprocess(emptyToUndefined, z.string().trim().max(100, { error: "Le lieu doit faire 100 caractères au maximum." }).optional()),
  lat: z.preprocess(emptyToUndefined, z.coerce.number({ error: "Position invalide." }).min(-90).max(90).optional()),
  lon: z.preprocess(emptyToUndefined, z.coerce.number({ error: "Position invalide." }).min(-180).max(180).optional()),
  rayon: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `Le rayon doit être un nombre de kilomètres entre ${RADIUS_KM.min} et ${RADIUS_KM.max}.` })
      .int({ error: "Le rayon doit être un nombre entier de kilomètres." })
      .min(RADIUS_KM.min, { error: `Le rayon doit être d'au moins ${RADIUS_KM.min} km.` })
      .max(RADIUS_KM.max, { error: `Le rayon doit être de ${RADIUS_KM.max} km au plus.` })
      .default(RADIUS_KM.default),
  ),
  public: z.preprocess(emptyToUndefined, z.enum(PUBLIC_SLUGS, { error: "Choisissez « Pour qui ? » parmi les réponses proposées." }).optional()),
  groupe: z.preprocess(emptyToUndefined, z.enum(GROUP_SLUGS, { error: "Choisissez une famille de solutions dans la liste." }).optional()),
  type: z.preprocess(
    (value) => asList(value).filter((item) => typeof item !== "string" || item.trim() !== ""),
    z.array(z.string().refine((slug) => typeSlugs.has(slug), { error: "Un type de solution demandé n'existe pas." })).max(20),
  ),
  temporalite: z.preprocess(
    emptyToUndefined,
    z.enum(temporaliteOptions.map((option) => option.value) as [Temporalite, ...Temporalite[]], { error: "Choisissez un type d'accueil dans la liste." }).optional(),
  ),
  prixMax: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "Le prix maximum doit être un nombre d'euros par mois." })
      .int({ error: "Indiquez le prix maximum en euros entiers." })
      .min(0, { error: "Le prix maximum ne peut pas être négatif." })
      .max(20_000, { error: "Le prix maximum doit être de 20 000 € par mois au plus." })
      .optional(),
  ),
  aideSociale: z.preprocess(emptyToUndefined, z.literal("oui", { error: "Valeur inattendue pour « habilité à l'aide sociale »." }).optional()),
  accessible: z.preprocess(emptyToUndefined, z.literal("oui", { error: "Valeur inattendue pour « locaux accessibles en fauteuil roulant »." }).optional()),
  tri: z.preprocess(
    emptyToUndefined,
    z.enum(sortOptions.map((option) => option.value) as [SortChoice, ...SortChoice[]], { error: "Choisissez un ordre dans la liste « Trier par »." }).default(DEFAULT_SORT),
  ),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(100, { error: "Les mots-clés doivent faire 100 caractères au maximum." }).optional()),
  comparer: z.preprocess(
    (value) => asList(value).filter((item) => typeof item === "string" && item.trim() !== ""),
    z.array(z.string().max(200, { error: "Une des solutions à comparer a un identifiant trop long : choisissez-la à nouveau dans les résultats." })).max(MAX_COMPARED, { error: `Vous pouvez comparer ${MAX_COMPARED} solutions au plus.` }),
  ),
  page: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ error: "Numéro de page invalide." }).int().min(1, { error: "Numéro de page invalide." }).max(1_000).default(1),
  ),
});

export type SearchQuery = z.infer<typeof searchParamsSchema>;
export type SearchField = keyof SearchQuery;
export type SearchFormErrors = Partial<Record<SearchField, string>>;
/** What the person typed, to show the form again as it was. */
export type RawSearchValues = Partial<Record<SearchField, string | string[]>>;

export type ParsedSearch = { ok: true; query: SearchQuery; raw: RawSearchValues } | { ok: false; errors: SearchFormErrors; raw: RawSearchValues };

function rawValues(params: Record<string, string | string[] | undefined>): RawSearchValues {
  const raw: RawSearchValues = {};
  for (const key of Object.keys(searchParamsSchema.shape) as SearchField[]) {
    const value = params[key];
    if (value !== undefined) raw[key] = key === "type" || key === "comparer" ? asList(value).map(String) : String(firstValue(value));
  }
  return raw;
}

/** Validates the query string of a search URL; bad values give French messages, never an exception. */
export function parseSearchParams(params: Record<string, string | string[] | undefined>): ParsedSearch {
  const raw = rawValues(params);
  const result = searchParamsSchema.safeParse(params);
  if (result.success) return { ok: true, query: result.data, raw };
  const errors: SearchFormErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0] as SearchField | undefined;
    if (key && !errors[key]) errors[key] = issue.message;
  }
  return { ok: false, errors, raw };
}

export function audienceLabel(value: string): string {
  return audienceOptions.find((option) => option.value === value)?.label ?? value;
}

