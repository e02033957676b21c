/** Text splitting shared by the FALC rules: lines, sentences, words, clauses. */

export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/**
 * Sentences of one line: a sentence ends with . ! ? or … (optionally followed by a
 * closing quote) and a space. Dots inside addresses ("gouv.fr") do not end a sentence.
 */
export function splitSentences(line: string): string[] {
  return line
    .split(/(?<=[.!?…][»”"]?)\s+(?=\S)/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** Words of a sentence: whitespace-separated tokens holding a letter or a digit ("l'APA" is one word). */
export function countWords(sentence: string): number {
  return sentence.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/**
 * Clauses of a line, cut at ";" and at ":" followed by a space or the end of the
 * line (so "https://" and "14:30" are not cut).
 */
export function splitClauses(line: string): string[] {
  return line
    .split(/\s*(?:;|:(?=\s|$))\s*/u)
    .map((clause) => clause.trim())
    .filter((clause) => /[\p{L}\p{N}]/u.test(clause));
}

/** Lower-case word tokens, with elisions split off: "c'est" gives "c" and "est". */
export function lowerTokens(text: string): string[] {
  return text
    .toLocaleLowerCase("fr")
    .split(/[\s'’]+/u)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((token) => token.length > 0);
}

/** Lower case, without accents, with one kind of apostrophe and single spaces: for "contains" checks. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/’/g, "'")
    .replace(/\s+/g, " ")
    .toLocaleLowerCase("fr");
}
