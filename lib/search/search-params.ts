import { z } from "zod";

/** "Pour qui ?" choices, shared by the home page form and the search page. */
export const audienceOptions = [
  { value: "personnes-agees", label: "Une personne âgée" },
  { value: "personnes-handicapees", label: "Une personne en situation de handicap" },
  { value: "aidants", label: "Un aidant ou une aidante (vous aidez un proche)" },
] as const;

export type Audience = (typeof audienceOptions)[number]["value"];

const audienceValues = audienceOptions.map((option) => option.value) as [Audience, ...Audience[]];

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const emptyToUndefined = (value: unknown) => {
  const first = firstValue(value);
  return typeof first === "string" && first.trim() === "" ? undefined : first;
};

export const searchParamsSchema = z.object({
  lieu: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .max(100, { error: "Le lieu doit faire 100 caractères au maximum." })
      .optional(),
  ),
  public: z.preprocess(
    emptyToUndefined,
    z.enum(audienceValues, { error: "Choisissez « Pour qui ? » parmi les réponses proposées." }).optional(),
  ),
});

export type SearchQuery = z.infer<typeof searchParamsSchema>;

export type SearchFormErrors = Partial<Record<keyof SearchQuery, string>>;

export type ParsedSearch =
  | { ok: true; query: SearchQuery }
  | { ok: false; errors: SearchFormErrors; raw: Record<string, string | undefined> };

/** Validates the query string of a search URL; bad values give French messages, never an exception. */
export function parseSearchParams(params: Record<string, string | string[] | undefined>): ParsedSearch {
  const result = searchParamsSchema.safeParse(params);
  if (result.success) return { ok: true, query: result.data };
  const errors: SearchFormErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    if ((key === "lieu" || key === "public") && !errors[key]) errors[key] = issue.message;
  }
  const raw = {
    lieu: typeof firstValue(params.lieu) === "string" ? (firstValue(params.lieu) as string) : undefined,
    public: typeof firstValue(params.public) === "string" ? (firstValue(params.public) as string) : undefined,
  };
  return { ok: false, errors, raw };
}

export function audienceLabel(value: Audience): string {
  return audienceOptions.find((option) => option.value === value)?.label ?? value;
}
