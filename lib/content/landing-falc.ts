import { COMPRENDRE_PATH, ORIENTATION_PATH, sectionPath } from "./links";
import { listContentPages } from "./registry";
import type { ContentPage, ContentSection, FalcBlock } from "./types";

/**
 * FALC versions of the pages of "Comprendre mes droits" that are not content pages: the
 * rubrique, its four section indexes and the orientation wizard (whose questions are FALC
 * already; its version changes the title and the lead).
 */
export type LandingFalc = { falcTitle: string; falc: readonly FalcBlock[]; explains: Readonly<Record<string, string>> };

export const COMPRENDRE_FALC: LandingFalc = {
  falcTitle: "Comprendre vos droits",
  falc: [
    {
      heading: "C'est quoi ?",
      lines: [
        { text: "Ces pages expliquent les aides, les solutions et les démarches.", pictogram: "information" },
        { text: "Chaque page existe en version facile à lire." },
        { text: "Vous ne savez pas par où commencer ?", pictogram: "question" },
        { text: "Répondez à quelques questions pour savoir où aller." },
      ],
    },
  ],
  explains: {},
};

export const SECTION_FALC: Record<ContentSection, LandingFalc> = {
  aides: {
    falcTitle: "Les aides",
    falc: [
      {
        heading: "C'est quoi ?",
        lines: [
          { text: "Ces aides donnent de l'argent ou des droits.", pictogram: "argent" },
          { text: "Chaque page dit qui peut avoir l'aide." },
          { text: "Chaque page dit comment la demander.", pictogram: "document" },
        ],
      },
    ],
    explains: {},
  },
  solutions: {
    falcTitle: "Les solutions",
    falc: [
      {
        heading: "C'est quoi ?",
        lines: [
          { text: "Ces pages parlent des services qui viennent chez vous.", pictogram: "maison" },
          { text: "Elles parlent aussi des lieux où vivre.", pictogram: "etablissement" },
          { text: "Elles disent ce que cela coûte.", pictogram: "argent" },
        ],
      },
    ],
    explains: {},
  },
  demarches: {
    falcTitle: "Les démarches",
    falc: [
      {
        heading: "C'est quoi ?",
        lines: [
          { text: "Ces pages expliquent les étapes de vos demandes.", pictogram: "document" },
          { text: "Elles disent combien de temps il faut attendre.", pictogram: "attente" },
          { text: "Elles disent quoi faire si vous n'êtes pas d'accord.", pictogram: "decision" },
        ],
      },
    ],
    explains: {},
  },
  guides: {
    falcTitle: "Les sites utiles",
    falc: [
      {
        heading: "C'est quoi ?",
        lines: [
          { text: "Cette page présente des sites publics utiles.", pictogram: "internet" },
          { text: "Elle dit ce que chaque site permet de faire." },
        ],
      },
    ],
    explains: {},
  },
};

export const ORIENTATION_FALC: LandingFalc = {
  falcTitle: "Où aller pour être aidé ?",
  falc: [
    {
      heading: "Comment faire ?",
      lines: [
        { text: "Répondez à quelques questions.", pictogram: "question" },
        { text: "Nous vous disons où aller.", pictogram: "lieu" },
        { text: "D'abord sur ce site, puis sur d'autres sites publics.", pictogram: "internet" },
      ],
    },
  ],
  explains: {},
};

/** The FALC version of any route under /comprendre that is not a content page; undefined otherwise. */
export function landingFalc(path: string): LandingFalc | undefined {
  if (path === COMPRENDRE_PATH) return COMPRENDRE_FALC;
  if (path === ORIENTATION_PATH) return ORIENTATION_FALC;
  return (Object.keys(SECTION_FALC) as ContentSection[]).map((section) => [sectionPath(section), SECTION_FALC[section]] as const).find(([sectionHref]) => sectionHref === path)?.[1];
}

/**
 * A section index in FALC: its own lines, then one line per page; the glossary explains the
 * abbreviations those lines use, taken from the pages' own glossaries.
 */
export function sectionFalc(section: ContentSection): LandingFalc & { summaries: { page: ContentPage; text: string }[] } {
  const summaries = listContentPages(section).map((page) => ({ page, text: falcSummary(page) }));
  const explains: Record<string, string> = {};
  for (const { page, text } of summaries) {
    for (const [sigle, explanation] of Object.entries(page.explains)) if (new RegExp(`\\b${sigle}\\b`).test(text)) explains[sigle] ??= explanation;
  }
  return { ...SECTION_FALC[section], explains, summaries };
}

/** A page's one-line FALC summary, for the section indexes: the first line of its FALC version. */
export function falcSummary(page: ContentPage): string {
  return page.falc[0]?.lines[0]?.text ?? page.falcTitle;
}
