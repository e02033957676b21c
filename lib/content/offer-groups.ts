import type { AbbreviationKey } from "@/lib/falc";

import type { OfferGroupSlug } from "./search-link";
import type { FalcLine } from "./types";

/**
 * Offer types grouped the way people think about them ("vivre à domicile",
 * "en établissement"…). Each type says what it is, for whom, how to get in and
 * what it costs, in a standard and a FALC version. `typeOffreCodes` are the ROR
 * codes (JDV_J238-TypeOffre-ROR) the search can use for the group filter; types
 * that the ROR does not list (France Services, MDPH…) have none.
 */
export type OfferTypeInfo = {
  id: string;
  name: string;
  /** Short FALC heading for the type. */
  falcName: string;
  what: string;
  forWhom: string;
  access: string;
  cost: string;
  falc: readonly FalcLine[];
  typeOffreCodes: readonly string[];
};

export type OfferGroup = {
  slug: OfferGroupSlug;
  title: string;
  falcTitle: string;
  summary: string;
  falcIntro: readonly FalcLine[];
  /** Label of the link to the search filtered on this group. */
  searchLabel: string;
  /** Abbreviations used in the FALC texts of the group, explained in its page glossary. */
  explains: readonly AbbreviationKey[];
  types: readonly OfferTypeInfo[];
};

const CDAPH_ORIENTATION = "Il faut une décision d'orientation de la CDAPH : faites la demande à la MDPH de votre département.";
const CDAPH_FIRST: FalcLine = { text: "Il faut d'abord une décision de la CDAPH.", pictogram: "decision" };

export const OFFER_GROUPS: readonly OfferGroup[] = [
  {
    slug: "vivre-a-domicile",
    title: "Vivre à domicile",
    falcTitle: "Vivre chez soi avec de l'aide",
    summary:
      "Des services viennent chez vous pour vous aider au quotidien, vous soigner ou vous accompagner, pour que vous puissiez rester à domicile.",
    falcIntro: [
      { text: "Des services peuvent venir chez vous.", pictogram: "maison" },
      { text: "Ils vous aident à rester chez vous." },
    ],
    searchLabel: "Trouver un service à domicile près de chez vous",
    explains: ["SAD", "SAAD", "SSIAD", "ESA", "SAVS", "SAMSAH", "CDAPH", "APA", "PCH", "CCAS"],
    types: [
      {
        id: "service-autonomie-a-domicile",
        name: "Service autonomie à domicile (SAD, anciennement SAAD)",
        falcName: "L'aide à domicile",
        what:
          "Des professionnels vous aident chez vous pour les gestes de la vie quotidienne : toilette, habillage, repas, ménage, courses, sorties. Les services autonomie à domicile (SAD) remplacent progressivement les services d'aide et d'accompagnement à domicile (SAAD) ; certains proposent aussi des soins.",
        forWhom: "Les personnes âgées, les personnes handicapées et toute personne qui a besoin d'aide chez elle.",
        access:
          "Contactez directement le service. Si vous bénéficiez de l'APA ou de la PCH, votre plan d'aide indique le nombre d'heures prises en charge.",
        cost:
          "Le service applique un tarif horaire ; pour les services habilités à l'aide sociale, il est fixé par le conseil départemental. L'APA, la PCH ou votre caisse de retraite peuvent en payer une partie, et les sommes restant à votre charge ouvrent en général droit à un crédit d'impôt.",
        falc: [
          { text: "Un SAD envoie une personne chez vous pour vous aider.", pictogram: "personne" },
          { text: "Par exemple, pour la toilette, les repas ou le ménage." },
          { text: "Avant, ces services s'appelaient souvent SAAD." },
          { text: "Vous appelez directement le service.", pictogram: "telephone" },
          { text: "L'APA ou la PCH peuvent payer une partie des heures.", pictogram: "argent" },
        ],
        typeOffreCodes: ["30", "132"],
      },
      {
        id: "ssiad",
        name: "Service de soins infirmiers à domicile (SSIAD)",
        falcName: "Les soins infirmiers à domicile",
        what:
          "Des aides-soignants et des infirmiers viennent chez vous pour des soins d'hygiène et des soins infirmiers, sur prescription médicale.",
        forWhom:
          "Les personnes de 60 ans ou plus malades ou en perte d'autonomie, et les adultes de moins de 60 ans handicapés ou atteints d'une maladie chronique.",
        access:
          "Votre médecin prescrit les soins. Contactez ensuite le service qui intervient dans votre commune ; il peut y avoir une liste d'attente.",
        cost: "Les soins sont pris en charge par l'Assurance maladie : vous n'avez rien à payer.",
        falc: [
          { text: "Un SSIAD envoie des soignants chez vous.", pictogram: "soins" },
          { text: "Votre médecin doit d'abord faire une ordonnance." },
          { text: "L'Assurance maladie paie les soins." },
          { text: "Vous n'avez rien à payer.", pictogram: "argent" },
        ],
        typeOffreCodes: ["28", "75"],
      },
      {
        id: "equipe-specialisee-alzheimer",
        name: "Équipe spécialisée Alzheimer (ESA)",
        falcName: "L'équipe spécialisée Alzheimer",
        what:
          "Une équipe (ergothérapeute, psychomotricien, assistant de soins en gérontologie) vient chez vous pour des séances de réhabilitation : garder votre autonomie, adapter le quotidien, conseiller votre proche aidant.",
        forWhom:
          "Les personnes atteintes de la maladie d'Alzheimer ou d'une maladie apparentée, à un stade léger ou modéré, qui vivent chez elles.",
        access: "Sur prescription de votre médecin. L'équipe est souvent rattachée à un service de soins à domicile.",
        cost: "Les séances sont prises en charge par l'Assurance maladie.",
        falc: [
          { text: "Une ESA vient chez vous pour des séances.", pictogram: "equipe" },
          { text: "Elle vous aide à garder vos habitudes." },
          { text: "Elle conseille aussi votre proche aidant." },
          { text: "Il faut une ordonnance de votre médecin." },
          { text: "L'Assurance maladie paie les séances.", pictogram: "argent" },
        ],
        typeOffreCodes: ["29"],
      },
      {
        id: "savs",
        name: "Service d'accompagnement à la vie sociale (SAVS)",
        falcName: "L'accompagnement à la vie sociale",
        what:
          "Des professionnels vous accompagnent dans votre vie quotidienne et sociale : logement, budget, démarches, loisirs, relations avec les autres.",
        forWhom: "Les adultes handicapés qui vivent chez eux ou veulent vivre de façon autonome.",
        access: CDAPH_ORIENTATION,
        cost: "Le service est financé par le conseil départemental ; en général, l'accompagnement ne vous coûte rien.",
        falc: [
          { text: "Un SAVS vous accompagne dans votre vie de tous les jours.", pictogram: "personne" },
          { text: "Par exemple, pour votre logement, votre budget ou vos loisirs." },
          CDAPH_FIRST,
          { text: "En général, c'est gratuit.", pictogram: "argent" },
        ],
        typeOffreCodes: ["31"],
      },
      {
        id: "samsah",
        name: "Service d'accompagnement médico-social pour adultes handicapés (SAMSAH)",
        falcName: "L'accompagnement avec des soins",
        what:
          "Le même accompagnement qu'un SAVS, avec en plus une coordination des soins : suivi médical, soins, lien avec les professionnels de santé.",
        forWhom: "Les adultes handicapés qui ont besoin d'un accompagnement et de soins réguliers pour vivre chez eux.",
        access: CDAPH_ORIENTATION,
        cost:
          "Le service est financé par le conseil départemental et l'Assurance maladie ; en général, l'accompagnement ne vous coûte rien.",
        falc: [
          { text: "Un SAMSAH vous accompagne et organise vos soins.", pictogram: "soins" },
          { text: "Il aide les adultes handicapés qui vivent chez eux." },
          CDAPH_FIRST,
          { text: "En général, c'est gratuit.", pictogram: "argent" },
        ],
        typeOffreCodes: ["32"],
      },
      {
        id: "portage-de-repas",
        name: "Portage de repas",
        falcName: "Les repas livrés",
        what: "Des repas sont livrés chez vous, souvent adaptés à votre régime.",
        forWhom: "Les personnes qui ne peuvent plus faire leurs courses ou préparer leurs repas.",
        access: "Contactez le centre communal d'action sociale (CCAS) de votre mairie ou un prestataire.",
        cost: "Un prix par repas. L'APA, le CCAS ou votre caisse de retraite peuvent en payer une partie.",
        falc: [
          { text: "Des repas sont livrés chez vous.", pictogram: "maison" },
          { text: "Demandez au CCAS de votre mairie.", pictogram: "mairie" },
          { text: "Vous payez chaque repas.", pictogram: "argent" },
          { text: "L'APA peut payer une partie." },
        ],
        typeOffreCodes: ["33"],
      },
      {
        id: "teleassistance",
        name: "Téléassistance",
        falcName: "La téléassistance",
        what:
          "Un bouton d'alerte, en bracelet ou en pendentif, vous relie jour et nuit à une plateforme d'écoute qui prévient vos proches ou les secours.",
        forWhom: "Les personnes qui vivent seules ou qui risquent de tomber.",
        access: "Contactez votre mairie, le conseil départemental ou un prestataire.",
        cost:
          "Un abonnement mensuel. L'APA, le conseil départemental, la commune ou votre caisse de retraite peuvent en payer une partie.",
        falc: [
          { text: "Vous portez un bouton pour appeler à l'aide.", pictogram: "alerte" },
          { text: "Une personne vous répond jour et nuit.", pictogram: "telephone" },
          { text: "Elle prévient vos proches ou les secours." },
          { text: "Vous payez un abonnement chaque mois.", pictogram: "argent" },
        ],
        typeOffreCodes: ["34"],
      },
    ],
  },
  {
    slug: "habiter-autrement",
    title: "Habiter autrement",
    falcTitle: "Vivre dans un autre logement adapté",
    summary:
      "Entre le domicile et l'établissement, d'autres façons d'habiter existent : résidences, logements partagés, accueil chez un particulier, cohabitation avec un jeune.",
    falcIntro: [
      { text: "Vous ne voulez plus vivre seul chez vous ?", pictogram: "question" },
      { text: "D'autres logements existent pour vous." },
    ],
    searchLabel: "Trouver une résidence ou un habitat partagé près de chez vous",
    explains: ["MARPA", "APA", "PCH"],
    types: [
      {
        id: "residence-autonomie",
        name: "Résidence autonomie",
        falcName: "La résidence autonomie",
        what:
          "Des logements privatifs dans une résidence, avec des espaces communs et des services : restauration, blanchisserie, animations, actions de prévention. Ce n'est pas un établissement médicalisé.",
        forWhom: "Les personnes de 60 ans ou plus, autonomes ou peu dépendantes.",
        access: "Contactez directement la résidence pour déposer une demande ; certaines utilisent ViaTrajectoire.",
        cost:
          "Un loyer et le prix des services, en général moins élevés qu'en EHPAD. L'aide personnalisée au logement (APL) est possible, ainsi que l'aide sociale à l'hébergement si la résidence est habilitée.",
        falc: [
          { text: "Vous avez votre logement dans une résidence.", pictogram: "maison" },
          { text: "Vous pouvez prendre vos repas avec d'autres personnes." },
          { text: "Des activités sont proposées." },
          { text: "C'est pour les personnes de 60 ans ou plus qui sont autonomes." },
          { text: "Vous payez un loyer et les services.", pictogram: "argent" },
        ],
        typeOffreCodes: ["22"],
      },
      {
        id: "marpa",
        name: "Maison d'accueil et de résidence pour l'autonomie (MARPA)",
        falcName: "La MARPA",
        what:
          "Une petite résidence autonomie en milieu rural, en général de moins de 25 logements, ouverte sur la vie du village.",
        forWhom: "Les personnes âgées autonomes qui veulent continuer à vivre à la campagne, près de chez elles.",
        access: "Contactez directement la MARPA.",
        cost: "Un loyer et des services ; l'aide au logement est possible.",
        falc: [
          { text: "Une MARPA est une petite résidence à la campagne.", pictogram: "maison" },
          { text: "Elle accueille des personnes âgées autonomes." },
          { text: "Vous payez un loyer et les services.", pictogram: "argent" },
        ],
        typeOffreCodes: ["27"],
      },
      {
        id: "habitat-inclusif",
        name: "Habitat inclusif",
        falcName: "L'habitat inclusif",
        what:
          "Un petit ensemble de logements ordinaires, choisis librement, avec un projet de vie sociale partagé : activités, entraide, présence d'une personne qui anime le projet.",
        forWhom: "Les personnes handicapées et les personnes âgées qui choisissent de vivre avec d'autres, chez elles.",
        access:
          "Renseignez-vous auprès du conseil départemental, de la mairie ou des associations qui portent ces projets.",
        cost:
          "Un loyer et des charges. Dans les départements qui l'ont mise en place, l'aide à la vie partagée finance l'animation du projet ; l'APA ou la PCH peuvent être mises en commun entre habitants.",
        falc: [
          { text: "Vous vivez chez vous, près d'autres personnes.", pictogram: "maison" },
          { text: "Vous partagez des activités et de l'entraide." },
          { text: "Vous payez un loyer.", pictogram: "argent" },
        ],
        typeOffreCodes: ["74"],
      },
      {
        id: "accueil-familial",
        name: "Accueil familial",
        falcName: "L'accueil familial",
        what:
          "Un accueillant familial, agréé par le conseil départemental, vous accueille chez lui : en permanence, à temps partiel ou pour un séjour temporaire.",
        forWhom: "Les personnes âgées et les adultes handicapés qui ne veulent pas ou ne peuvent plus vivre seuls.",
        access:
          "Le conseil départemental tient la liste des accueillants agréés. Un contrat d'accueil est signé entre vous et l'accueillant.",
        cost:
          "Vous payez la rémunération de l'accueillant, des indemnités et un loyer. L'APA ou la PCH, l'aide au logement et l'aide sociale peuvent vous aider.",
        falc: [
          { text: "Une famille agréée vous accueille chez elle.", pictogram: "maison" },
          { text: "Le département donne la liste des familles." },
          { text: "Vous signez un contrat avec la famille.", pictogram: "document" },
          { text: "L'APA ou la PCH peuvent vous aider à payer.", pictogram: "argent" },
        ],
        typeOffreCodes: ["36"],
      },
      {
        id: "residence-services-seniors",
        name: "Résidence services seniors",
        falcName: "La résidence services seniors",
        what:
          "Une résidence privée avec des appartements et des services à la carte : restauration, animations, accueil, gardiennage.",
        forWhom: "Les personnes âgées autonomes.",
        access: "Contactez directement la résidence : vous y êtes locataire ou propriétaire.",
        cost:
          "Un loyer et des frais de services, fixés par le gestionnaire et souvent élevés. Une aide au logement est possible selon le logement.",
        falc: [
          { text: "Une résidence privée propose des appartements et des services.", pictogram: "etablissement" },
          { text: "Vous payez un loyer et les services.", pictogram: "argent" },
          { text: "Les prix sont souvent élevés." },
        ],
        typeOffreCodes: [],
      },
      {
        id: "cohabitation-intergenerationnelle",
        name: "Cohabitation intergénérationnelle solidaire",
        falcName: "Vivre avec un jeune",
        what:
          "Une personne de 60 ans ou plus loue ou sous-loue une partie de son logement à un jeune de moins de 30 ans, pour une somme modeste et une présence ou de petits services, prévus dans un contrat.",
        forWhom: "Les personnes âgées qui ont une chambre libre et souhaitent de la compagnie.",
        access: "Des associations mettent en relation personnes âgées et jeunes, et accompagnent la cohabitation.",
        cost:
          "Le jeune vous verse une contrepartie financière modeste, fixée dans le contrat. Les associations demandent parfois des frais d'adhésion.",
        falc: [
          { text: "Vous accueillez un jeune chez vous.", pictogram: "personne" },
          { text: "Il vous paie un petit loyer.", pictogram: "argent" },
          { text: "Il vous rend aussi des services." },
          { text: "Une association vous aide à trouver un jeune." },
        ],
        typeOffreCodes: [],
      },
    ],
  },
  {
    slug: "en-etablissement",
    title: "En établissement",
    falcTitle: "Vivre dans un établissement",
    summary:
      "Quand vivre chez soi devient trop difficile, des établissements accueillent les personnes âgées ou handicapées, avec de l'aide et des soins.",
    falcIntro: [
      { text: "Parfois, vivre chez soi devient trop difficile.", pictogram: "alerte" },
      { text: "Des établissements vous accueillent avec de l'aide et des soins.", pictogram: "etablissement" },
    ],
    searchLabel: "Trouver un établissement près de chez vous",
    explains: ["EHPAD", "USLD", "MAS", "FAM", "EAM", "IME", "ESAT", "CDAPH"],
    types: [
      {
        id: "ehpad",
        name: "Établissement d'hébergement pour personnes âgées dépendantes (EHPAD)",
        falcName: "L'EHPAD",
        what:
          "Une maison de retraite médicalisée : chambre, repas, aide pour les gestes du quotidien, soins et animations, jour et nuit. Certains ont des unités pour les personnes atteintes de la maladie d'Alzheimer.",
        forWhom: "Les personnes de 60 ans ou plus qui ont besoin d'aide et de soins au quotidien.",
        access:
          "Remplissez le dossier unique d'admission, en ligne sur ViaTrajectoire ou sur papier, et envoyez-le aux établissements choisis.",
        cost:
          "Trois tarifs : l'hébergement, que vous payez ; la dépendance, dont l'APA en établissement prend une partie ; les soins, payés par l'Assurance maladie. L'aide au logement et l'aide sociale à l'hébergement peuvent réduire le reste à payer. L'annuaire du site pour-les-personnes-agees.gouv.fr indique les prix de chaque EHPAD.",
        falc: [
          { text: "Un EHPAD est une maison de retraite avec des soins.", pictogram: "etablissement" },
          { text: "Vous y vivez avec de l'aide jour et nuit." },
          { text: "Vous remplissez un dossier pour demander une place.", pictogram: "document" },
          { text: "Vous payez le logement et les repas.", pictogram: "argent" },
          { text: "Des aides existent pour payer." },
        ],
        typeOffreCodes: ["21", "23", "24"],
      },
      {
        id: "usld",
        name: "Unité de soins de longue durée (USLD)",
        falcName: "L'USLD",
        what:
          "Un lieu de vie rattaché à un hôpital, pour des personnes qui ont besoin d'une surveillance médicale constante et de soins importants.",
        forWhom:
          "Les personnes, le plus souvent âgées, très dépendantes et dont l'état de santé demande des soins médicaux constants.",
        access:
          "L'admission se décide avec l'équipe médicale, souvent à la fin d'un séjour à l'hôpital. La demande peut passer par ViaTrajectoire.",
        cost:
          "Comme en EHPAD : l'hébergement est à votre charge, la dépendance est en partie couverte par l'APA, les soins sont payés par l'Assurance maladie.",
        falc: [
          { text: "Une USLD est un lieu de vie dans un hôpital.", pictogram: "hopital" },
          { text: "Elle accueille des personnes qui ont besoin de soins tout le temps." },
          { text: "Les médecins décident de l'entrée." },
          { text: "Vous payez le logement et les repas.", pictogram: "argent" },
        ],
        typeOffreCodes: ["249"],
      },
      {
        id: "mas",
        name: "Maison d'accueil spécialisée (MAS)",
        falcName: "La MAS",
        what:
          "Un établissement qui accueille des adultes très lourdement handicapés, avec une aide pour tous les gestes de la vie et des soins constants.",
        forWhom:
          "Les adultes handicapés qui ne peuvent pas faire seuls les gestes essentiels de la vie et ont besoin d'une surveillance médicale.",
        access: `${CDAPH_ORIENTATION} Contactez ensuite les établissements.`,
        cost:
          "Les frais sont pris en charge par l'Assurance maladie. Vous payez le forfait journalier hospitalier, dont le montant est fixé chaque année, et vous gardez une partie minimale de vos ressources.",
        falc: [
          { text: "Une MAS accueille des adultes très handicapés.", pictogram: "fauteuil" },
          { text: "Ils ont besoin d'aide et de soins tout le temps." },
          CDAPH_FIRST,
          { text: "L'Assurance maladie paie une grande partie des frais.", pictogram: "argent" },
        ],
        typeOffreCodes: ["40"],
      },
      {
        id: "fam-eam",
        name: "Foyer d'accueil médicalisé (FAM) ou établissement d'accueil médicalisé (EAM)",
        falcName: "Le FAM ou l'EAM",
        what:
          "Un lieu de vie pour adultes handicapés qui ont besoin d'aide pour les gestes de la vie quotidienne et d'un suivi médical régulier. Le nom « établissement d'accueil médicalisé » remplace peu à peu « foyer d'accueil médicalisé ».",
        forWhom: "Les adultes lourdement handicapés qui ont besoin d'aide et de soins.",
        access: CDAPH_ORIENTATION,
        cost:
          "Les soins sont payés par l'Assurance maladie. L'hébergement est payé par l'aide sociale du département, avec une participation calculée sur vos ressources : vous gardez un minimum pour vivre.",
        falc: [
          { text: "Un FAM ou un EAM accueille des adultes handicapés.", pictogram: "fauteuil" },
          { text: "Ils reçoivent de l'aide et des soins." },
          CDAPH_FIRST,
          { text: "Vous payez une partie selon vos revenus.", pictogram: "argent" },
        ],
        typeOffreCodes: ["39"],
      },
      {
        id: "foyer-de-vie",
        name: "Foyer de vie (établissement d'accueil non médicalisé)",
        falcName: "Le foyer de vie",
        what:
          "Un lieu de vie avec des activités et un accompagnement, pour des adultes handicapés qui ont une certaine autonomie mais ne peuvent pas travailler, même en milieu protégé.",
        forWhom: "Les adultes handicapés qui ne travaillent pas.",
        access: CDAPH_ORIENTATION,
        cost: "L'aide sociale du département finance l'hébergement, avec une participation calculée sur vos ressources.",
        falc: [
          { text: "Un foyer de vie accueille des adultes handicapés qui ne travaillent pas.", pictogram: "etablissement" },
          { text: "Ils y vivent et font des activités." },
          CDAPH_FIRST,
          { text: "Vous payez une partie selon vos revenus.", pictogram: "argent" },
        ],
        typeOffreCodes: ["97", "41"],
      },
      {
        id: "foyer-d-hebergement",
        name: "Foyer d'hébergement",
        falcName: "Le foyer d'hébergement",
        what:
          "Un logement accompagné, le soir et le week-end, pour des adultes handicapés qui travaillent, le plus souvent en établissement et service d'accompagnement par le travail (ESAT).",
        forWhom: "Les adultes handicapés qui travaillent.",
        access: CDAPH_ORIENTATION,
        cost: "L'aide sociale du département finance l'hébergement, avec une participation calculée sur vos ressources.",
        falc: [
          { text: "Un foyer d'hébergement accueille des adultes handicapés qui travaillent.", pictogram: "travail" },
          { text: "Souvent, ils travaillent dans un ESAT." },
          CDAPH_FIRST,
          { text: "Vous payez une partie selon vos revenus.", pictogram: "argent" },
        ],
        typeOffreCodes: ["96"],
      },
      {
        id: "ime",
        name: "Institut médico-éducatif (IME)",
        falcName: "L'IME",
        what:
          "Un établissement qui accueille des enfants et des jeunes avec une déficience intellectuelle : éducation, soins, scolarité adaptée, en journée ou en internat.",
        forWhom: "Les enfants et les jeunes handicapés, en général jusqu'à 20 ans.",
        access: CDAPH_ORIENTATION,
        cost: "L'accueil est pris en charge par l'Assurance maladie : il ne coûte rien aux familles.",
        falc: [
          { text: "Un IME accueille des enfants et des jeunes handicapés.", pictogram: "etablissement" },
          { text: "Ils y apprennent et reçoivent des soins." },
          CDAPH_FIRST,
          { text: "L'Assurance maladie paie les frais.", pictogram: "argent" },
        ],
        typeOffreCodes: ["48"],
      },
    ],
  },
  {
    slug: "soutenir-les-aidants",
    title: "Soutenir les aidants",
    falcTitle: "Aider les aidants",
    summary: "Vous aidez un proche ? Des solutions existent pour vous informer, vous soutenir et vous permettre de souffler.",
    falcIntro: [
      { text: "Vous aidez un proche tous les jours ?", pictogram: "aidant" },
      { text: "Vous avez aussi besoin d'aide et de repos." },
    ],
    searchLabel: "Trouver une solution de répit près de chez vous",
    explains: ["PFR", "APA", "PCH"],
    types: [
      {
        id: "plateforme-de-repit",
        name: "Plateforme d'accompagnement et de répit",
        falcName: "La plateforme de répit",
        what:
          "Un lieu ressource pour les aidants : écoute, information, conseils, formations, groupes de parole, sorties et solutions de répit.",
        forWhom:
          "Les proches aidants de personnes âgées en perte d'autonomie ou atteintes d'une maladie neuro-évolutive, et de plus en plus de personnes handicapées.",
        access: "Contactez directement la plateforme de votre secteur.",
        cost: "La plupart des services sont gratuits ; certaines activités demandent une petite participation.",
        falc: [
          { text: "Une PFR écoute et conseille les aidants.", pictogram: "equipe" },
          { text: "Elle propose des moments de repos." },
          { text: "Vous la contactez directement.", pictogram: "telephone" },
          { text: "C'est souvent gratuit.", pictogram: "argent" },
        ],
        typeOffreCodes: ["38"],
      },
      {
        id: "accueil-de-jour",
        name: "Accueil de jour",
        falcName: "L'accueil de jour",
        what:
          "Votre proche est accueilli une ou plusieurs journées par semaine dans un lieu adapté, pour des activités et des soins ; il rentre chez lui le soir.",
        forWhom:
          "Les personnes âgées qui vivent chez elles, notamment celles atteintes de la maladie d'Alzheimer ou d'une maladie apparentée, et les personnes handicapées. Pour un accueil de jour pour personnes handicapées, une orientation de la CDAPH est en général demandée.",
        access: "Contactez directement l'accueil de jour ; le dossier peut passer par ViaTrajectoire.",
        cost:
          "Un tarif à la journée. L'APA ou la PCH peuvent en payer une partie ; le transport est parfois pris en charge.",
        falc: [
          { text: "Votre proche passe la journée dans un lieu adapté.", pictogram: "etablissement" },
          { text: "Il rentre chez lui le soir." },
          { text: "Pendant ce temps, vous pouvez vous reposer." },
          { text: "L'APA ou la PCH peuvent payer une partie.", pictogram: "argent" },
        ],
        typeOffreCodes: [],
      },
      {
        id: "hebergement-temporaire",
        name: "Hébergement temporaire",
        falcName: "L'hébergement temporaire",
        what:
          "Votre proche séjourne quelques jours ou quelques semaines dans un établissement : pendant vos vacances, pendant une hospitalisation, ou pour préparer une future entrée.",
        forWhom:
          "Les personnes âgées ou handicapées qui vivent habituellement chez elles. Pour un établissement pour personnes handicapées, une orientation de la CDAPH est nécessaire.",
        access: "Contactez les établissements qui proposent des places temporaires.",
        cost:
          "Un tarif à la journée. Le droit au répit de l'APA, la PCH ou l'aide sociale peuvent en payer une partie.",
        falc: [
          { text: "Votre proche dort quelques jours dans un établissement.", pictogram: "etablissement" },
          { text: "Par exemple, pendant vos vacances." },
          { text: "Vous payez chaque jour passé dans l'établissement.", pictogram: "argent" },
          { text: "Des aides peuvent payer une partie." },
        ],
        typeOffreCodes: ["256", "258"],
      },
      {
        id: "relais-a-domicile",
        name: "Relais à domicile",
        falcName: "Le relais à domicile",
        what:
          "Un professionnel vient chez votre proche et vous remplace pendant quelques heures ou plusieurs jours d'affilée.",
        forWhom: "Les aidants qui ont besoin de s'absenter, quand leur proche préfère rester chez lui.",
        access: "Contactez une plateforme de répit ou un service d'aide à domicile.",
        cost: "Le prix dépend du service. Le droit au répit de l'APA peut en payer une partie.",
        falc: [
          { text: "Un professionnel vous remplace auprès de votre proche.", pictogram: "personne" },
          { text: "Il reste quelques heures ou quelques jours." },
          { text: "Vous pouvez partir l'esprit tranquille." },
          { text: "L'APA peut payer une partie.", pictogram: "argent" },
        ],
        typeOffreCodes: ["320"],
      },
      {
        id: "groupes-d-aidants",
        name: "Groupes de parole et formations des aidants",
        falcName: "Les groupes d'aidants",
        what:
          "Des rencontres entre aidants, animées par des professionnels, et des formations pour mieux comprendre la maladie ou le handicap de votre proche.",
        forWhom: "Tous les proches aidants.",
        access: "Renseignez-vous auprès d'une plateforme de répit, de votre mairie ou des associations.",
        cost: "Souvent gratuit.",
        falc: [
          { text: "Vous rencontrez d'autres aidants.", pictogram: "equipe" },
          { text: "Vous parlez de ce que vous vivez." },
          { text: "Des formations vous aident à mieux comprendre votre proche." },
          { text: "C'est souvent gratuit.", pictogram: "argent" },
        ],
        typeOffreCodes: [],
      },
    ],
  },
  {
    slug: "s-informer-et-etre-accompagne",
    title: "S'informer et être accompagné",
    falcTitle: "Trouver de l'information et de l'aide",
    summary: "Des lieux d'accueil vous informent, vous aident dans vos démarches et vous orientent vers les bons services.",
    falcIntro: [
      { text: "Vous avez des questions ?", pictogram: "question" },
      { text: "Des lieux près de chez vous vous aident.", pictogram: "lieu" },
    ],
    searchLabel: "Trouver un lieu d'information près de chez vous",
    explains: ["CLIC", "MDPH", "CCAS", "CRT", "DAC"],
    types: [
      {
        id: "france-services",
        name: "France Services",
        falcName: "France Services",
        what:
          "Un guichet près de chez vous où des agents vous aident dans vos démarches administratives : aides sociales, retraite, santé, impôts, papiers, sur internet ou sur papier.",
        forWhom: "Tout le monde.",
        access: "Rendez-vous dans la maison France Services la plus proche, avec ou sans rendez-vous selon les lieux.",
        cost: "Gratuit.",
        falc: [
          { text: "Des agents vous aident à faire vos démarches.", pictogram: "mairie" },
          { text: "Ils vous aident aussi sur internet.", pictogram: "internet" },
          { text: "C'est gratuit.", pictogram: "argent" },
        ],
        typeOffreCodes: [],
      },
      {
        id: "point-d-information-local",
        name: "Point d'information local pour les personnes âgées (CLIC)",
        falcName: "Le point d'information pour les personnes âgées",
        what:
          "Un lieu d'accueil, d'information et de conseil : aides, services à domicile, établissements, démarches. Selon les départements, il s'appelle centre local d'information et de coordination (CLIC), maison de l'autonomie ou point d'information local.",
        forWhom: "Les personnes âgées et leurs proches.",
        access:
          "Contactez le point d'information de votre secteur ; le conseil départemental ou la mairie vous indique lequel.",
        cost: "Gratuit.",
        falc: [
          { text: "Un CLIC informe les personnes âgées et leurs proches.", pictogram: "information" },
          { text: "Il vous aide à trouver des services." },
          { text: "C'est gratuit.", pictogram: "argent" },
        ],
        typeOffreCodes: ["72", "259"],
      },
      {
        id: "mdph",
        name: "Maison départementale des personnes handicapées (MDPH)",
        falcName: "La MDPH",
        what:
          "Le lieu unique, dans chaque département, pour s'informer sur les droits liés au handicap, déposer une demande et être accompagné. Dans certains départements, elle fait partie d'une maison départementale de l'autonomie.",
        forWhom: "Les personnes handicapées de tout âge et leurs proches.",
        access: "Accueil sur place, par téléphone ou en ligne ; les demandes se font avec le formulaire de la MDPH.",
        cost: "Gratuit.",
        falc: [
          { text: "La MDPH informe les personnes handicapées et leurs proches.", pictogram: "information" },
          { text: "Elle étudie vos demandes d'aide.", pictogram: "document" },
          { text: "C'est gratuit.", pictogram: "argent" },
        ],
        typeOffreCodes: [],
      },
      {
        id: "ccas",
        name: "Centre communal d'action sociale (CCAS)",
        falcName: "Le CCAS",
        what:
          "Le service social de votre mairie : aides d'urgence, dossiers d'aide sociale comme l'aide sociale à l'hébergement, et dans certaines communes portage de repas ou téléassistance.",
        forWhom: "Les habitants de la commune.",
        access: "Adressez-vous à votre mairie.",
        cost: "Gratuit.",
        falc: [
          { text: "Le CCAS est le service d'aide sociale de votre mairie.", pictogram: "mairie" },
          { text: "Il vous aide à faire certaines demandes d'aide." },
          { text: "C'est gratuit.", pictogram: "argent" },
        ],
        typeOffreCodes: [],
      },
      {
        id: "centre-de-ressources-territorial",
        name: "Centre de ressources territorial (CRT)",
        falcName: "Le centre de ressources territorial",
        what:
          "Un EHPAD ou un service à domicile qui a une mission de centre de ressources : il propose un accompagnement renforcé aux personnes âgées qui veulent rester chez elles malgré une forte perte d'autonomie, et soutient les professionnels du territoire.",
        forWhom: "Les personnes âgées en forte perte d'autonomie qui vivent chez elles, et leurs aidants.",
        access: "Renseignez-vous auprès du centre, de votre médecin ou d'un point d'information local.",
        cost:
          "Le coût dépend des services mis en place : renseignez-vous auprès du centre. Les aides habituelles, comme l'APA, restent possibles.",
        falc: [
          { text: "Un CRT aide les personnes âgées à rester chez elles.", pictogram: "maison" },
          { text: "Il organise plus d'aide et de soins à la maison." },
          { text: "Demandez à votre médecin ou à un CLIC.", pictogram: "question" },
        ],
        typeOffreCodes: ["136"],
      },
      {
        id: "dispositif-d-appui-a-la-coordination",
        name: "Dispositif d'appui à la coordination (DAC)",
        falcName: "Le DAC",
        what:
          "Une équipe qui aide à organiser le parcours quand la situation est complexe : plusieurs problèmes de santé, isolement, difficultés à domicile.",
        forWhom:
          "Les personnes de tout âge en situation complexe, leurs aidants et les professionnels qui les accompagnent.",
        access: "Vous pouvez le contacter vous-même ; souvent, c'est votre médecin ou un professionnel qui le fait.",
        cost: "Gratuit.",
        falc: [
          { text: "Un DAC aide quand la situation est très compliquée.", pictogram: "equipe" },
          { text: "Il organise l'aide entre les professionnels." },
          { text: "C'est gratuit.", pictogram: "argent" },
        ],
        typeOffreCodes: ["178"],
      },
    ],
  },
];

export function getOfferGroup(slug: OfferGroupSlug): OfferGroup {
  const group = OFFER_GROUPS.find((candidate) => candidate.slug === slug);
  if (!group) throw new Error(`Unknown offer group: ${slug}`);
  return group;
}
