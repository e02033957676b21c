/**
 * The one list of abbreviations (sigles) used on the portal.
 *
 * `expansion` is the official full name, for standard texts and for the checker
 * (a sentence that contains the full name explains the sigle).
 * `falc` is a one-sentence explanation that itself passes the FALC checker: pages
 * attach it to their FALC version through `explainAbbreviations(...)`.
 */
export type AbbreviationEntry = {
  expansion: string;
  falc: string;
};

export const ABBREVIATIONS = {
  AAH: {
    expansion: "Allocation aux adultes handicapés",
    falc: "L'AAH, c'est l'allocation aux adultes handicapés, une somme d'argent pour vivre.",
  },
  AEEH: {
    expansion: "Allocation d'éducation de l'enfant handicapé",
    falc: "L'AEEH, c'est une somme d'argent pour les parents d'un enfant handicapé.",
  },
  AJPA: {
    expansion: "Allocation journalière du proche aidant",
    falc: "L'AJPA, c'est une somme d'argent pour l'aidant qui arrête de travailler quelques jours.",
  },
  APA: {
    expansion: "Allocation personnalisée d'autonomie",
    falc: "L'APA, c'est une aide du département pour les personnes âgées qui perdent leur autonomie.",
  },
  APL: {
    expansion: "Aide personnalisée au logement",
    falc: "L'APL, c'est une aide pour payer votre loyer.",
  },
  ARS: {
    expansion: "Agence régionale de santé",
    falc: "L'ARS, c'est l'Agence régionale de santé, un service de l'État.",
  },
  ASH: {
    expansion: "Aide sociale à l'hébergement",
    falc: "L'ASH, c'est une aide du département pour payer l'établissement quand vos revenus ne suffisent pas.",
  },
  CAF: {
    expansion: "Caisse d'allocations familiales",
    falc: "La CAF, c'est la Caisse d'allocations familiales, qui verse des aides.",
  },
  CCAS: {
    expansion: "Centre communal d'action sociale",
    falc: "Le CCAS, c'est le service d'aide sociale de votre mairie.",
  },
  CDAPH: {
    expansion: "Commission des droits et de l'autonomie des personnes handicapées",
    falc: "La CDAPH, c'est la commission qui décide de vos droits liés au handicap.",
  },
  CLIC: {
    expansion: "Centre local d'information et de coordination gérontologique",
    falc: "Le CLIC, c'est un lieu d'information pour les personnes âgées et leurs proches.",
  },
  CMI: {
    expansion: "Carte mobilité inclusion",
    falc: "La CMI, c'est une carte qui facilite la vie des personnes handicapées ou âgées.",
  },
  CNSA: {
    expansion: "Caisse nationale de solidarité pour l'autonomie",
    falc: "La CNSA, c'est la caisse nationale qui finance l'aide à l'autonomie.",
  },
  CRT: {
    expansion: "Centre de ressources territorial",
    falc: "Un CRT, c'est un centre qui aide les personnes âgées à rester chez elles.",
  },
  DAC: {
    expansion: "Dispositif d'appui à la coordination",
    falc: "Le DAC, c'est un service qui aide quand la situation devient compliquée.",
  },
  EAM: {
    expansion: "Établissement d'accueil médicalisé",
    falc: "Un EAM, c'est un lieu de vie avec des soins pour adultes handicapés.",
  },
  EANM: {
    expansion: "Établissement d'accueil non médicalisé",
    falc: "Un EANM, c'est un lieu de vie sans soins pour adultes handicapés.",
  },
  EHPAD: {
    expansion: "Établissement d'hébergement pour personnes âgées dépendantes",
    falc: "Un EHPAD, c'est une maison de retraite avec des soins.",
  },
  ESA: {
    expansion: "Équipe spécialisée Alzheimer",
    falc: "Une ESA, c'est une équipe qui vient chez vous en cas de maladie d'Alzheimer.",
  },
  ESAT: {
    expansion: "Établissement et service d'accompagnement par le travail",
    falc: "Un ESAT, c'est un lieu de travail adapté pour les personnes handicapées.",
  },
  ESMS: {
    expansion: "Établissement ou service social ou médico-social",
    falc: "Un ESMS, c'est un établissement ou un service qui accompagne les personnes.",
  },
  FALC: {
    expansion: "Facile à lire et à comprendre",
    falc: "Le FALC, c'est une façon d'écrire facile à lire et à comprendre.",
  },
  FAM: {
    expansion: "Foyer d'accueil médicalisé",
    falc: "Un FAM, c'est un foyer avec des soins pour adultes handicapés.",
  },
  GIR: {
    expansion: "Groupe iso-ressources",
    falc: "Le GIR, c'est le niveau de perte d'autonomie, de 1 à 6.",
  },
  IME: {
    expansion: "Institut médico-éducatif",
    falc: "Un IME, c'est un établissement pour les enfants et les jeunes handicapés.",
  },
  MARPA: {
    expansion: "Maison d'accueil et de résidence pour l'autonomie",
    falc: "Une MARPA, c'est une petite résidence à la campagne pour les personnes âgées.",
  },
  MAS: {
    expansion: "Maison d'accueil spécialisée",
    falc: "Une MAS, c'est un lieu de vie pour adultes très handicapés, avec des soins.",
  },
  MDPH: {
    expansion: "Maison départementale des personnes handicapées",
    falc: "La MDPH, c'est la Maison départementale des personnes handicapées.",
  },
  MSA: {
    expansion: "Mutualité sociale agricole",
    falc: "La MSA, c'est la sécurité sociale des agriculteurs et des salariés agricoles.",
  },
  PCH: {
    expansion: "Prestation de compensation du handicap",
    falc: "La PCH, c'est une aide pour payer les besoins liés au handicap.",
  },
  PFR: {
    expansion: "Plateforme d'accompagnement et de répit",
    falc: "Une PFR, c'est une plateforme qui aide les aidants à souffler.",
  },
  PPC: {
    expansion: "Plan personnalisé de compensation",
    falc: "Le PPC, c'est le plan qui propose des aides adaptées à vos besoins.",
  },
  RAPO: {
    expansion: "Recours administratif préalable obligatoire",
    falc: "Le RAPO, c'est la lettre à envoyer avant d'aller devant le juge.",
  },
  RQTH: {
    expansion: "Reconnaissance de la qualité de travailleur handicapé",
    falc: "La RQTH, c'est la reconnaissance de votre handicap pour le travail.",
  },
  SAAD: {
    expansion: "Service d'aide et d'accompagnement à domicile",
    falc: "Un SAAD, c'est l'ancien nom d'un service d'aide à la maison.",
  },
  SAD: {
    expansion: "Service autonomie à domicile",
    falc: "Un SAD, c'est un service qui vient vous aider chez vous.",
  },
  SAMSAH: {
    expansion: "Service d'accompagnement médico-social pour adultes handicapés",
    falc: "Un SAMSAH, c'est un service qui accompagne et soigne les adultes handicapés chez eux.",
  },
  SAVS: {
    expansion: "Service d'accompagnement à la vie sociale",
    falc: "Un SAVS, c'est un service qui aide les adultes handicapés dans leur vie.",
  },
  SSIAD: {
    expansion: "Service de soins infirmiers à domicile",
    falc: "Un SSIAD, c'est un service de soins infirmiers qui vient chez vous.",
  },
  USLD: {
    expansion: "Unité de soins de longue durée",
    falc: "Une USLD, c'est un lieu de vie à l'hôpital, avec des soins tout le temps.",
  },
} as const satisfies Record<string, AbbreviationEntry>;

export type AbbreviationKey = keyof typeof ABBREVIATIONS;

export function isKnownAbbreviation(token: string): token is AbbreviationKey {
  return Object.hasOwn(ABBREVIATIONS, token);
}

/**
 * Builds a page glossary (`explains`) from the shared list, so every page
 * explains a sigle with the same words.
 */
export function explainAbbreviations(...keys: AbbreviationKey[]): Record<string, string> {
  const explains: Record<string, string> = {};
  for (const key of keys) explains[key] = ABBREVIATIONS[key].falc;
  return explains;
}
