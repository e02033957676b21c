import { explainAbbreviations } from "@/lib/falc";

import { contentPagePath, externalLink, internalLink } from "../../links";
import { getPortal } from "../../portals";
import { buildSearchHref } from "../../search-link";
import type { ContentPage } from "../../types";

const demandeEnLigne = getPortal("demande-aides-autonomie");

export const apaADomicile: ContentPage = {
  section: "aides",
  slug: "apa-a-domicile",
  title: "Allocation personnalisée d'autonomie (APA) à domicile",
  falcTitle: "L'APA pour rester chez vous",
  summary:
    "L'allocation personnalisée d'autonomie (APA) à domicile aide les personnes de 60 ans ou plus en perte d'autonomie à payer les aides dont elles ont besoin pour rester chez elles.",
  standard: [
    { kind: "heading", text: "Qui peut en bénéficier ?" },
    {
      kind: "list",
      items: [
        "Vous avez 60 ans ou plus.",
        "Vous avez besoin d'aide pour les gestes essentiels de la vie quotidienne (vous lever, vous laver, vous habiller, manger…) ou votre état de santé demande une surveillance régulière.",
        "Votre perte d'autonomie est évaluée en GIR 1, 2, 3 ou 4 avec la grille nationale AGGIR. Le GIR 1 correspond à la perte d'autonomie la plus forte, le GIR 6 à la plus faible.",
        "Vous habitez en France de façon stable et régulière : chez vous, chez un proche, chez un accueillant familial ou dans une résidence autonomie.",
      ],
    },
    {
      kind: "paragraph",
      text: "Il n'y a pas de condition de ressources pour obtenir l'APA, mais une participation financière peut vous être demandée selon vos revenus. L'APA n'est pas récupérée sur votre succession.",
    },
    { kind: "heading", text: "À quoi sert l'APA à domicile ?" },
    {
      kind: "paragraph",
      text: "Une équipe médico-sociale du conseil départemental évalue vos besoins, en général lors d'une visite chez vous. Elle vous propose un plan d'aide, qui peut comprendre :",
    },
    {
      kind: "list",
      items: [
        "des heures d'aide à domicile : toilette, habillage, repas, ménage, courses ;",
        "le portage de repas et la téléassistance ;",
        "des aides techniques et l'adaptation du logement, comme des barres d'appui ou une douche adaptée ;",
        "l'accueil de jour ou l'hébergement temporaire ;",
        "des solutions de répit pour votre proche aidant.",
      ],
    },
    { kind: "heading", text: "Quel montant ?" },
    {
      kind: "paragraph",
      text: "Le montant dépend de votre plan d'aide, de votre GIR et de vos revenus. Le montant maximal du plan d'aide de chaque GIR est revalorisé chaque année : la fiche « Allocation personnalisée d'autonomie (APA) » de service-public.fr donne les montants en vigueur.",
    },
    { kind: "heading", text: "Comment faire la demande ?" },
    {
      kind: "steps",
      items: [
        {
          title: "Procurez-vous le formulaire",
          text: "Depuis octobre 2023, un formulaire national unique permet de demander l'APA à domicile ou une aide de votre caisse de retraite. Vous le trouvez au conseil départemental, à la mairie ou au centre communal d'action sociale (CCAS), dans un point d'information local pour les personnes âgées et en ligne. Certains départements proposent aussi de le remplir en ligne.",
        },
        {
          title: "Envoyez votre dossier complet",
          text: "Joignez les pièces demandées (pièce d'identité, dernier avis d'imposition, relevé d'identité bancaire…) et envoyez le dossier au conseil départemental de votre domicile. Le département vous confirme quand le dossier est complet.",
        },
        {
          title: "Recevez la visite de l'équipe médico-sociale",
          text: "Elle évalue votre autonomie avec la grille AGGIR, vos besoins et ceux de votre proche aidant, puis vous propose un plan d'aide.",
        },
        {
          title: "Recevez la décision",
          text: "Le président du conseil départemental vous notifie sa décision dans les 2 mois qui suivent le dépôt de votre dossier complet. Sans réponse dans ce délai, l'APA est considérée comme accordée, pour un montant forfaitaire fixé par la réglementation.",
        },
      ],
    },
    {
      kind: "callout",
      tone: "info",
      title: "En cas d'urgence",
      text: "Si votre situation l'exige, par exemple à la sortie de l'hôpital, le conseil départemental peut vous verser une APA provisoire, d'un montant forfaitaire, dès le dépôt du dossier.",
    },
    { kind: "heading", text: "Si vous n'êtes pas d'accord" },
    {
      kind: "paragraph",
      text: "Vous pouvez contester la décision dans les 2 mois qui suivent sa notification, d'abord par un recours administratif auprès du président du conseil départemental. Si ce recours n'aboutit pas, vous pouvez saisir le tribunal administratif. La notification de décision indique les délais et les adresses.",
    },
    { kind: "heading", text: "Où vous faire aider ?" },
    {
      kind: "paragraph",
      text: "Le conseil départemental, le CCAS de votre mairie, un point d'information local pour les personnes âgées (CLIC) ou une maison France Services peuvent vous aider à remplir le dossier.",
    },
  ],
  falc: [
    {
      heading: "C'est quoi ?",
      lines: [
        { text: "L'APA est une aide pour les personnes âgées.", pictogram: "argent" },
        { text: "Elle aide à payer ce qu'il faut pour rester chez vous.", pictogram: "maison" },
        { text: "Par exemple, une personne qui vient vous aider à la maison.", pictogram: "personne" },
      ],
    },
    {
      heading: "Pour qui ?",
      lines: [
        { text: "Vous avez 60 ans ou plus." },
        { text: "Vous avez besoin d'aide pour les gestes de tous les jours." },
        { text: "Par exemple, pour vous laver, vous habiller ou manger." },
        { text: "Le département mesure votre perte d'autonomie avec le GIR." },
        { text: "Vous pouvez avoir l'APA si votre GIR est 1, 2, 3 ou 4." },
      ],
    },
    {
      heading: "Combien ?",
      lines: [
        { text: "La somme dépend de vos besoins et de vos revenus.", pictogram: "argent" },
        { text: "Selon vos revenus, vous payez une partie des aides." },
        { text: "Les montants changent chaque année." },
        { text: "Vous trouvez les montants sur le site service-public.fr.", pictogram: "internet" },
      ],
    },
    {
      heading: "Comment demander l'APA ?",
      lines: [
        { text: "Vous remplissez le formulaire de demande d'aides à l'autonomie.", pictogram: "document" },
        { text: "Vous trouvez ce formulaire au département, à la mairie ou sur internet." },
        { text: "Vous envoyez le formulaire au département.", pictogram: "courrier" },
        { text: "Une équipe du département vient chez vous.", pictogram: "equipe" },
        { text: "Elle regarde avec vous de quoi vous avez besoin." },
        { text: "Elle vous propose un plan d'aide." },
      ],
    },
    {
      heading: "La réponse",
      lines: [
        { text: "Le département doit répondre dans les 2 mois.", pictogram: "calendrier" },
        { text: "Sans réponse après 2 mois, l'APA vous est accordée pour une somme fixe." },
        { text: "Si vous n'êtes pas d'accord, vous pouvez écrire au département.", pictogram: "decision" },
        { text: "Vous avez 2 mois pour écrire." },
      ],
    },
    {
      heading: "Qui peut vous aider ?",
      lines: [
        { text: "Le CCAS de votre mairie peut vous aider.", pictogram: "mairie" },
        { text: "Un CLIC peut aussi vous aider.", pictogram: "information" },
        { text: "Une maison France Services peut aussi vous aider." },
      ],
    },
  ],
  explains: explainAbbreviations("APA", "GIR", "CCAS", "CLIC"),
  related: [
    internalLink("APA en établissement", contentPagePath({ section: "aides", slug: "apa-en-etablissement" })),
    internalLink("Les aides pour les aidants et le droit au répit", contentPagePath({ section: "aides", slug: "aides-aidants" })),
    internalLink("Les solutions pour vivre à domicile", contentPagePath({ section: "solutions", slug: "vivre-a-domicile" })),
    externalLink(demandeEnLigne.name, demandeEnLigne.url),
    externalLink(
      "Allocation personnalisée d'autonomie (APA) sur service-public.fr",
      "https://www.service-public.fr/particuliers/vosdroits/F10009",
    ),
  ],
  searchLink: internalLink(
    "Trouver un service d'aide à domicile",
    buildSearchHref({ groupe: "vivre-a-domicile", public: "personnes-agees" }),
  ),
};
