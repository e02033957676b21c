/**
 * The portal's own referential: the human groups ("Vivre à domicile"…), the
 * offer types inside them with plain-French labels, and the publics. Each type
 * lists the official codes (JDV_J238 type d'offre, JDV_J55 catégorie
 * d'établissement) it covers, so every source is classified the same way.
 */

export const GROUP_SLUGS = [
  "vivre-a-domicile",
  "habiter-autrement",
  "en-etablissement",
  "soutenir-les-aidants",
  "s-informer-et-etre-accompagne",
] as const;
export type GroupSlug = (typeof GROUP_SLUGS)[number];

export const PUBLIC_SLUGS = ["personnes-agees", "personnes-handicapees", "aidants"] as const;
export type PublicSlug = (typeof PUBLIC_SLUGS)[number];

export type PublicDefinition = { slug: PublicSlug; label: string };

export const PUBLICS: readonly PublicDefinition[] = [
  { slug: "personnes-agees", label: "Personnes âgées" },
  { slug: "personnes-handicapees", label: "Personnes en situation de handicap" },
  { slug: "aidants", label: "Proches aidants" },
];

export type OfferTypeDefinition = {
  /** Stable slug used in URLs and filters. */
  slug: string;
  /** Plain-French label shown to users. */
  label: string;
  group: GroupSlug;
  /** JDV_J238 type d'offre codes classified into this type. */
  typesOffre: readonly string[];
  /** JDV_J55 catégorie d'établissement codes classified into this type (FINESS). */
  categories: readonly string[];
  /** Publics assumed when the source does not say. */
  defaultPublics: readonly PublicSlug[];
  /** A place where people live or stay, whose offers can be split into day care / temporary stays. */
  residential?: boolean;
};

export type GroupDefinition = {
  slug: GroupSlug;
  label: string;
  description: string;
  types: readonly OfferTypeDefinition[];
};

const PA: readonly PublicSlug[] = ["personnes-agees"];
const PH: readonly PublicSlug[] = ["personnes-handicapees"];
const PA_PH: readonly PublicSlug[] = ["personnes-agees", "personnes-handicapees"];
const ALL: readonly PublicSlug[] = ["personnes-agees", "personnes-handicapees", "aidants"];

type TypeSpec = Omit<OfferTypeDefinition, "group">;

function group(slug: GroupSlug, label: string, description: string, types: readonly TypeSpec[]): GroupDefinition {
  return { slug, label, description, types: types.map((type) => ({ ...type, group: slug })) };
}

export const GROUPS: readonly GroupDefinition[] = [
  group("vivre-a-domicile", "Vivre à domicile", "Des services qui viennent chez vous pour aider, soigner ou accompagner.", [
    { slug: "ssiad", label: "Soins infirmiers à domicile (SSIAD)", typesOffre: ["28", "75"], categories: ["354"], defaultPublics: PA_PH },
    {
      slug: "service-autonomie-domicile",
      label: "Aide et soins à domicile (service autonomie)",
      typesOffre: ["30", "132"],
      categories: ["460", "209", "640"],
      defaultPublics: PA_PH,
    },
    { slug: "esa", label: "Équipe spécialisée Alzheimer à domicile (ESA)", typesOffre: ["29"], categories: [], defaultPublics: PA },
    { slug: "esprad", label: "Prévention et réadaptation à domicile (ESPRAD)", typesOffre: ["284"], categories: [], defaultPublics: PA_PH },
    { slug: "savs", label: "Accompagnement à la vie sociale (SAVS)", typesOffre: ["31"], categories: ["446"], defaultPublics: PH },
    {
      slug: "samsah",
      label: "Accompagnement médico-social des adultes handicapés (SAMSAH)",
      typesOffre: ["32"],
      categories: ["445"],
      defaultPublics: PH,
    },
    {
      slug: "sessad",
      label: "Soins et éducation spécialisée à domicile pour les enfants (SESSAD)",
      typesOffre: ["57", "58", "59", "60"],
      categories: ["182"],
      defaultPublics: PH,
    },
    {
      slug: "accompagnement-enfants",
      label: "Repérage, diagnostic et accompagnement des enfants (CAMSP, CMPP, PCO…)",
      typesOffre: ["61", "62", "65", "66", "84", "85", "140", "299"],
      categories: ["189", "190"],
      defaultPublics: PH,
    },
    { slug: "repas", label: "Repas livrés à domicile ou en foyer-restaurant", typesOffre: ["33", "35"], categories: [], defaultPublics: PA_PH },
    { slug: "teleassistance", label: "Téléassistance", typesOffre: ["34"], categories: [], defaultPublics: PA_PH },
  ]),
  group("habiter-autrement", "Habiter autrement", "Des logements adaptés, entre le domicile et l'établissement.", [
    { slug: "residence-autonomie", label: "Résidence autonomie", typesOffre: ["22"], categories: ["202", "502"], defaultPublics: PA, residential: true },
    { slug: "marpa", label: "Maison d'accueil rurale pour personnes âgées (MARPA)", typesOffre: ["27"], categories: [], defaultPublics: PA, residential: true },
    { slug: "petite-unite-de-vie", label: "Petite unité de vie", typesOffre: ["26"], categories: [], defaultPublics: PA, residential: true },
    { slug: "habitat-inclusif", label: "Habitat inclusif", typesOffre: ["74"], categories: [], defaultPublics: PA_PH },
    { slug: "accueil-familial", label: "Accueil familial", typesOffre: ["36", "37"], categories: ["238"], defaultPublics: PA_PH },
    { slug: "lieu-de-vie", label: "Lieu de vie et d'accueil", typesOffre: ["67"], categories: ["462"], defaultPublics: PH },
    { slug: "residence-services-seniors", label: "Résidence services seniors", typesOffre: [], categories: [], defaultPublics: PA },
    { slug: "cohabitation-intergenerationnelle", label: "Cohabitation intergénérationnelle", typesOffre: [], categories: [], defaultPublics: PA },
  ]),
  group("en-etablissement", "En établissement", "Des établissements qui accueillent et soignent, jour et nuit.", [
    {
      slug: "ehpad",
      label: "Maison de retraite médicalisée (EHPAD)",
      typesOffre: ["21", "23", "24", "25"],
      categories: ["500", "501"],
      defaultPublics: PA,
      residential: true,
    },
    { slug: "usld", label: "Unité de soins de longue durée (USLD)", typesOffre: ["249"], categories: ["362"], defaultPublics: PA, residential: true },
    { slug: "mas", label: "Maison d'accueil spécialisée (MAS)", typesOffre: ["40"], categories: ["255"], defaultPublics: PH, residential: true },
    { slug: "fam-eam", label: "Foyer ou établissement d'accueil médicalisé (FAM, EAM)", typesOffre: ["39"], categories: ["437", "448"], defaultPublics: PH, residential: true },
    {
      slug: "foyer-de-vie",
      label: "Foyer de vie ou d'hébergement pour adultes handicapés",
      typesOffre: ["41", "96", "97"],
      categories: ["252", "253", "382", "449"],
      defaultPublics: PH,
      residential: true,
    },
    {
      slug: "uphv",
      label: "Unité pour personnes handicapées vieillissantes",
      typesOffre: ["257"],
      categories: [],
      defaultPublics: PA_PH,
      residential: true,
    },
    { slug: "ime", label: "Institut médico-éducatif (IME)", typesOffre: ["48"], categories: ["183"], defaultPublics: PH, residential: true },
    {
      slug: "etablissement-enfants",
      label: "Autre établissement pour enfants handicapés (IEM, ITEP, instituts sensoriels…)",
      typesOffre: ["49", "50", "51", "52", "53", "54", "55", "56", "63"],
      categories: ["186", "188", "192", "194", "195", "196", "396", "402"],
      defaultPublics: PH,
      residential: true,
    },
    {
      slug: "etablissement-experimental",
      label: "Établissement expérimental",
      typesOffre: [],
      categories: ["370", "377", "379", "381"],
      defaultPublics: PA_PH,
      residential: true,
    },
  ]),
  group("soutenir-les-aidants", "Soutenir les aidants", "Du répit et du soutien pour les proches qui aident.", [
    { slug: "plateforme-repit", label: "Plateforme d'accompagnement et de répit", typesOffre: ["38"], categories: [], defaultPublics: ALL },
    { slug: "accueil-de-jour", label: "Accueil de jour", typesOffre: [], categories: ["207"], defaultPublics: ["personnes-agees", "aidants"] },
    {
      slug: "hebergement-temporaire",
      label: "Hébergement temporaire",
      typesOffre: ["256", "258"],
      categories: ["390", "395"],
      defaultPublics: ALL,
    },
    { slug: "relayage", label: "Relais de l'aidant à domicile (relayage)", typesOffre: ["320"], categories: [], defaultPublics: ALL },
    { slug: "groupe-aidants", label: "Groupes de parole, formations et associations d'aidants", typesOffre: [], categories: [], defaultPublics: ["aidants"] },
  ]),
  group(
    "s-informer-et-etre-accompagne",
    "S'informer et être accompagné",
    "Des lieux pour poser vos questions, faire vos démarches et être orienté.",
    [
      { slug: "france-services", label: "France Services", typesOffre: [], categories: [], defaultPublics: ALL },
      { slug: "clic", label: "Point d'information pour les personnes âgées (CLIC)", typesOffre: ["259"], categories: ["463"], defaultPublics: ["personnes-agees", "aidants"] },
      { slug: "mdph", label: "Maison départementale des personnes handicapées (MDPH)", typesOffre: [], categories: ["609"], defaultPublics: ["personnes-handicapees", "aidants"] },
      { slug: "ccas", label: "Centre communal d'action sociale (CCAS)", typesOffre: [], categories: [], defaultPublics: ALL },
      { slug: "centre-ressources", label: "Centre de ressources (dont centre de ressources territorial)", typesOffre: ["136"], categories: ["461"], defaultPublics: ALL },
      { slug: "dac", label: "Dispositif d'appui à la coordination (DAC)", typesOffre: ["73", "178"], categories: ["606"], defaultPublics: ALL },
      { slug: "accueil-orientation", label: "Accueil, écoute et orientation (dont Communauté 360)", typesOffre: ["72", "143"], categories: [], defaultPublics: ALL },
      { slug: "gem", label: "Groupe d'entraide mutuelle (GEM)", typesOffre: ["296"], categories: ["705"], defaultPublics: PH },
      {
        slug: "insertion-professionnelle",
        label: "Travail protégé et insertion professionnelle (ESAT, ESRP, emploi accompagné…)",
        typesOffre: ["43", "44", "45", "46", "47"],
        categories: ["198", "246", "249", "464"],
        defaultPublics: PH,
      },
    ],
  ),
];

/**
 * JDV_J238 codes of the shared subset that belong to hospital care, not to the
 * portal: offers of these types are rejected as out of scope.
 */
export const EXCLUDED_TYPES_OFFRE: readonly string[] = ["144", "156", "177", "276"];

export const OFFER_TYPES: readonly OfferTypeDefinition[] = GROUPS.flatMap((g) => g.types);

const typesBySlug = new Map(OFFER_TYPES.map((type) => [type.slug, type]));
const typesByTypeOffre = new Map(OFFER_TYPES.flatMap((type) => type.typesOffre.map((code) => [code, type] as const)));
const typesByCategorie = new Map(OFFER_TYPES.flatMap((type) => type.categories.map((code) => [code, type] as const)));
const groupsBySlug = new Map(GROUPS.map((g) => [g.slug, g]));

export function offerType(slug: string): OfferTypeDefinition | undefined {
  return typesBySlug.get(slug);
}

export function offerGroup(slug: string): GroupDefinition | undefined {
  return groupsBySlug.get(slug as GroupSlug);
}

export function typeForTypeOffre(code: string): OfferTypeDefinition | undefined {
  return typesByTypeOffre.get(code);
}

export function typeForCategorie(code: string): OfferTypeDefinition | undefined {
  return typesByCategorie.get(code);
}

export function isPublicSlug(value: string): value is PublicSlug {
  return (PUBLIC_SLUGS as readonly string[]).includes(value);
}
