import { describe, expect, it } from "vitest";

import { ABBREVIATIONS, explainAbbreviations } from "./abbreviations";
import { checkFalcDocument, checkFalcText, formatFalcIssue, type FalcCheckOptions } from "./check";
import type { FalcRuleId } from "./rules";

type Case = { text: string; options?: FalcCheckOptions };

/** Issues of one rule only, so each table tests its rule and nothing else. */
function issuesOf(rule: FalcRuleId, { text, options }: Case) {
  return checkFalcText(text, options).filter((issue) => issue.rule === rule);
}

const MDPH = explainAbbreviations("MDPH");

describe("sentence-too-long", () => {
  it.each<Case>([
    { text: "Vous pouvez demander une aide." },
    // Exactly 15 words.
    { text: "Vous pouvez demander une aide pour payer une personne qui vient chez vous le matin." },
    // Elisions and hyphenated words count as one word: 15 words.
    { text: "L'aide à domicile vient chez vous pour l'entretien, la toilette, les courses et les rendez-vous." },
    // Punctuation signs are not words: 15 words.
    { text: "Pour qui : les personnes de 60 ans ou plus qui ont besoin d'aide chaque jour." },
    // Two short sentences on two lines: each sentence is counted alone.
    { text: "Vous remplissez le dossier avec votre médecin et votre famille.\nVous envoyez ensuite le dossier au département." },
    { text: "Le nombre maximal de mots peut changer.", options: { maxWordsPerSentence: 7 } },
  ])("accepts %j", (testCase) => {
    expect(issuesOf("sentence-too-long", testCase)).toEqual([]);
  });

  it.each<Case & { line: number; words: number }>([
    { text: "Vous pouvez demander une aide pour payer une personne qui vient chez vous le matin tôt.", line: 1, words: 16 },
    {
      text: "Vous pouvez demander une aide.\nLe département étudie votre demande puis une équipe vient chez vous pour voir ce dont vous avez besoin.",
      line: 2,
      words: 18,
    },
    { text: "Le nombre maximal de mots peut changer ici.", options: { maxWordsPerSentence: 7 }, line: 1, words: 8 },
  ])("flags %j", (testCase) => {
    const issues = issuesOf("sentence-too-long", testCase);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(testCase.line);
    expect(issues[0]?.messageFr).toContain(`${testCase.words} mots`);
  });
});

describe("abbreviation-unexplained", () => {
  it.each<Case>([
    // Inline, at first use.
    { text: "La MDPH, c'est la Maison départementale des personnes handicapées.\nLa MDPH étudie votre demande." },
    { text: "L'APA veut dire allocation personnalisée d'autonomie." },
    { text: "MDPH : Maison départementale des personnes handicapées." },
    // The full name is in the same sentence, whatever the case and accents.
    { text: "La maison departementale des personnes handicapees, ou MDPH, vous aide." },
    // Explained in the page glossary.
    { text: "La MDPH étudie votre demande.", options: { explains: MDPH } },
    // No abbreviation at all.
    { text: "Le département étudie votre demande." },
  ])("accepts %j", (testCase) => {
    expect(issuesOf("abbreviation-unexplained", testCase)).toEqual([]);
  });

  it.each<Case & { match: string; line: number }>([
    { text: "La MDPH étudie votre demande.", match: "MDPH", line: 1 },
    // Explained too late: the first use counts.
    {
      text: "La MDPH étudie votre demande.\nLa MDPH, c'est la Maison départementale des personnes handicapées.",
      match: "MDPH",
      line: 1,
    },
    // A glossary entry for another abbreviation does not help.
    { text: "La PCH vous aide.", options: { explains: MDPH }, match: "PCH", line: 1 },
    // "c'est" far from the abbreviation is not an explanation.
    { text: "Vous demandez l'APA au département, c'est simple.", match: "APA", line: 1 },
    { text: "Vous avez besoin d'aide.\nUn EHPAD peut vous accueillir.", match: "EHPAD", line: 2 },
  ])("flags %j", (testCase) => {
    const issues = issuesOf("abbreviation-unexplained", testCase);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.match).toBe(testCase.match);
    expect(issues[0]?.line).toBe(testCase.line);
    expect(issues[0]?.messageFr).toContain(`« ${testCase.match} »`);
  });

  it("flags an abbreviation once, at its first use", () => {
    const issues = issuesOf("abbreviation-unexplained", { text: "La MDPH vous aide.\nLa MDPH vous répond." });
    expect(issues.map((issue) => issue.line)).toEqual([1]);
  });
});

describe("unknown-abbreviation", () => {
  it.each<Case>([
    { text: "Le XYZ, c'est un service de test." },
    { text: "L'ESRP vous forme.", options: { explains: { ESRP: "L'ESRP, c'est un centre de formation." } } },
    { text: "FranceConnect vous permet de vous connecter." },
    { text: "Le site Santé.fr vous informe." },
    // Roman numerals have their own rule.
    { text: "Lisez l'article IV." },
  ])("accepts %j", (testCase) => {
    expect(issuesOf("unknown-abbreviation", testCase)).toEqual([]);
  });

  it.each<Case & { match: string }>([
    { text: "ATTENTION au délai.", match: "ATTENTION" },
    { text: "Le CV est prêt.", match: "CV" },
    { text: "L'ESRP vous forme.", match: "ESRP" },
  ])("flags %j", (testCase) => {
    const issues = issuesOf("unknown-abbreviation", testCase);
    expect(issues.map((issue) => issue.match)).toEqual([testCase.match]);
  });
});

describe("percentage", () => {
  it.each<Case>([
    { text: "Vous payez une partie du prix." },
    { text: "La moitié des personnes reçoit cette aide." },
    { text: "Une salle pour cent personnes." },
    { text: "Le pourcentage n'est pas écrit ici." },
  ])("accepts %j", (testCase) => {
    expect(issuesOf("percentage", testCase)).toEqual([]);
  });

  it.each<Case & { match: string }>([
    { text: "Vous payez 10 % du prix.", match: "%" },
    { text: "Vous payez 10% du prix.", match: "%" },
    { text: "Vous payez 10 pour cent du prix.", match: "10 pour cent" },
    { text: "Vous payez dix pour cent du prix.", match: "dix pour cent" },
    { text: "Vous gardez quatre-vingt-dix pour-cent du prix.", match: "quatre-vingt-dix pour-cent" },
    { text: "Cinquante pourcent des places.", match: "pourcent" },
  ])("flags %j", (testCase) => {
    const issues = issuesOf("percentage", testCase);
    expect(issues.map((issue) => issue.match)).toEqual([testCase.match]);
  });
});

describe("roman-numeral", () => {
  it.each<Case>([
    { text: "La vie à domicile." },
    { text: "Un mix de services." },
    { text: "Le code CIVIL." },
    { text: "C'est simple." },
    { text: "Ce dossier est complet." },
    { text: "Le service vous aide." },
    { text: "De nouveaux droits existent." },
    { text: "Me voici à la Mer." },
    { text: "M. Dupont vous répond." },
    { text: "Vivre en ville." },
    { text: "Le CV est prêt." },
    { text: "La CMI est gratuite." },
    { text: "Prenez de la vitamine C." },
    { text: "Lisez l'article 4 au 21e siècle." },
    { text: "DIX personnes au MIDI." },
  ])("accepts %j", (testCase) => {
    expect(issuesOf("roman-numeral", testCase)).toEqual([]);
  });

  it.each<Case & { match: string }>([
    { text: "Le XXIe siècle commence.", match: "XXIe" },
    { text: "Au XIXème siècle.", match: "XIXème" },
    { text: "Lisez l'article IV du contrat.", match: "IV" },
    { text: "Montez au IIe étage.", match: "IIe" },
    { text: "Lisez le titre V.", match: "V" },
    { text: "Le Ve siècle.", match: "Ve" },
    { text: "Le I siècle.", match: "I" },
    { text: "Louis XIV était roi.", match: "XIV" },
    { text: "Le Ier étage.", match: "Ier" },
    { text: "Lisez le chapitre III.", match: "III" },
  ])("flags %j", (testCase) => {
    const issues = issuesOf("roman-numeral", testCase);
    expect(issues.map((issue) => issue.match)).toEqual([testCase.match]);
  });
});

describe("parentheses", () => {
  it.each<Case>([
    { text: "Vous avez 60 ans ou plus." },
    { text: "Le site pour-les-personnes-agees.gouv.fr vous informe." },
  ])("accepts %j", (testCase) => {
    expect(issuesOf("parentheses", testCase)).toEqual([]);
  });

  it.each<Case & { match: string }>([
    { text: "Vous avez 60 ans (ou plus).", match: "(" },
    { text: "Lisez la page [en ligne].", match: "[" },
    { text: "Première étape) remplir le dossier.", match: ")" },
  ])("flags %j", (testCase) => {
    const issues = issuesOf("parentheses", testCase);
    expect(issues.map((issue) => issue.match)).toEqual([testCase.match]);
  });
});

describe("several-ideas-per-line", () => {
  it.each<Case>([
    { text: "Vous pouvez demander une aide." },
    { text: "Pour qui : les personnes de 60 ans ou plus." },
    { text: "Qui peut l'avoir ?" },
    { text: "Le site pour-les-personnes-agees.gouv.fr vous informe." },
    { text: "Rendez-vous à 14:30 chez le médecin." },
    { text: "Adresse : https://www.service-public.fr" },
    // One sentence per line is fine, whatever the number of lines.
    { text: "Vous remplissez le dossier.\nVous envoyez le dossier." },
    // A label before ":" has no verb: still one idea.
    { text: "Attention : vous devez signer le dossier." },
  ])("accepts %j", (testCase) => {
    expect(issuesOf("several-ideas-per-line", testCase)).toEqual([]);
  });

  it.each<Case & { excerpt: string }>([
    { text: "Vous déposez le dossier. Le département répond.", excerpt: "Vous déposez le dossier. Le département répond." },
    { text: "Qui peut l'avoir ? Les personnes de 60 ans.", excerpt: "Qui peut l'avoir ? Les personnes de 60 ans." },
    { text: "Vous déposez le dossier ; la mairie vous répond.", excerpt: "Vous déposez le dossier ; la mairie vous répond." },
    { text: "Vous avez 60 ans : vous pouvez demander l'aide.", excerpt: "Vous avez 60 ans : vous pouvez demander l'aide." },
    { text: "Bonjour.\nAttention : vous devez signer ; il faut dater.", excerpt: "Attention : vous devez signer ; il faut dater." },
  ])("flags %j", (testCase) => {
    const issues = issuesOf("several-ideas-per-line", testCase);
    expect(issues.map((issue) => issue.excerpt)).toEqual([testCase.excerpt]);
  });
});

describe("checkFalcDocument", () => {
  it("carries explanations from one segment to the next, and flags the first use only", () => {
    const issues = checkFalcDocument({
      id: "test",
      segments: [
        { where: "titre", text: "L'APA vous aide." },
        { where: "bloc 1", text: "La PCH, c'est une aide pour le handicap." },
        { where: "bloc 2", text: "L'APA et la PCH existent." },
      ],
    });
    expect(issues.map((issue) => [issue.rule, issue.match, issue.where])).toEqual([
      ["abbreviation-unexplained", "APA", "titre"],
    ]);
    expect(issues[0]?.documentId).toBe("test");
  });

  it("accepts abbreviations explained by the document glossary", () => {
    const document = { id: "test", explains: MDPH, segments: [{ where: "bloc", text: "La MDPH vous répond." }] };
    expect(checkFalcDocument(document)).toEqual([]);
  });

  it("checks the glossary entries themselves", () => {
    const issues = checkFalcDocument({
      id: "test",
      explains: { MDPH: "La MDPH (maison départementale) vous aide." },
      segments: [],
    });
    expect(issues.map((issue) => [issue.rule, issue.where])).toEqual([["parentheses", "lexique › MDPH"]]);
  });

  it("formats an issue on one line with its location", () => {
    const [issue] = checkFalcDocument({ id: "page", segments: [{ where: "bloc 2", text: "Vous avez 60 ans (ou plus)." }] });
    expect(issue).toBeDefined();
    if (!issue) return;
    expect(formatFalcIssue(issue)).toBe(
      "page › bloc 2 › ligne 1 [parentheses] Évitez les parenthèses. Écrivez cette information dans une phrase à part. « Vous avez 60 ans (ou plus). »",
    );
  });
});

describe("the abbreviation list", () => {
  it.each(Object.entries(ABBREVIATIONS))("%s has an explanation that names it and passes the checker", (key, entry) => {
    expect(key).toMatch(/^\p{Lu}{2,}$/u);
    expect(entry.expansion.length).toBeGreaterThan(key.length);
    expect(entry.falc).toMatch(new RegExp(`(?<![\\p{L}])${key}(?![\\p{L}])`, "u"));
    expect(checkFalcText(entry.falc, { explains: { [key]: entry.falc } }).map(formatFalcIssue)).toEqual([]);
  });
});
