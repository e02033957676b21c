import { z } from "zod";

import { MES_DEMARCHES_PATH, contentPagePath } from "./links";
import { getOfferGroup } from "./offer-groups";
import { type PortalId, getPortal } from "./portals";
import { getContentPage } from "./registry";
import { type OfferGroupSlug, type SearchAudience, buildSearchHref } from "./search-link";
import type { ContentSection } from "./types";

/**
 * The orientation wizard "Que voulez-vous faire ?": four questions and an
 * optional place, answered in a native GET form, so it works without
 * JavaScript. `parseOrientationQuery` validates the query string; `orient`
 * turns valid answers into recommendations, portal pages first, then external
 * public portals, every search link near the place given.
 */

/**
 * Text that depends on the first answer: "Pour moi" asks in the second person,
 * "Pour un proche" in the third. The form shows the right one (CSS :has, no
 * script needed); the second person is the default before any answer.
 */
export type Wording = string | { moi: string; proche: string };
export type Reader = "moi" | "proche";

export function wordingFor(wording: Wording, reader: Reader): string {
  return typeof wording === "string" ? wording : wording[reader];
}

export const ORIENTATION_QUESTIONS = [
  {
    id: "pour",
    legend: "Pour qui cherchez-vous ?",
    options: [
      { value: "moi", label: "Pour moi" },
      { value: "proche", label: "Pour un proche que j'aide" },
    ],
  },
  {
    id: "public",
    legend: { moi: "Quelle est votre situation ?", proche: "Quelle est la situation de votre proche ?" },
    hint: "Si les deux réponses sont vraies, choisissez ce qui compte le plus pour vous.",
    options: [
      { value: "personnes-agees", label: { moi: "J'ai 60 ans ou plus", proche: "Une personne âgée de 60 ans ou plus" } },
      {
        value: "personnes-handicapees",
        label: { moi: "Je suis en situation de handicap", proche: "Une personne en situation de handicap" },
      },
    ],
  },
  {
    id: "besoin",
    legend: "De quoi avez-vous besoin ?",
    options: [
      { value: "trouver", label: "Trouver une place ou un service" },
      { value: "aide-financiere", label: "Demander une aide pour payer" },
      { value: "suivre", label: "Suivre une demande déjà faite" },
      { value: "soutien-aidant", label: "Être soutenu parce que j'aide un proche" },
    ],
  },
  {
    id: "habitat",
    legend: { moi: "Où vivez-vous, ou voulez-vous vivre ?", proche: "Où votre proche vit-il, ou veut-il vivre ?" },
    options: [
      { value: "domicile", label: "À la maison" },
      { value: "etablissement", label: "Dans un établissement" },
      { value: "ne-sait-pas", label: "Je ne sais pas encore" },
    ],
  },
] as const satisfies ReadonlyArray<{
  id: string;
  legend: Wording;
  hint?: string;
  options: ReadonlyArray<{ value: string; label: Wording }>;
}>;

/** The optional last question: where to look for solutions. */
export const ORIENTATION_PLACE_QUESTION = {
  id: "lieu",
  label: { moi: "Où habitez-vous ?", proche: "Où habite votre proche ?" },
  hint: "Vous pouvez écrire une commune ou un code postal, pour chercher près de ce lieu.",
  maxLength: 100,
} as const satisfies { id: string; label: Wording; hint: string; maxLength: number };

type Question = (typeof ORIENTATION_QUESTIONS)[number];
export type OrientationQuestionId = Question["id"];
type OptionValue<Id extends OrientationQuestionId> = Extract<Question, { id: Id }>["options"][number]["value"];

function optionValues<Id extends OrientationQuestionId>(id: Id): [OptionValue<Id>, ...OptionValue<Id>[]] {
  const question = ORIENTATION_QUESTIONS.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`Unknown question: ${id}`);
  return question.options.map((option) => option.value) as [OptionValue<Id>, ...OptionValue<Id>[]];
}

export const orientationAnswersSchema = z.object({
  pour: z.enum(optionValues("pour")),
  public: z.enum(optionValues("public")),
  besoin: z.enum(optionValues("besoin")),
  habitat: z.enum(optionValues("habitat")),
  lieu: z.string().max(ORIENTATION_PLACE_QUESTION.maxLength).optional(),
});

export type OrientationAnswers = z.infer<typeof orientationAnswersSchema>;

export type OrientationQuery = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

type OrientationValueId = OrientationQuestionId | "lieu";

export type ParsedOrientation =
  | { status: "empty" }
  | {
      status: "invalid";
      errors: Partial<Record<OrientationQuestionId, string>>;
      /** What was submitted, to keep the choices checked when the form is shown again. */
      values: Partial<Record<OrientationValueId, string>>;
    }
  | { status: "complete"; answers: OrientationAnswers };

const QUESTION_IDS = ORIENTATION_QUESTIONS.map((question) => question.id);

function readRaw(query: OrientationQuery, key: OrientationValueId): string | undefined {
  const raw = query instanceof URLSearchParams ? query.get(key) : query[key];
  return typeof raw === "string" || raw === null || raw === undefined ? (raw ?? undefined) : raw[0];
}

function readValue(query: OrientationQuery, key: OrientationValueId): string | undefined {
  const trimmed = readRaw(query, key)?.trim();
  return trimmed ? trimmed : undefined;
}

/** Who the questions speak to, from the first answer (second person until "Pour un proche" is chosen). */
export function readerOf(pour: string | undefined): Reader {
  return pour === "proche" ? "proche" : "moi";
}

/** The legend of a question as the reader sees it. */
export function questionLegend(id: OrientationQuestionId, reader: Reader): string {
  const question = ORIENTATION_QUESTIONS.find((candidate) => candidate.id === id);
  return question ? wordingFor(question.legend, reader) : id;
}

/**
 * Validates the wizard's query string. No answer at all is the first visit
 * ("empty"): the page shows the form without error messages. The place field
 * is always sent by the form, even blank, so a form sent without any answer
 * is told what is missing.
 */
export function parseOrientationQuery(query: OrientationQuery): ParsedOrientation {
  const values: Partial<Record<OrientationValueId, string>> = {};
  for (const id of [...QUESTION_IDS, "lieu"] as const) {
    const value = readValue(query, id);
    if (value !== undefined) values[id] = value;
  }
  const sent = readRaw(query, "lieu") !== undefined;
  if (Object.keys(values).length === 0 && !sent) return { status: "empty" };
  const result = orientationAnswersSchema.safeParse(values);
  if (result.success) return { status: "complete", answers: result.data };
  const reader = readerOf(values.pour);
  const errors: Partial<Record<OrientationQuestionId, string>> = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    const id = QUESTION_IDS.find((candidate) => candidate === key);
    if (id && !errors[id]) errors[id] = `Choisissez une réponse à la question « ${questionLegend(id, reader)} ».`;
  }
  return { status: "invalid", errors, values };
}

/** Every combination of answers, in question order: for tests and for the FALC corpus. */
export function allOrientationAnswers(): OrientationAnswers[] {
  const combinations: Record<string, string>[] = [{}];
  const expanded = ORIENTATION_QUESTIONS.reduce<Record<string, string>[]>(
    (partial, question) =>
      partial.flatMap((answers) => question.options.map((option) => ({ ...answers, [question.id]: option.value }))),
    combinations,
  );
  return expanded.map((answers) => orientationAnswersSchema.parse(answers));
}

export type Recommendation = {
  /** Stable identifier: "page:aides/pch", "recherche:vivre-a-domicile", "portail:viatrajectoire", "mes-demarches". */
  id: string;
  title: string;
  /** Why this is recommended, in plain words (checked by the FALC checker). */
  why: string;
  href: string;
  external: boolean;
};

type PageRef = { section: ContentSection; slug: string };

function page(ref: PageRef, why: string): Recommendation {
  const target = getContentPage(ref.section, ref.slug);
  if (!target) throw new Error(`Unknown content page: ${ref.section}/${ref.slug}`);
  return { id: `page:${ref.section}/${ref.slug}`, title: target.title, why, href: contentPagePath(ref), external: false };
}

function search(groupe: OfferGroupSlug, audience: SearchAudience, lieu: string | undefined, why: string): Recommendation {
  return {
    id: `recherche:${groupe}`,
    title: getOfferGroup(groupe).searchLabel,
    why,
    href: buildSearchHref({ groupe, public: audience, lieu }),
    external: false,
  };
}

function portal(id: PortalId, why: string): Recommendation {
  const target = getPortal(id);
  return { id: `portail:${id}`, title: target.name, why, href: target.url, external: true };
}

const followHere: Recommendation = {
  id: "mes-demarches",
  title: "Suivre mes démarches",
  why: "Vous voyez où en est la demande et ce que veut dire chaque étape.",
  href: MES_DEMARCHES_PATH,
  external: false,
};

/**
 * Recommendations for a set of answers: pages of this portal first (search,
 * explanations, dashboard), then external public portals. Never empty.
 */
export function orient(answers: OrientationAnswers): Recommendation[] {
  const elderly = answers.public === "personnes-agees";
  const audience: SearchAudience = answers.besoin === "soutien-aidant" ? "aidants" : answers.public;
  const inEstablishment = answers.habitat === "etablissement";
  const undecided = answers.habitat === "ne-sait-pas";
  const forRelative = answers.pour === "proche";
  const internal: Recommendation[] = [];
  const external: Recommendation[] = [];

  switch (answers.besoin) {
    case "trouver":
      if (inEstablishment) {
        internal.push(search("en-etablissement", audience, answers.lieu, "Cherchez un établissement près de chez vous."));
        internal.push(
          page(
            { section: "demarches", slug: "entrer-en-etablissement" },
            "Cette page explique comment demander une place.",
          ),
        );
        if (!elderly) {
          internal.push(
            page(
              { section: "demarches", slug: "demande-mdph" },
              "Il faut d'abord une décision de la maison départementale des personnes handicapées.",
            ),
          );
        }
        external.push(portal("viatrajectoire", "Ce site sert à envoyer une demande à plusieurs établissements."));
      } else if (undecided) {
        internal.push(
          page({ section: "solutions", slug: "vivre-a-domicile" }, "Des services peuvent aider la personne chez elle."),
        );
        if (elderly) {
          internal.push(
            page({ section: "solutions", slug: "habiter-autrement" }, "D'autres logements adaptés existent."),
          );
        }
        internal.push(
          page({ section: "solutions", slug: "en-etablissement" }, "Vous comparez avec la vie en établissement."),
        );
        internal.push(
          search("s-informer-et-etre-accompagne", audience, answers.lieu, "Des lieux près de chez vous peuvent vous conseiller."),
        );
      } else {
        internal.push(search("vivre-a-domicile", audience, answers.lieu, "Des services peuvent venir chez la personne."));
        internal.push(
          page({ section: "solutions", slug: "vivre-a-domicile" }, "Cette page explique chaque service et son prix."),
        );
        internal.push(
          elderly
            ? page({ section: "aides", slug: "apa-a-domicile" }, "Cette aide peut payer une partie des services.")
            : page({ section: "aides", slug: "pch" }, "Cette aide peut payer une partie des services."),
        );
      }
      external.push(
        elderly
          ? portal("pour-les-personnes-agees", "Ce site public informe les personnes âgées et leurs proches.")
          : portal("mon-parcours-handicap", "Ce site public informe les personnes handicapées et leurs proches."),
      );
      break;

    case "aide-financiere":
      if (elderly) {
        internal.push(
          inEstablishment
            ? page(
                { section: "aides", slug: "apa-en-etablissement" },
                "Cette aide paie une partie du prix de l'établissement.",
              )
            : page({ section: "aides", slug: "apa-a-domicile" }, "Cette aide paie une partie de l'aide à la maison."),
        );
        if (inEstablishment) {
          internal.push(
            page(
              { section: "aides", slug: "aide-sociale-hebergement" },
              "Cette aide existe si les revenus ne suffisent pas.",
            ),
          );
        }
      } else {
        internal.push(page({ section: "aides", slug: "pch" }, "Cette aide paie des dépenses liées au handicap."));
        internal.push(page({ section: "aides", slug: "aah" }, "Cette somme d'argent aide les adultes à vivre."));
        if (inEstablishment) {
          internal.push(
            page(
              { section: "aides", slug: "aide-sociale-hebergement" },
              "Cette aide paie une partie du foyer si les revenus ne suffisent pas.",
            ),
          );
        }
        internal.push(
          page(
            { section: "demarches", slug: "demande-mdph" },
            "Cette page explique comment faire la demande et les délais.",
          ),
        );
      }
      internal.push(
        page({ section: "aides", slug: "carte-mobilite-inclusion" }, "Cette carte facilite les transports et le stationnement."),
      );
      if (forRelative && !inEstablishment) {
        internal.push(page({ section: "aides", slug: "aides-aidants" }, "Les proches aidants ont aussi des droits."));
      }
      if (elderly && !inEstablishment) {
        external.push(portal("demande-aides-autonomie", "Ce formulaire sert à demander l'aide à domicile."));
      }
      if (!elderly) external.push(portal("mdph-en-ligne", "Dans certains départements, vous faites la demande en ligne."));
      external.push(portal("mes-droits-sociaux", "Ce site vous aide à savoir à quelles aides vous avez droit."));
      break;

    case "suivre":
      internal.push(followHere);
      if (!elderly) {
        internal.push(
          page(
            { section: "demarches", slug: "demande-mdph" },
            "Cette page explique les délais et que faire sans réponse.",
          ),
        );
        external.push(portal("mdph-en-ligne", "Si vous avez fait la demande en ligne, vous la suivez sur ce site."));
      }
      if (inEstablishment) {
        internal.push(
          page(
            { section: "demarches", slug: "entrer-en-etablissement" },
            "Cette page explique les étapes pour entrer dans un établissement.",
          ),
        );
        external.push(portal("viatrajectoire", "Si la demande a été faite sur ce site, vous voyez les réponses."));
      } else if (elderly) {
        internal.push(
          page(
            { section: "aides", slug: "apa-a-domicile" },
            "Cette page explique le délai de réponse et que faire en cas de désaccord.",
          ),
        );
      }
      break;

    case "soutien-aidant":
      internal.push(page({ section: "aides", slug: "aides-aidants" }, "Les proches aidants ont des droits."));
      internal.push(
        page({ section: "solutions", slug: "soutenir-les-aidants" }, "Des solutions existent pour vous reposer."),
      );
      internal.push(search("soutenir-les-aidants", audience, answers.lieu, "Cherchez une solution de répit près de chez vous."));
      external.push(portal("ma-boussole-aidants", "Ce site montre les aides pour les aidants près de chez vous."));
      external.push(
        elderly
          ? portal("pour-les-personnes-agees", "Ce site public informe les proches des personnes âgées.")
          : portal("mon-parcours-handicap", "Ce site public informe les proches des personnes handicapées."),
      );
      break;
  }

  return [...internal, ...external];
}
