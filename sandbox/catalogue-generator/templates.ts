/**
 * What kinds of sites the generator creates and which ROR offers (JDV_J238
 * type d'offre, J19 modes, J30 temporalités, J29 publics) each one carries.
 * Together they cover every type d'offre of the portal's referential, plus a
 * few hospital offers that the importer must leave out.
 */

export type HoursPattern = "always" | "office" | "day" | "none";

export type OfferTemplate = {
  typeOffre: string;
  label: string;
  modes: readonly string[];
  temporalites: readonly string[];
  publics: readonly string[];
  probability: number;
  capacity: readonly [number, number] | null;
  ages: readonly [number, number];
  hours: HoursPattern;
};

export type PriceKind = "ehpad" | "residence" | null;

export type SiteTemplate = {
  kind: string;
  weight: number;
  /** JDV_J55 catégorie (FINESS); null for services run without a FINESS number. */
  categorie: string | null;
  prefixes: readonly string[];
  offers: readonly OfferTemplate[];
  prices: PriceKind;
  /** Probability of an habilitation à l'aide sociale. */
  aideSociale: number;
};

const PA = ["01"];
const PH = ["02"];
const ADULTS: readonly [number, number] = [18, 120];
const ELDERLY: readonly [number, number] = [60, 120];
const CHILDREN: readonly [number, number] = [0, 20];

function offer(
  typeOffre: string,
  label: string,
  options: Partial<Omit<OfferTemplate, "typeOffre" | "label">> = {},
): OfferTemplate {
  return {
    typeOffre,
    label,
    modes: options.modes ?? ["46"],
    temporalites: options.temporalites ?? ["02"],
    publics: options.publics ?? PA,
    probability: options.probability ?? 1,
    capacity: options.capacity === undefined ? [10, 40] : options.capacity,
    ages: options.ages ?? ADULTS,
    hours: options.hours ?? "office",
  };
}

const home = { modes: ["49"], temporalites: [] as string[], hours: "office" as const };
const info = { modes: ["58"], temporalites: [] as string[], capacity: null, hours: "office" as const };

export const SITE_TEMPLATES: readonly SiteTemplate[] = [
  {
    kind: "ehpad",
    weight: 24,
    categorie: "500",
    prefixes: ["EHPAD", "Résidence", "Maison de retraite"],
    prices: "ehpad",
    aideSociale: 0.75,
    offers: [
      offer("21", "Hébergement permanent", { capacity: [40, 110], ages: ELDERLY, hours: "always" }),
      offer("21", "Hébergement temporaire", { temporalites: ["01"], capacity: [2, 8], ages: ELDERLY, probability: 0.45, hours: "always" }),
      offer("21", "Accueil de jour", { modes: ["47"], capacity: [6, 15], ages: ELDERLY, probability: 0.35, hours: "day" }),
      offer("24", "Unité de vie protégée", { capacity: [12, 28], ages: ELDERLY, probability: 0.4, hours: "always" }),
      offer("25", "Pôle d'activités et de soins adaptés (PASA)", { modes: ["54"], capacity: [12, 14], ages: ELDERLY, probability: 0.3, hours: "day" }),
      offer("23", "Unité d'hébergement renforcée", { capacity: [12, 14], ages: ELDERLY, probability: 0.08, hours: "always" }),
      offer("38", "Plateforme d'accompagnement et de répit", { modes: ["58"], temporalites: [], capacity: null, probability: 0.07 }),
      offer("258", "Hébergement temporaire d'urgence", { temporalites: ["01"], capacity: [1, 3], ages: ELDERLY, probability: 0.04, hours: "always" }),
    ],
  },
  {
    kind: "petite-unite-de-vie",
    weight: 2,
    categorie: "500",
    prefixes: ["Petite unité de vie", "Maison"],
    prices: "ehpad",
    aideSociale: 0.6,
    offers: [offer("26", "Hébergement en petite unité de vie", { capacity: [10, 24], ages: ELDERLY, hours: "always" })],
  },
  {
    kind: "residence-autonomie",
    weight: 8,
    categorie: "202",
    prefixes: ["Résidence autonomie", "Résidence"],
    prices: "residence",
    aideSociale: 0.5,
    offers: [offer("22", "Logement en résidence autonomie", { capacity: [20, 80], publics: ["03"], ages: ELDERLY, hours: "always" })],
  },
  {
    kind: "marpa",
    weight: 2,
    categorie: "202",
    prefixes: ["MARPA"],
    prices: "residence",
    aideSociale: 0.5,
    offers: [offer("27", "Logement en MARPA", { capacity: [15, 24], publics: ["03"], ages: ELDERLY, hours: "always" })],
  },
  {
    kind: "usld",
    weight: 3,
    categorie: "362",
    prefixes: ["USLD", "Unité de soins de longue durée"],
    prices: "ehpad",
    aideSociale: 0.8,
    offers: [offer("249", "Soins de longue durée", { capacity: [30, 120], ages: ELDERLY, hours: "always" })],
  },
  {
    kind: "ssiad",
    weight: 10,
    categorie: "354",
    prefixes: ["SSIAD", "Service de soins infirmiers"],
    prices: null,
    aideSociale: 0,
    offers: [
      offer("28", "Soins infirmiers à domicile", { ...home, capacity: [20, 120], publics: ["01", "02"] }),
      offer("75", "Soins infirmiers à domicile renforcés", { ...home, capacity: [5, 15], probability: 0.1 }),
      offer("29", "Équipe spécialisée Alzheimer", { ...home, capacity: [10, 30], probability: 0.25 }),
      offer("284", "Équipe de prévention et de réadaptation à domicile", { ...home, capacity: null, probability: 0.05 }),
    ],
  },
  {
    kind: "sad-aide",
    weight: 9,
    categorie: "460",
    prefixes: ["Aide à domicile", "Service d'aide à domicile", "ADMR"],
    prices: null,
    aideSociale: 0.6,
    offers: [
      offer("30", "Aide à domicile", { ...home, capacity: null, publics: ["01", "02"] }),
      offer("33", "Portage de repas", { ...home, capacity: null, probability: 0.2 }),
      offer("34", "Téléassistance", { modes: ["36"], temporalites: [], capacity: null, probability: 0.15, hours: "always" }),
      offer("320", "Relayage à domicile", { ...home, capacity: null, probability: 0.05 }),
    ],
  },
  {
    kind: "sad-soins",
    weight: 4,
    categorie: "209",
    prefixes: ["Service autonomie à domicile", "SAD"],
    prices: null,
    aideSociale: 0.6,
    offers: [
      offer("132", "Aide et soins à domicile", { ...home, capacity: [30, 150], publics: ["01", "02"] }),
      offer("29", "Équipe spécialisée Alzheimer", { ...home, capacity: [10, 30], probability: 0.1 }),
    ],
  },
  {
    kind: "foyer-restaurant",
    weight: 1,
    categorie: null,
    prefixes: ["Foyer-restaurant"],
    prices: null,
    aideSociale: 0,
    offers: [offer("35", "Repas en foyer-restaurant", { modes: ["54"], temporalites: [], capacity: [20, 60], ages: ELDERLY, hours: "day" })],
  },
  {
    kind: "accueil-familial-specialise",
    weight: 1,
    categorie: "238",
    prefixes: ["Centre d'accueil familial spécialisé"],
    prices: null,
    aideSociale: 0,
    offers: [offer("37", "Accueil familial spécialisé", { modes: ["50"], capacity: [5, 20], publics: PH, ages: CHILDREN })],
  },
  {
    kind: "accueil-familial-social",
    weight: 1.5,
    categorie: null,
    prefixes: ["Accueil familial", "Service d'accueil familial"],
    prices: null,
    aideSociale: 0.7,
    offers: [offer("36", "Accueil familial pour personnes âgées ou handicapées", { modes: ["50"], capacity: [1, 3], publics: ["01", "02"] })],
  },
  {
    kind: "mas",
    weight: 3,
    categorie: "255",
    prefixes: ["MAS", "Maison d'accueil spécialisée"],
    prices: null,
    aideSociale: 1,
    offers: [
      offer("40", "Accueil en maison d'accueil spécialisée", { capacity: [20, 60], publics: PH, hours: "always" }),
      offer("256", "Accueil temporaire", { temporalites: ["01"], capacity: [1, 4], publics: PH, probability: 0.2, hours: "always" }),
    ],
  },
  {
    kind: "fam",
    weight: 3,
    categorie: "437",
    prefixes: ["FAM", "Foyer d'accueil médicalisé"],
    prices: null,
    aideSociale: 1,
    offers: [offer("39", "Accueil médicalisé", { capacity: [15, 50], publics: PH, hours: "always" })],
  },
  {
    kind: "foyer-de-vie",
    weight: 3,
    categorie: "382",
    prefixes: ["Foyer de vie"],
    prices: null,
    aideSociale: 1,
    offers: [
      offer("97", "Foyer de vie", { capacity: [15, 50], publics: PH, hours: "always" }),
      offer("257", "Unité pour personnes handicapées vieillissantes", { capacity: [6, 15], publics: ["05"], probability: 0.15, hours: "always" }),
    ],
  },
  {
    kind: "foyer-hebergement",
    weight: 2,
    categorie: "252",
    prefixes: ["Foyer d'hébergement"],
    prices: null,
    aideSociale: 1,
    offers: [offer("96", "Foyer d'hébergement", { capacity: [15, 50], publics: PH, hours: "always" })],
  },
  {
    kind: "eanm",
    weight: 1,
    categorie: "449",
    prefixes: ["Établissement d'accueil non médicalisé"],
    prices: null,
    aideSociale: 1,
    offers: [offer("41", "Accueil non médicalisé", { capacity: [15, 40], publics: PH, hours: "always" })],
  },
  {
    kind: "ime",
    weight: 4,
    categorie: "183",
    prefixes: ["IME", "Institut médico-éducatif"],
    prices: null,
    aideSociale: 0,
    offers: [
      offer("48", "Accompagnement en institut médico-éducatif", { modes: ["46", "47"], capacity: [20, 80], publics: PH, ages: CHILDREN }),
      offer("55", "Unité d'enseignement interne", { modes: ["47"], capacity: [6, 12], publics: PH, ages: CHILDREN, probability: 0.3, hours: "day" }),
      offer("56", "Unité d'enseignement externalisée", { modes: ["47"], capacity: [6, 10], publics: PH, ages: CHILDREN, probability: 0.1, hours: "day" }),
    ],
  },
  ...(
    [
      ["iem", "192", "49", "Institut d'éducation motrice", "IEM"],
      ["itep", "186", "50", "Institut thérapeutique, éducatif et pédagogique", "ITEP"],
      ["eeap", "188", "51", "Établissement pour enfants polyhandicapés", "EEAP"],
      ["institut-visuel", "194", "52", "Institut pour déficients visuels", "Institut"],
      ["institut-auditif", "195", "53", "Institut pour déficients auditifs", "Institut"],
      ["institut-sensoriel", "196", "54", "Institut d'éducation sensorielle", "Institut"],
      ["jardin-enfants", "402", "63", "Jardin d'enfants spécialisé", "Jardin d'enfants"],
    ] as const
  ).map(
    ([kind, categorie, typeOffre, label, prefix]): SiteTemplate => ({
      kind,
      weight: 0.8,
      categorie,
      prefixes: [prefix],
      prices: null,
      aideSociale: 0,
      offers: [offer(typeOffre, label, { modes: ["46", "47"], capacity: [10, 50], publics: PH, ages: CHILDREN })],
    }),
  ),
  {
    kind: "sessad",
    weight: 4,
    categorie: "182",
    prefixes: ["SESSAD"],
    prices: null,
    aideSociale: 0,
    offers: [
      offer("57", "Éducation spécialisée et soins à domicile", { ...home, capacity: [15, 60], publics: PH, ages: CHILDREN }),
      offer("58", "Accompagnement familial et éducation précoce (SAFEP)", { ...home, capacity: [5, 20], publics: PH, ages: [0, 3], probability: 0.15 }),
      offer("59", "Soutien à l'éducation familiale et à la scolarisation (SSEFIS)", { ...home, capacity: [5, 30], publics: PH, ages: CHILDREN, probability: 0.1 }),
      offer("60", "Aide à l'autonomie et à l'intégration scolaire (S3AIS)", { ...home, capacity: [5, 30], publics: PH, ages: CHILDREN, probability: 0.1 }),
    ],
  },
  {
    kind: "camsp",
    weight: 1.5,
    categorie: "190",
    prefixes: ["CAMSP"],
    prices: null,
    aideSociale: 0,
    offers: [
      offer("61", "Action médico-sociale précoce", { modes: ["32"], temporalites: [], capacity: null, publics: PH, ages: [0, 6] }),
      offer("84", "Plateforme de coordination et d'orientation (troubles du neurodéveloppement)", { ...info, publics: PH, ages: [0, 12], probability: 0.2 }),
    ],
  },
  {
    kind: "cmpp",
    weight: 1.5,
    categorie: "189",
    prefixes: ["CMPP"],
    prices: null,
    aideSociale: 0,
    offers: [offer("62", "Consultations médico-psycho-pédagogiques", { modes: ["32"], temporalites: [], capacity: null, publics: PH, ages: CHILDREN })],
  },
  {
    kind: "savs",
    weight: 3,
    categorie: "446",
    prefixes: ["SAVS"],
    prices: null,
    aideSociale: 1,
    offers: [offer("31", "Accompagnement à la vie sociale", { ...home, capacity: [20, 80], publics: PH })],
  },
  {
    kind: "samsah",
    weight: 2,
    categorie: "445",
    prefixes: ["SAMSAH"],
    prices: null,
    aideSociale: 1,
    offers: [offer("32", "Accompagnement médico-social des adultes handicapés", { ...home, capacity: [15, 50], publics: PH })],
  },
  {
    kind: "esat",
    weight: 4,
    categorie: "246",
    prefixes: ["ESAT"],
    prices: null,
    aideSociale: 0,
    offers: [
      offer("43", "Travail en établissement et service d'aide par le travail", { modes: ["47"], capacity: [30, 120], publics: PH, hours: "day" }),
      offer("47", "Emploi accompagné", { ...info, publics: PH, probability: 0.15 }),
    ],
  },
  {
    kind: "esrp",
    weight: 1,
    categorie: "249",
    prefixes: ["ESRP", "Centre de réadaptation professionnelle"],
    prices: null,
    aideSociale: 0,
    offers: [
      offer("44", "Réadaptation professionnelle", { modes: ["46", "47"], capacity: [20, 80], publics: PH }),
      offer("45", "Évaluation et orientation sociale et professionnelle (UEROS)", { ...info, publics: PH, probability: 0.2 }),
    ],
  },
  {
    kind: "espo",
    weight: 0.5,
    categorie: "198",
    prefixes: ["ESPO", "Centre de préorientation"],
    prices: null,
    aideSociale: 0,
    offers: [offer("46", "Préorientation professionnelle", { modes: ["47"], capacity: [10, 30], publics: PH, hours: "day" })],
  },
  {
    kind: "clic",
    weight: 2,
    categorie: "463",
    prefixes: ["CLIC", "Point info seniors"],
    prices: null,
    aideSociale: 0,
    offers: [
      offer("259", "Information et orientation des personnes âgées", { ...info, ages: ELDERLY }),
      offer("72", "Accueil, écoute et orientation", { ...info, probability: 0.3 }),
    ],
  },
  {
    kind: "dac",
    weight: 1.5,
    categorie: "606",
    prefixes: ["DAC", "Dispositif d'appui à la coordination"],
    prices: null,
    aideSociale: 0,
    offers: [
      offer("178", "Appui à la coordination des parcours", { ...info, publics: ["07"] }),
      offer("73", "Gestion de cas", { ...info, probability: 0.3 }),
      offer("143", "Communauté 360", { ...info, publics: PH, probability: 0.2 }),
    ],
  },
  {
    kind: "centre-ressources",
    weight: 1,
    categorie: "461",
    prefixes: ["Centre de ressources"],
    prices: null,
    aideSociale: 0,
    offers: [
      offer("136", "Centre de ressources territorial", { ...info, ages: ELDERLY }),
      offer("66", "Équipe relais handicaps rares", { ...info, publics: PH, probability: 0.1 }),
      offer("85", "Équipe mobile autisme", { ...info, modes: ["59"], publics: PH, probability: 0.15 }),
      offer("299", "Diagnostic de proximité autisme", { ...info, publics: PH, ages: CHILDREN, probability: 0.15 }),
      offer("140", "Équipe mobile d'appui à la scolarisation", { ...info, modes: ["59"], publics: PH, ages: CHILDREN, probability: 0.15 }),
      offer("65", "Pôle de compétences et de prestations externalisées", { ...info, publics: PH, probability: 0.2 }),
    ],
  },
  {
    kind: "gem",
    weight: 1.5,
    categorie: "705",
    prefixes: ["GEM", "Groupe d'entraide mutuelle"],
    prices: null,
    aideSociale: 0,
    offers: [offer("296", "Entraide entre pairs", { modes: ["42"], temporalites: [], capacity: null, publics: PH, hours: "day" })],
  },
  {
    kind: "lieu-de-vie",
    weight: 1,
    categorie: "462",
    prefixes: ["Lieu de vie"],
    prices: null,
    aideSociale: 0.5,
    offers: [offer("67", "Lieu de vie et d'accueil", { capacity: [3, 10], publics: PH, hours: "always" })],
  },
  {
    kind: "habitat-inclusif",
    weight: 2,
    categorie: null,
    prefixes: ["Habitat inclusif", "Maison partagée"],
    prices: null,
    aideSociale: 0,
    offers: [offer("74", "Logement en habitat inclusif", { capacity: [4, 12], publics: ["01", "02"], hours: "none" })],
  },
  {
    kind: "hopital",
    weight: 1.5,
    categorie: "355",
    prefixes: ["Centre hospitalier"],
    prices: null,
    aideSociale: 0,
    offers: [
      offer("156", "Court séjour gériatrique", { modes: ["28"], capacity: [15, 40], ages: ELDERLY, hours: "always" }),
      offer("144", "Équipe mobile de psychiatrie du sujet âgé", { ...info, ages: ELDERLY, probability: 0.3 }),
      offer("177", "Consultations dédiées aux personnes handicapées", { modes: ["32"], temporalites: [], capacity: null, publics: PH, probability: 0.1 }),
    ],
  },
];

/** Names of places, combined with the prefixes; invented for the sandbox. */
export const PLACE_NAMES: readonly string[] = [
  "Les Tilleuls", "Les Glycines", "Le Clos des Vignes", "Les Jardins d'Automne", "La Roseraie", "Les Hortensias", "Le Val Fleuri",
  "Les Cèdres", "La Source", "Les Peupliers", "Le Moulin", "Les Lilas", "Bel Air", "Les Acacias", "Les Charmilles", "Le Verger",
  "Les Marronniers", "La Clairière", "Les Mimosas", "Le Parc", "Les Coquelicots", "La Fontaine", "Les Érables", "Le Bois Joli",
  "Les Magnolias", "La Colline", "Les Bruyères", "Le Grand Chêne", "Les Saules", "La Prairie", "Les Oliviers", "Le Belvédère",
  "Les Lavandes", "La Bergerie", "Les Platanes", "Le Pré Vert", "Les Genêts", "La Maison Bleue", "Les Capucines", "Le Soleil",
  "Les Iris", "La Pinède", "Les Camélias", "Le Vallon", "Les Noisetiers", "La Passerelle", "Les Bleuets", "L'Arc-en-Ciel",
  "Les Pervenches", "Le Cap", "Les Sources", "La Ferme", "Les Myosotis", "L'Escale", "Les Tamaris", "Le Phare", "Les Alizés",
  "Les Ajoncs", "La Boussole", "Les Églantines",
];

export const STREET_TYPES: readonly string[] = ["rue", "avenue", "place", "chemin", "allée", "boulevard", "impasse", "route"];

export const STREET_NAMES: readonly string[] = [
  "des Écoles", "de la Mairie", "du Moulin", "des Lilas", "de la Gare", "du Stade", "des Jardins", "de l'Église", "du Parc",
  "des Fleurs", "de la Poste", "du Château", "des Prés", "de la Fontaine", "du Marché", "des Vignes", "de la Liberté", "du Lavoir",
  "des Tisserands", "de la République", "du Four", "des Peupliers", "de la Source", "du Pont",
];
