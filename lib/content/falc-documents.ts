import type { FalcDocument, FalcSegment } from "@/lib/falc";

import { ORIENTATION_PLACE_QUESTION, ORIENTATION_QUESTIONS, type Wording, allOrientationAnswers, orient } from "./orientation";
import { COMPRENDRE_FALC, ORIENTATION_FALC, SECTION_FALC, sectionFalc, type LandingFalc } from "./landing-falc";
import { PICTOGRAMS } from "./pictograms";
import { listContentPages } from "./registry";
import type { ContentPage } from "./types";

const READERS = ["moi", "proche"] as const;

function pageDocument(page: ContentPage): FalcDocument {
  const segments: FalcSegment[] = [{ where: "titre FALC", text: page.falcTitle }];
  page.falc.forEach((block, blockIndex) => {
    const where = `bloc ${blockIndex + 1}`;
    segments.push({ where: `${where} › titre`, text: block.heading });
    block.lines.forEach((line, lineIndex) => segments.push({ where: `${where} › ligne ${lineIndex + 1}`, text: line.text }));
  });
  return { id: `page ${page.section}/${page.slug}`, explains: page.explains, segments };
}

/** The wizard is read by everyone: its questions and reasons must be FALC, without abbreviations. */
function orientationDocument(): FalcDocument {
  const segments: FalcSegment[] = [];
  // Both wordings of a question ("Pour moi", "Pour un proche") are read by someone.
  const wordings = (where: string, wording: Wording): FalcSegment[] =>
    typeof wording === "string" ? [{ where, text: wording }] : READERS.map((reader) => ({ where: `${where} (${reader})`, text: wording[reader] }));
  for (const question of ORIENTATION_QUESTIONS) {
    segments.push(...wordings(`question ${question.id}`, question.legend));
    if ("hint" in question) segments.push({ where: `question ${question.id} › aide`, text: question.hint });
    for (const option of question.options) {
      segments.push(...wordings(`question ${question.id} › ${option.value}`, option.label));
    }
  }
  segments.push(...wordings("question lieu", ORIENTATION_PLACE_QUESTION.label));
  segments.push({ where: "question lieu › aide", text: ORIENTATION_PLACE_QUESTION.hint });
  const reasons = new Map<string, string>();
  for (const answers of allOrientationAnswers()) {
    for (const recommendation of orient(answers)) reasons.set(`${recommendation.id} › ${recommendation.why}`, recommendation.why);
  }
  for (const [where, text] of reasons) segments.push({ where: `recommandation ${where}`, text });
  return { id: "orientation", segments };
}

function landingDocument(id: string, landing: LandingFalc, summaries: string[] = []): FalcDocument {
  const segments: FalcSegment[] = [{ where: "titre FALC", text: landing.falcTitle }];
  landing.falc.forEach((block, blockIndex) => {
    segments.push({ where: `bloc ${blockIndex + 1} › titre`, text: block.heading });
    block.lines.forEach((line, lineIndex) => segments.push({ where: `bloc ${blockIndex + 1} › ligne ${lineIndex + 1}`, text: line.text }));
  });
  summaries.forEach((text, index) => segments.push({ where: `résumé ${index + 1}`, text }));
  return { id, explains: landing.explains, segments };
}

/** The rubrique, the section indexes (with the one-line summaries of their pages) and the wizard's FALC version. */
function landingDocuments(): FalcDocument[] {
  return [
    landingDocument("rubrique comprendre", COMPRENDRE_FALC),
    landingDocument("outil orientation", ORIENTATION_FALC),
    ...(Object.keys(SECTION_FALC) as (keyof typeof SECTION_FALC)[]).map((section) => {
      const landing = sectionFalc(section);
      return landingDocument(`section ${section}`, landing, landing.summaries.map((summary) => summary.text));
    }),
  ];
}

function pictogramDocument(): FalcDocument {
  return {
    id: "pictogrammes",
    segments: Object.entries(PICTOGRAMS).map(([key, pictogram]) => ({ where: key, text: pictogram.alt })),
  };
}

/** Every FALC text of lib/content, one document per page plus the wizard and the pictogram alternatives. */
export function listContentFalcDocuments(): FalcDocument[] {
  return [...listContentPages().map(pageDocument), orientationDocument(), ...landingDocuments(), pictogramDocument()];
}
