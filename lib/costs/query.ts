import { z } from "zod";

import { GIRS, type Gir } from "./apa";
import { dependanceForGir, type EhpadCostInput } from "./ehpad";

/**
 * The figures a person types, read from the URL (GET forms: no account, no JavaScript, a
 * shareable address). Each field gets its own French message; nothing typed can cause a 500.
 */

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** "1 600", "1600,50", "1 600 €" all read as numbers; anything else is refused with the field's message. */
function amount(label: string, unit: string, max: number) {
  return z
    .string()
    .transform((raw) => raw.replace(/[\s\u00a0\u202f€]/g, "").replace(",", "."))
    .pipe(
      z
        .string()
        .refine((text) => !text.startsWith("-"), { error: `${label} ne peut pas être négatif.` })
        .refine((text) => text.startsWith("-") || /^\d+(\.\d+)?$/.test(text), { error: `${label} doit être un nombre (${unit}), par exemple 1 600.` })
        .transform(Number)
        .refine((value) => value <= max, { error: `${label} semble trop élevé : ${max.toLocaleString("fr-FR")} ${unit} au plus.` }),
    );
}

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const girField = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z.enum(GIRS.map(String) as [string, ...string[]], { error: "Choisissez le GIR, de 1 à 6. Si vous ne le connaissez pas, choisissez celui qui paraît le plus proche." }),
);

const coupleField = z.preprocess((value) => (value === "" ? undefined : value), z.literal("oui", { error: "Valeur inattendue pour « en couple »." }).optional());

const resourcesField = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z.string({ error: "Indiquez vos ressources par mois, en euros." }).pipe(amount("Le montant des ressources", "euros par mois", 100_000)),
);

export const ehpadQuerySchema = z.object({
  gir: girField,
  ressources: resourcesField,
  couple: coupleField,
  aideLogement: optional(amount("L'aide au logement", "euros par mois", 2_000)),
  hebergement: optional(amount("Le prix de l'hébergement", "euros par jour", 1_000)),
  dependance: optional(amount("Le tarif dépendance de votre GIR", "euros par jour", 500)),
  dependance56: optional(amount("Le tarif dépendance GIR 5-6", "euros par jour", 500)),
});

export const domicileQuerySchema = z.object({
  gir: girField,
  ressources: resourcesField,
  couple: coupleField,
  plan: optional(amount("Le montant du plan d'aide", "euros par mois", 10_000)),
});

export type EhpadField = keyof z.infer<typeof ehpadQuerySchema>;
export type DomicileField = keyof z.infer<typeof domicileQuerySchema>;

export type ParsedQuery<Field extends string, Input> =
  | { status: "empty"; values: Partial<Record<Field, string>> }
  | { status: "invalid"; errors: Partial<Record<Field, string>>; values: Partial<Record<Field, string>> }
  | { status: "complete"; input: Input; values: Partial<Record<Field, string>> };

function rawValues<Field extends string>(params: Params, fields: readonly Field[]): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const value = first(params[field]);
    if (value !== undefined) values[field] = value.slice(0, 200);
  }
  return values;
}

function errorsOf<Field extends string>(error: z.ZodError): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as Field;
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The prices the offer publishes, per day; null where the CNSA file has none. */
export type KnownPrices = { hebergement: number | null; tarifGir12: number | null; tarifGir34: number | null; tarifGir56: number | null };

export const NO_KNOWN_PRICES: KnownPrices = { hebergement: null, tarifGir12: null, tarifGir34: null, tarifGir56: null };

export const EHPAD_FIELDS = Object.keys(ehpadQuerySchema.shape) as EhpadField[];
export const DOMICILE_FIELDS = Object.keys(domicileQuerySchema.shape) as DomicileField[];

/** The EHPAD form: the person's figures, and the prices the offer does not publish (typed). */
export function parseEhpadQuery(params: Params, known: KnownPrices = NO_KNOWN_PRICES): ParsedQuery<EhpadField, EhpadCostInput> {
  const values = rawValues(params, EHPAD_FIELDS);
  if (values.gir === undefined && values.ressources === undefined) return { status: "empty", values };
  const parsed = ehpadQuerySchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: errorsOf<EhpadField>(parsed.error), values };
  const data = parsed.data;
  const gir = Number(data.gir) as Gir;
  // A price the offer publishes wins over a typed one: the typed field is only shown when it is missing.
  const hebergement = known.hebergement ?? data.hebergement;
  const dependance = dependanceForGir(gir, known) ?? data.dependance;
  const dependance56 = known.tarifGir56 ?? (gir >= 5 ? dependance : data.dependance56);
  const errors: Partial<Record<EhpadField, string>> = {};
  if (hebergement === undefined) errors.hebergement = "Le prix de l'hébergement n'est pas connu : indiquez-le, en euros par jour (demandez-le à l'établissement).";
  if (dependance === undefined) errors.dependance = "Le tarif dépendance de votre GIR n'est pas connu : indiquez-le, en euros par jour.";
  if (dependance56 === undefined) errors.dependance56 = "Le tarif dépendance GIR 5-6 n'est pas connu : indiquez-le, en euros par jour.";
  if (hebergement === undefined || dependance === undefined || dependance56 === undefined) return { status: "invalid", errors, values };
  return {
    status: "complete",
    values,
    input: {
      gir,
      monthlyResources: data.ressources,
      couple: data.couple === "oui",
      hebergementDaily: hebergement,
      dependanceDaily: dependance,
      dependanceGir56Daily: dependance56,
      housingAid: data.aideLogement ?? null,
    },
  };
}

export type DomicileInput = { gir: Gir; monthlyResources: number; couple: boolean; plan: number | null };

export function parseDomicileQuery(params: Params): ParsedQuery<DomicileField, DomicileInput> {
  const values = rawValues(params, DOMICILE_FIELDS);
  if (values.gir === undefined && values.ressources === undefined) return { status: "empty", values };
  const parsed = domicileQuerySchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: errorsOf<DomicileField>(parsed.error), values };
  return { status: "complete", values, input: { gir: Number(parsed.data.gir) as Gir, monthlyResources: parsed.data.ressources, couple: parsed.data.couple === "oui", plan: parsed.data.plan ?? null } };
}

/** The person's own figures, as opposed to an establishment's prices. */
export const PERSON_FIELDS = ["gir", "ressources", "couple", "aideLogement"] as const satisfies readonly EhpadField[];

const isPersonField = (field: string) => (PERSON_FIELDS as readonly string[]).includes(field);

/** The errors on the person's own figures only (a comparison does not ask for prices). */
export function personErrors(errors: Partial<Record<EhpadField, string>>): Partial<Record<EhpadField, string>> {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => isPersonField(field)));
}

/** The person's own figures (not the typed prices), to carry from one page to the next in the URL. */
export function personFigures(values: Partial<Record<EhpadField, string>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const field of PERSON_FIELDS) {
    const value = values[field];
    if (value !== undefined && value !== "") kept[field] = value;
  }
  return kept;
}

const COST_FIELDS = new Set<string>([...EHPAD_FIELDS, ...DOMICILE_FIELDS]);

/** The page's other parameters (search, comparison), for the hidden fields of a cost form. */
export function keptParams(params: Params): Array<[string, string]> {
  const kept: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(params)) {
    if (COST_FIELDS.has(name) || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) if (kept.length < 50) kept.push([name, item.slice(0, 200)]);
  }
  return kept;
}
