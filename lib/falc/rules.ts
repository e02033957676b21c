/**
 * The measurable Inclusion Europe rules the checker enforces. Each rule has a
 * French description for the editors' guide and builds the messages of its issues.
 */
export const FALC_RULE_IDS = [
  "sentence-too-long",
  "abbreviation-unexplained",
  "unknown-abbreviation",
  "percentage",
  "roman-numeral",
  "parentheses",
  "several-ideas-per-line",
] as const;

export type FalcRuleId = (typeof FALC_RULE_IDS)[number];

export type FalcRuleInfo = {
  titleFr: string;
  descriptionFr: string;
  descriptionEn: string;
};

export const FALC_RULES: Record<FalcRuleId, FalcRuleInfo> = {
  "sentence-too-long": {
    titleFr: "Phrases courtes",
    descriptionFr: "Une phrase compte au plus 15 mots.",
    descriptionEn: "A sentence has at most 15 words.",
  },
  "abbreviation-unexplained": {
    titleFr: "Sigles expliqués",
    descriptionFr:
      "Un sigle est expliqué la première fois qu'il apparaît : dans la phrase (« la MDPH, c'est… ») ou dans le lexique de la page.",
    descriptionEn: "An abbreviation is explained at its first use, inline or in the page glossary.",
  },
  "unknown-abbreviation": {
    titleFr: "Pas de mots en majuscules",
    descriptionFr:
      "Un mot tout en majuscules est soit un sigle à expliquer, soit un mot à écrire en minuscules.",
    descriptionEn: "A word in capitals is either an abbreviation to explain or a word to write in lower case.",
  },
  percentage: {
    titleFr: "Pas de pourcentages",
    descriptionFr: "On n'écrit pas de pourcentages : on dit « la moitié » ou « 1 personne sur 4 ».",
    descriptionEn: "No percentages: say 'half' or '1 person in 4'.",
  },
  "roman-numeral": {
    titleFr: "Pas de chiffres romains",
    descriptionFr: "Les nombres s'écrivent en chiffres arabes : « 21e siècle », « article 4 ».",
    descriptionEn: "Numbers are written in Arabic numerals.",
  },
  parentheses: {
    titleFr: "Pas de parenthèses",
    descriptionFr: "Une information entre parenthèses va dans une phrase à part.",
    descriptionEn: "No parentheses: put the information in its own sentence.",
  },
  "several-ideas-per-line": {
    titleFr: "Une idée par ligne",
    descriptionFr:
      "Chaque ligne contient une seule phrase et une seule idée, sans enchaîner plusieurs propositions avec « ; » ou « : ».",
    descriptionEn: "Each line holds one sentence and one idea, without clauses chained by ';' or ':'.",
  },
};

export type FalcMessages = { messageFr: string; messageEn: string };

export const falcMessages = {
  sentenceTooLong(words: number, max: number): FalcMessages {
    return {
      messageFr: `Cette phrase compte ${words} mots. En FALC, une phrase compte au plus ${max} mots : coupez-la en phrases plus courtes.`,
      messageEn: `Sentence has ${words} words; FALC sentences have at most ${max} words.`,
    };
  },
  abbreviationUnexplained(abbreviation: string, expansion: string | undefined): FalcMessages {
    const example = expansion ? ` Par exemple : « ${abbreviation}, c'est ${lowerFirst(expansion)} ».` : "";
    return {
      messageFr: `Le sigle « ${abbreviation} » n'est pas expliqué à sa première utilisation. Expliquez-le dans la phrase ou ajoutez-le au lexique de la page.${example}`,
      messageEn: `Abbreviation ${abbreviation} is not explained at its first use; explain it inline or add it to the page glossary.`,
    };
  },
  unknownAbbreviation(token: string): FalcMessages {
    return {
      messageFr: `« ${token} » est écrit en majuscules. Si c'est un sigle, expliquez-le et ajoutez-le à la liste des sigles ; sinon, écrivez ce mot en minuscules.`,
      messageEn: `"${token}" is written in capitals and is not a known abbreviation; explain it or write it in lower case.`,
    };
  },
  percentage(match: string): FalcMessages {
    return {
      messageFr: `Évitez les pourcentages (« ${match} »). Dites plutôt « la moitié », « 1 personne sur 4 », ou donnez une somme.`,
      messageEn: `Percentage "${match}" found; FALC texts avoid percentages.`,
    };
  },
  romanNumeral(match: string): FalcMessages {
    return {
      messageFr: `Évitez les chiffres romains (« ${match} »). Écrivez le nombre en chiffres, par exemple « 21e siècle ».`,
      messageEn: `Roman numeral "${match}" found; write numbers in Arabic numerals.`,
    };
  },
  parentheses(): FalcMessages {
    return {
      messageFr: "Évitez les parenthèses. Écrivez cette information dans une phrase à part.",
      messageEn: "Parentheses found; put the information in its own sentence.",
    };
  },
  severalSentences(count: number): FalcMessages {
    return {
      messageFr: `Cette ligne contient ${count} phrases. En FALC, écrivez une seule phrase par ligne.`,
      messageEn: `Line holds ${count} sentences; FALC lines hold one sentence.`,
    };
  },
  severalClauses(count: number): FalcMessages {
    return {
      messageFr: `Cette ligne enchaîne ${count} propositions avec « ; » ou « : ». En FALC, écrivez une seule idée par ligne.`,
      messageEn: `Line chains ${count} clauses with ';' or ':'; FALC lines hold one idea.`,
    };
  },
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("fr") + text.slice(1);
}
