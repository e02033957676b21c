/**
 * Normalised form of a structure name for deduplication across sources:
 * lower case, no accents or punctuation, common abbreviations expanded and
 * French stop words removed ("EHPAD Les Tilleuls" = "ehpad tilleuls").
 */
export function normalizeName(name: string): string {
  const words = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((word) => word.length > 0)
    .map((word) => ABBREVIATIONS[word] ?? word)
    .filter((word) => !STOP_WORDS.has(word));
  return words.join(" ");
}

const STOP_WORDS = new Set(["le", "la", "les", "l", "de", "du", "des", "d", "et", "a", "au", "aux", "en"]);

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: "saint",
  ste: "sainte",
  res: "residence",
  resid: "residence",
  mr: "maison retraite",
  ctre: "centre",
};
