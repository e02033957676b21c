import type { FalcLine } from "./types";

/**
 * Guide to the public portals. Only facts we are sure of are stated: when a
 * point is not documented here (FranceConnect, Mon espace santé catalogue), the
 * value is "non-precise" and the page sends people to the portal itself.
 */
export type PortalId =
  | "pour-les-personnes-agees"
  | "demande-aides-autonomie"
  | "mon-parcours-handicap"
  | "mdph-en-ligne"
  | "mon-espace-sante"
  | "sante-fr"
  | "mes-droits-sociaux"
  | "viatrajectoire"
  | "ma-boussole-aidants";

/** "sans-objet": the portal has no sign-in for this use; "non-precise": not stated in this guide. */
export type PortalAnswer = "oui" | "non" | "selon-les-services" | "sans-objet" | "non-precise";

export type PortalFact = { answer: PortalAnswer; detail: string };

export type PublicPortal = {
  id: PortalId;
  name: string;
  url: string;
  /** Who runs the portal, when we are sure of it. */
  operator?: string;
  purpose: string;
  audience: string;
  account: PortalFact;
  franceConnect: PortalFact;
  monEspaceSanteCatalogue: PortalFact;
  falc: readonly FalcLine[];
};

export const PORTAL_ANSWER_LABELS: Record<PortalAnswer, string> = {
  oui: "Oui",
  non: "Non",
  "selon-les-services": "Selon les services",
  "sans-objet": "Sans objet",
  "non-precise": "Non précisé ici",
};

const FRANCECONNECT_NOT_DOCUMENTED: PortalFact = {
  answer: "non-precise",
  detail: "Les modes de connexion sont indiqués sur la page de connexion du site.",
};

const NO_SIGN_IN: PortalFact = {
  answer: "sans-objet",
  detail: "Le site se consulte sans connexion.",
};

const CATALOGUE_NOT_DOCUMENTED: PortalFact = {
  answer: "non-precise",
  detail: "Consultez le catalogue de services dans votre profil Mon espace santé pour le savoir.",
};

export const PUBLIC_PORTALS: readonly PublicPortal[] = [
  {
    id: "pour-les-personnes-agees",
    name: "Pour les personnes âgées",
    url: "https://www.pour-les-personnes-agees.gouv.fr",
    operator: "Caisse nationale de solidarité pour l'autonomie (CNSA)",
    purpose:
      "Le portail national d'information sur la perte d'autonomie : aides, vie à domicile, choix d'un établissement, annuaire des EHPAD et des résidences autonomie avec leurs prix, annuaire des points d'information locaux.",
    audience: "Les personnes âgées et leurs proches.",
    account: { answer: "non", detail: "Les informations et les annuaires se consultent sans compte." },
    franceConnect: NO_SIGN_IN,
    monEspaceSanteCatalogue: CATALOGUE_NOT_DOCUMENTED,
    falc: [
      { text: "Ce site informe les personnes âgées et leurs proches.", pictogram: "information" },
      { text: "Vous pouvez comparer les prix des maisons de retraite.", pictogram: "argent" },
      { text: "Vous n'avez pas besoin de compte." },
    ],
  },
  {
    id: "demande-aides-autonomie",
    name: "Demande d'aides à l'autonomie à domicile",
    url: "https://www.pour-les-personnes-agees.gouv.fr/vivre-a-domicile/beneficier-daide-a-domicile/faire-une-demande-daides-a-lautonomie-a-domicile",
    operator: "CNSA, conseils départementaux et caisses de retraite",
    purpose:
      "Un formulaire unique pour demander l'APA à domicile au conseil départemental ou une aide de votre caisse de retraite. Il existe sur papier partout, et en ligne dans certains départements.",
    audience: "Les personnes de 60 ans ou plus qui vivent chez elles, et leurs proches.",
    account: {
      answer: "selon-les-services",
      detail: "Le formulaire papier se remplit sans compte ; le service en ligne demande de se connecter.",
    },
    franceConnect: { answer: "oui", detail: "Le service en ligne utilise FranceConnect." },
    monEspaceSanteCatalogue: CATALOGUE_NOT_DOCUMENTED,
    falc: [
      { text: "Ce formulaire sert à demander une aide pour rester chez vous.", pictogram: "document" },
      { text: "Par exemple, l'APA." },
      { text: "Dans certains départements, vous pouvez le remplir sur internet.", pictogram: "internet" },
      { text: "Sur internet, vous vous connectez avec FranceConnect." },
    ],
  },
  {
    id: "mon-parcours-handicap",
    name: "Mon Parcours Handicap",
    url: "https://www.monparcourshandicap.gouv.fr",
    operator: "CNSA et Caisse des dépôts",
    purpose:
      "Le portail public d'information sur le handicap : droits et aides, scolarité, études, emploi, formation, annuaire des MDPH et des acteurs du handicap.",
    audience: "Les personnes handicapées, leurs proches et les professionnels qui les accompagnent.",
    account: { answer: "non", detail: "Les informations se consultent sans compte." },
    franceConnect: FRANCECONNECT_NOT_DOCUMENTED,
    monEspaceSanteCatalogue: CATALOGUE_NOT_DOCUMENTED,
    falc: [
      { text: "Ce site informe les personnes handicapées et leurs proches.", pictogram: "information" },
      { text: "Il parle des aides, de l'école et du travail." },
      { text: "Vous n'avez pas besoin de compte pour lire les informations." },
    ],
  },
  {
    id: "mdph-en-ligne",
    name: "MDPH en ligne",
    url: "https://mdphenligne.cnsa.fr",
    operator: "CNSA, avec les MDPH",
    purpose:
      "Le service pour déposer en ligne une demande à la MDPH (formulaire et pièces justificatives), quand la MDPH de votre département le propose.",
    audience: "Les personnes handicapées et leurs représentants, dans les départements qui proposent ce service.",
    account: { answer: "oui", detail: "Vous créez un compte sur la page de la MDPH de votre département." },
    franceConnect: FRANCECONNECT_NOT_DOCUMENTED,
    monEspaceSanteCatalogue: CATALOGUE_NOT_DOCUMENTED,
    falc: [
      { text: "Ce site sert à faire une demande à la MDPH sur internet.", pictogram: "internet" },
      { text: "Certaines MDPH seulement proposent ce service." },
      { text: "Vous devez créer un compte.", pictogram: "personne" },
    ],
  },
  {
    id: "mon-espace-sante",
    name: "Mon espace santé",
    url: "https://www.monespacesante.fr",
    operator: "Assurance maladie et ministère chargé de la santé",
    purpose:
      "Votre espace personnel de santé : documents médicaux, profil médical, messagerie sécurisée avec les professionnels de santé, agenda, et un catalogue de services numériques référencés par l'État.",
    audience:
      "Toutes les personnes couvertes par l'Assurance maladie ; les parents gèrent l'espace de leurs enfants.",
    account: {
      answer: "oui",
      detail: "L'espace est créé pour chaque assuré ; vous l'activez pour l'utiliser.",
    },
    franceConnect: FRANCECONNECT_NOT_DOCUMENTED,
    monEspaceSanteCatalogue: {
      answer: "sans-objet",
      detail: "Le catalogue de services se trouve dans Mon espace santé.",
    },
    falc: [
      { text: "Mon espace santé garde vos documents de santé.", pictogram: "document" },
      { text: "Vous pouvez écrire à vos soignants de façon sécurisée.", pictogram: "courrier" },
      { text: "Vous devez activer votre espace." },
      { text: "Il propose aussi une liste de services vérifiés par l'État." },
    ],
  },
  {
    id: "sante-fr",
    name: "Santé.fr",
    url: "https://www.sante.fr",
    purpose:
      "Le service public d'information en santé : informations fiables sur la santé et annuaire pour trouver des professionnels et des lieux de santé près de chez vous.",
    audience: "Tout le monde.",
    account: { answer: "non", detail: "Le site se consulte sans compte." },
    franceConnect: NO_SIGN_IN,
    monEspaceSanteCatalogue: { answer: "oui", detail: "Santé.fr fait partie des services référencés dans le catalogue." },
    falc: [
      { text: "Ce site donne des informations sur la santé.", pictogram: "soins" },
      { text: "Il aide à trouver des soignants près de chez vous.", pictogram: "lieu" },
      { text: "Vous n'avez pas besoin de compte." },
    ],
  },
  {
    id: "mes-droits-sociaux",
    name: "Mes droits sociaux",
    url: "https://www.mesdroitssociaux.gouv.fr",
    purpose:
      "Un simulateur pour savoir à quelles aides sociales vous pourriez avoir droit, et un espace personnel qui rassemble vos droits auprès des organismes sociaux.",
    audience: "Tout le monde.",
    account: {
      answer: "selon-les-services",
      detail: "Le simulateur fonctionne sans compte ; l'espace personnel demande de se connecter.",
    },
    franceConnect: { answer: "oui", detail: "L'espace personnel utilise FranceConnect." },
    monEspaceSanteCatalogue: CATALOGUE_NOT_DOCUMENTED,
    falc: [
      { text: "Ce site vous aide à savoir à quelles aides vous avez droit.", pictogram: "recherche" },
      { text: "Vous pouvez faire une simulation sans compte." },
      { text: "Pour votre espace personnel, vous utilisez FranceConnect.", pictogram: "personne" },
    ],
  },
  {
    id: "viatrajectoire",
    name: "ViaTrajectoire",
    url: "https://trajectoire.sante-ra.fr/Trajectoire/",
    purpose:
      "Un service public pour trouver un établissement, remplir en ligne le dossier unique d'admission en EHPAD ou en unité de soins de longue durée, l'envoyer à plusieurs établissements et suivre leurs réponses. Dans de nombreux départements, il sert aussi au suivi des orientations vers les établissements pour personnes handicapées.",
    audience: "Les personnes âgées et leurs proches, les personnes handicapées orientées par la CDAPH, les professionnels.",
    account: {
      answer: "oui",
      detail: "Vous créez un dossier avec une adresse électronique et un mot de passe.",
    },
    franceConnect: FRANCECONNECT_NOT_DOCUMENTED,
    monEspaceSanteCatalogue: CATALOGUE_NOT_DOCUMENTED,
    falc: [
      { text: "Ce site sert à demander une place dans un EHPAD.", pictogram: "etablissement" },
      { text: "Vous remplissez un seul dossier pour plusieurs EHPAD.", pictogram: "document" },
      { text: "Votre médecin remplit la partie sur votre santé.", pictogram: "soins" },
      { text: "Vous voyez les réponses sur le site." },
      { text: "Vous devez créer un compte." },
    ],
  },
  {
    id: "ma-boussole-aidants",
    name: "Ma Boussole Aidants",
    url: "https://www.maboussoleaidants.fr",
    operator: "Agirc-Arrco et les groupes de protection sociale",
    purpose:
      "Un site pour les aidants : informations selon votre situation, et solutions et aides près de chez vous.",
    audience: "Les proches aidants de personnes âgées, malades ou handicapées.",
    account: { answer: "non", detail: "Les informations et les solutions se consultent sans compte." },
    franceConnect: FRANCECONNECT_NOT_DOCUMENTED,
    monEspaceSanteCatalogue: CATALOGUE_NOT_DOCUMENTED,
    falc: [
      { text: "Ce site aide les personnes qui aident un proche.", pictogram: "aidant" },
      { text: "Il montre les aides et les services près de chez vous.", pictogram: "lieu" },
      { text: "Vous n'avez pas besoin de compte." },
    ],
  },
];

export function getPortal(id: PortalId): PublicPortal {
  const portal = PUBLIC_PORTALS.find((candidate) => candidate.id === id);
  if (!portal) throw new Error(`Unknown portal: ${id}`);
  return portal;
}
