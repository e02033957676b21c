import { explainAbbreviations } from "@/lib/falc";

import { contentPagePath, externalLink, internalLink } from "../../links";
import { getPortal } from "../../portals";
import { buildSearchHref } from "../../search-link";
import type { ContentPage } from "../../types";

const portailPersonnesAgees = getPortal("pour-les-personnes-agees");

export const apaEnEtablissement: ContentPage = {
  section: "aides",
  slug: "apa-en-etablissement",
  title: "Allocation personnalisée d'autonomie (APA) en établissement",
  falcTitle: "L'APA quand vous vivez en EHPAD",
  summary:
    "En EHPAD ou en unité de soins de longue durée, l'APA en établissement aide à payer le tarif « dépendance », c'est-à-dire l'aide apportée aux résidents pour les gestes de la vie quotidienne.",
  standard: [
    { kind: "heading", text: "Comment se compose le prix d'un EHPAD ?" },
    {
      kind: "facts",
      items: [
        {
          term: "L'hébergement",
          description:
            "Le logement, les repas, l'entretien et les animations. Il est à votre charge ; l'aide au logement et l'aide sociale à l'hébergement peuvent vous aider.",
        },
        {
          term: "La dépendance",
          description:
            "L'aide pour les gestes de la vie quotidienne. Son tarif dépend de votre GIR ; l'APA en établissement en paie une partie.",
        },
        {
          term: "Les soins",
          description: "Les soins médicaux et paramédicaux, payés par l'Assurance maladie.",
        },
      ],
    },
    { kind: "heading", text: "Qui peut en bénéficier ?" },
    {
      kind: "list",
      items: [
        "Vous avez 60 ans ou plus.",
        "Vous vivez dans un établissement d'hébergement pour personnes âgées dépendantes (EHPAD) ou dans une unité de soins de longue durée (USLD). En résidence autonomie, c'est l'APA à domicile qui s'applique.",
        "Votre perte d'autonomie est évaluée en GIR 1, 2, 3 ou 4 par l'équipe de l'établissement.",
        "Vous résidez en France de façon stable et régulière.",
      ],
    },
    { kind: "heading", text: "Quel montant ?" },
    {
      kind: "paragraph",
      text: "L'APA en établissement couvre le tarif dépendance de votre GIR, moins une participation. Tous les résidents paient au moins le tarif dépendance des GIR 5 et 6. Si vos revenus dépassent un seuil, votre participation augmente. Les seuils sont revalorisés chaque année : consultez service-public.fr.",
    },
    {
      kind: "paragraph",
      text: "Pour comparer les établissements, l'annuaire du site pour-les-personnes-agees.gouv.fr indique le prix de l'hébergement et le tarif dépendance de chaque EHPAD.",
    },
    { kind: "heading", text: "Comment faire la demande ?" },
    {
      kind: "paragraph",
      text: "Dans beaucoup de départements, l'APA en établissement est versée directement à l'EHPAD, sous forme de dotation globale : vous n'avez alors aucune demande à faire. Sinon, demandez le dossier au conseil départemental ou à l'accueil de l'établissement. Renseignez-vous auprès de l'EHPAD dès votre admission.",
    },
    {
      kind: "paragraph",
      text: "Si vous receviez déjà l'APA à domicile, prévenez le conseil départemental de votre entrée en établissement.",
    },
    {
      kind: "callout",
      tone: "info",
      title: "Si vos revenus ne suffisent pas",
      text: "L'aide sociale à l'hébergement (ASH) peut prendre en charge tout ou partie du tarif hébergement, si l'établissement est habilité à l'aide sociale. Demandez-la dans les 2 mois qui suivent votre entrée.",
    },
  ],
  falc: [
    {
      heading: "C'est quoi ?",
      lines: [
        { text: "Dans un EHPAD, le prix a 3 parties.", pictogram: "etablissement" },
        { text: "La première partie paie le logement et les repas." },
        { text: "La deuxième partie paie l'aide pour les gestes de tous les jours." },
        { text: "La troisième partie paie les soins." },
        { text: "L'Assurance maladie paie les soins.", pictogram: "soins" },
        { text: "L'APA en établissement paie une partie de l'aide pour les gestes de tous les jours." },
      ],
    },
    {
      heading: "Pour qui ?",
      lines: [
        { text: "Vous avez 60 ans ou plus." },
        { text: "Vous vivez dans un EHPAD ou dans une USLD.", pictogram: "etablissement" },
        { text: "Votre GIR est 1, 2, 3 ou 4." },
      ],
    },
    {
      heading: "Combien ?",
      lines: [
        { text: "Vous payez toujours une petite partie.", pictogram: "argent" },
        { text: "Si vos revenus sont plus élevés, vous payez une partie plus grande." },
        { text: "Les montants changent chaque année." },
      ],
    },
    {
      heading: "Comment faire ?",
      lines: [
        { text: "Souvent, le département paie directement l'EHPAD." },
        { text: "Vous n'avez alors rien à demander." },
        { text: "Demandez à l'accueil de l'EHPAD ce que vous devez faire.", pictogram: "question" },
      ],
    },
    {
      heading: "Si vous n'avez pas assez d'argent",
      lines: [
        { text: "L'ASH peut payer une partie du logement et des repas.", pictogram: "argent" },
        { text: "Demandez l'ASH dans les 2 mois après votre entrée.", pictogram: "calendrier" },
      ],
    },
  ],
  explains: explainAbbreviations("EHPAD", "USLD", "APA", "GIR", "ASH"),
  related: [
    internalLink("Aide sociale à l'hébergement (ASH)", contentPagePath({ section: "aides", slug: "aide-sociale-hebergement" })),
    internalLink(
      "Entrer en EHPAD ou en établissement pour personnes handicapées",
      contentPagePath({ section: "demarches", slug: "entrer-en-etablissement" }),
    ),
    internalLink("APA à domicile", contentPagePath({ section: "aides", slug: "apa-a-domicile" })),
    externalLink(portailPersonnesAgees.name, portailPersonnesAgees.url),
  ],
  searchLink: internalLink(
    "Trouver un EHPAD près de chez vous",
    buildSearchHref({ groupe: "en-etablissement", public: "personnes-agees" }),
  ),
};
