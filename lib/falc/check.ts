import { ABBREVIATIONS, isKnownAbbreviation } from "./abbreviations";
import { type FalcMessages, type FalcRuleId, falcMessages } from "./rules";
import { countWords, lowerTokens, normalizeForSearch, splitClauses, splitLines, splitSentences } from "./text";

export const DEFAULT_MAX_WORDS_PER_SENTENCE = 15;

export type FalcIssue = FalcMessages & {
  rule: FalcRuleId;
  /** 1-based line number in the checked text. */
  line: number;
  /** The offending sentence, or the whole line for "several-ideas-per-line". */
  excerpt: string;
  /** The offending token ("MDPH", "%", "XXIe", "("), when there is one. */
  match?: string;
};

export type FalcCheckOptions = {
  maxWordsPerSentence?: number;
  /**
   * Glossary attached to the page: abbreviation → FALC explanation. An abbreviation
   * listed here counts as explained from the start of the text.
   */
  explains?: Readonly<Record<string, string>>;
};

/** One piece of FALC text in a document, with where it sits (for editors' messages). */
export type FalcSegment = { where: string; text: string };

/** A page or a status explanation: its FALC texts in reading order and its glossary. */
export type FalcDocument = {
  id: string;
  segments: readonly FalcSegment[];
  explains?: Readonly<Record<string, string>>;
};

export type FalcDocumentIssue = FalcIssue & { documentId: string; where: string };

/** Checks one FALC text (one or several lines) against the measurable Inclusion Europe rules. */
export function checkFalcText(text: string, options: FalcCheckOptions = {}): FalcIssue[] {
  const state = { explained: new Set(Object.keys(options.explains ?? {})) };
  return checkText(text, options.maxWordsPerSentence ?? DEFAULT_MAX_WORDS_PER_SENTENCE, state);
}

/**
 * Checks a whole document. Abbreviations must be explained at their first use in
 * the document, so segments are read in order and share what has been explained.
 * Glossary entries are checked too, before the segments, since pages show the
 * glossary above the FALC text.
 */
export function checkFalcDocument(
  document: FalcDocument,
  options: Pick<FalcCheckOptions, "maxWordsPerSentence"> = {},
): FalcDocumentIssue[] {
  const maxWords = options.maxWordsPerSentence ?? DEFAULT_MAX_WORDS_PER_SENTENCE;
  const explains = document.explains ?? {};
  const state = { explained: new Set(Object.keys(explains)) };
  const glossarySegments: FalcSegment[] = Object.entries(explains).map(([abbreviation, text]) => ({
    where: `lexique › ${abbreviation}`,
    text,
  }));
  const issues: FalcDocumentIssue[] = [];
  for (const segment of [...glossarySegments, ...document.segments]) {
    for (const issue of checkText(segment.text, maxWords, state)) {
      issues.push({ ...issue, documentId: document.id, where: segment.where });
    }
  }
  return issues;
}

/** One line per issue, for test failures and logs. */
export function formatFalcIssue(issue: FalcIssue | FalcDocumentIssue): string {
  const location = "documentId" in issue ? `${issue.documentId} › ${issue.where} › ` : "";
  return `${location}ligne ${issue.line} [${issue.rule}] ${issue.messageFr} « ${issue.excerpt} »`;
}

type CheckState = { explained: Set<string> };

function checkText(text: string, maxWords: number, state: CheckState): FalcIssue[] {
  const issues: FalcIssue[] = [];
  splitLines(text).forEach((line, index) => {
    const lineNumber = index + 1;
    const sentences = splitSentences(line);
    for (const sentence of sentences) {
      const at = (rule: FalcRuleId, messages: FalcMessages, match?: string): FalcIssue => ({
        rule,
        line: lineNumber,
        excerpt: sentence,
        ...(match === undefined ? {} : { match }),
        ...messages,
      });
      const words = countWords(sentence);
      if (words > maxWords) issues.push(at("sentence-too-long", falcMessages.sentenceTooLong(words, maxWords)));
      const parenthesis = /[()[\]]/u.exec(sentence);
      if (parenthesis) issues.push(at("parentheses", falcMessages.parentheses(), parenthesis[0]));
      for (const match of findPercentages(sentence)) issues.push(at("percentage", falcMessages.percentage(match), match));
      for (const match of findRomanNumerals(sentence)) {
        issues.push(at("roman-numeral", falcMessages.romanNumeral(match), match));
      }
      for (const occurrence of findCapitalTokens(sentence)) {
        const token = occurrence.token;
        if (state.explained.has(token)) continue;
        state.explained.add(token);
        if (isExplainedInline(sentence, occurrence)) continue;
        if (isKnownAbbreviation(token)) {
          issues.push(
            at("abbreviation-unexplained", falcMessages.abbreviationUnexplained(token, ABBREVIATIONS[token].expansion), token),
          );
        } else {
          issues.push(at("unknown-abbreviation", falcMessages.unknownAbbreviation(token), token));
        }
      }
    }
    if (sentences.length > 1) {
      issues.push({
        rule: "several-ideas-per-line",
        line: lineNumber,
        excerpt: line.trim(),
        ...falcMessages.severalSentences(sentences.length),
      });
    } else {
      const clausesWithVerb = splitClauses(line).filter(hasVerb).length;
      if (clausesWithVerb > 1) {
        issues.push({
          rule: "several-ideas-per-line",
          line: lineNumber,
          excerpt: line.trim(),
          ...falcMessages.severalClauses(clausesWithVerb),
        });
      }
    }
  });
  return issues;
}

// ——— Percentages ———

const NUMBER_WORD =
  "(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?)";

/**
 * "%", "pourcent", and "pour cent" after a number ("10 pour cent", "cinquante pour cent"),
 * so that "une salle pour cent personnes" is not a percentage.
 */
const PERCENTAGE = new RegExp(
  `%|(?<![\\p{L}])pourcents?(?![\\p{L}])|(?:\\d[\\d\\s.,]*|(?<![\\p{L}-])${NUMBER_WORD}(?:-(?:et-)?${NUMBER_WORD})*)\\s+pour[\\s-]cents?(?![\\p{L}])`,
  "giu",
);

function findPercentages(sentence: string): string[] {
  return Array.from(sentence.matchAll(PERCENTAGE), (match) => match[0].trim());
}

// ——— Roman numerals ———

const VALID_ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;

/** Capitalised words and abbreviations that happen to be valid roman numerals. */
const ROMAN_LOOKALIKES = new Set(["CC", "CD", "CDI", "CI", "CM", "CV", "DC", "DI", "DIX", "LI", "MC", "MD", "MI", "MIX", "MM", "XL"]);

/** Words after which a lone capital letter is a number: "article V", "titre I". */
const NUMBERED_NOUNS = new Set(["acte", "article", "chapitre", "livre", "partie", "section", "titre", "tome", "volume"]);
const CENTURY_WORDS = new Set(["siècle", "siècles", "millénaire"]);

const ORDINAL_E = new Set(["e", "ème", "eme", "ᵉ"]);
const ORDINAL_FIRST = new Set(["er", "re", "ère", "ᵉʳ"]);

function findRomanNumerals(sentence: string): string[] {
  const found: string[] = [];
  const pattern = /(?<![\p{L}\p{N}])([IVXLCDM]+)(ème|eme|ère|er|re|e|ᵉʳ|ᵉ)?(?![\p{L}\p{N}'’])/gu;
  for (const match of sentence.matchAll(pattern)) {
    const numeral = match[1] ?? "";
    const suffix = match[2];
    if (!VALID_ROMAN.test(numeral) || ROMAN_LOOKALIKES.has(numeral) || isKnownAbbreviation(numeral)) continue;
    if (numeral.length > 1 || isSingleLetterNumeral(sentence, match.index, match[0].length, numeral, suffix)) {
      found.push(match[0]);
    }
  }
  return found;
}

/**
 * A lone letter is a numeral only with an ordinal suffix that no French word uses
 * ("Ier", "Ve", "Xe" but not "Le", "Ce", "Mer") or in a numbering context.
 */
function isSingleLetterNumeral(sentence: string, start: number, length: number, numeral: string, suffix?: string): boolean {
  if (suffix !== undefined) {
    if (ORDINAL_FIRST.has(suffix)) return numeral === "I";
    return ORDINAL_E.has(suffix) && (numeral === "I" || numeral === "V" || numeral === "X");
  }
  const previous = lowerTokens(sentence.slice(0, start)).at(-1);
  const next = lowerTokens(sentence.slice(start + length)).at(0);
  return (previous !== undefined && NUMBERED_NOUNS.has(previous)) || (next !== undefined && CENTURY_WORDS.has(next));
}

// ——— Abbreviations ———

type CapitalToken = { token: string; index: number };

function findCapitalTokens(sentence: string): CapitalToken[] {
  const tokens: CapitalToken[] = [];
  for (const match of sentence.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]+(?![\p{L}\p{N}])/gu)) {
    const token = match[0];
    // Roman numerals have their own rule; lookalikes stay abbreviations.
    if (VALID_ROMAN.test(token) && !ROMAN_LOOKALIKES.has(token) && !isKnownAbbreviation(token)) continue;
    tokens.push({ token, index: match.index });
  }
  return tokens;
}

const INLINE_EXPLANATION = /^\s*,?\s*(?:c['’]est|ce sont|veut dire|signifie|désigne|est le sigle de|:)/iu;

/** "La MDPH, c'est …", "MDPH : …" or a sentence that already holds the full name. */
function isExplainedInline(sentence: string, occurrence: CapitalToken): boolean {
  const after = sentence.slice(occurrence.index + occurrence.token.length);
  if (INLINE_EXPLANATION.test(after)) return true;
  if (!isKnownAbbreviation(occurrence.token)) return false;
  return normalizeForSearch(sentence).includes(normalizeForSearch(ABBREVIATIONS[occurrence.token].expansion));
}

// ——— One idea per line ———

const SUBJECT_PRONOUNS = new Set(["je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"]);

/** Frequent finite verb forms that are not also common nouns ("aide", "demande" are left out). */
const FINITE_VERBS = new Set([
  "a", "ai", "as", "avez", "avons", "ont", "aura", "auront", "aurez",
  "est", "es", "êtes", "sommes", "sont", "sera", "seront", "serez", "était", "étaient",
  "peut", "peuvent", "pouvez", "pourra", "pourrez", "pourront",
  "doit", "doivent", "devez", "devra", "devrez",
  "faut", "faudra", "va", "vont", "allez", "ira", "irez",
  "fait", "font", "faites", "fera", "ferez",
  "donne", "donnent", "paie", "paient", "paye", "payent", "décide", "décident",
  "reçoit", "reçoivent", "recevez", "recevrez", "envoie", "envoient", "envoyez",
  "étudie", "étudient", "vient", "viennent", "venez", "prend", "prennent", "prenez",
  "sait", "savez", "veut", "veulent", "voulez", "existe", "existent", "permet", "permettent",
  "habite", "habitent", "vit", "vivent", "dit", "disent", "dites", "accueille", "accueillent",
  "propose", "proposent", "répond", "répondent", "signifie", "coûte", "coûtent", "choisit", "choisissent",
]);

const NOUNS_ENDING_IN_EZ = new Set(["chez", "nez", "assez", "rez"]);

function hasVerb(clause: string): boolean {
  return lowerTokens(clause).some(
    (token) =>
      SUBJECT_PRONOUNS.has(token) ||
      FINITE_VERBS.has(token) ||
      (token.length > 3 && token.endsWith("ez") && !NOUNS_ENDING_IN_EZ.has(token)),
  );
}
