import { explainAbbreviations } from "@/lib/falc";

import { contentPagePath, internalLink } from "../../links";
import { buildSearchHref } from "../../search-link";
import type { ContentPage } from "../../types";

export const aideSocialeHebergement: ContentPage = {
  section: "aides",
  slug: "aide-sociale-hebergement",
  title: "Aide sociale à l'hébergement (ASH)",
  falcTitle: "L'ASH : une aide pour payer l'établissement",
  summary:
    "L'aide sociale à l'hébergement (ASH) paie tout ou partie des frais d'hébergement en établissement ou en accueil familial quand vos ressources ne suffisent pas. Elle est versée par le conseil départemental.",
  standard: [
    { kind: "heading", text: "Pour les personnes âgées" },
    {
      kind: "list",
      items: [
        "Vous avez 65 ans ou plus, ou 60 ans ou plus si vous êtes reconnu inapte au travail.",
        "Vous résidez en France de façon stable et régulière.",
        "Vos ressources ne permettent pas de payer les frais d'hébergement.",
        "Vous vivez, ou allez vivre, dans un EHPAD, une résidence autonomie ou une unité de soins de longue durée habilités à l'aide sociale, ou chez un accueillant familial agréé.",
      ],
    },
    { kind: "heading", text: "Ce que vous payez" },
    {
      kind: "paragraph",
      text: "Vous reversez la plus grande partie de vos revenus, en principe 90 %, à l'établissement. Vous gardez une somme minimale pour vos dépenses personnelles, fixée par la réglementation.",
    },
    {
      kind: "paragraph",
      text: "Vos enfants et leurs conjoints, appelés « obligés alimentaires », peuvent être sollicités selon leurs moyens. Depuis avril 2024, les petits-enfants ne sont plus sollicités.",
    },
    {
      kind: "paragraph",
      text: "Les sommes versées par le département peuvent être récupérées plus tard : sur la succession, en cas de donation, ou si votre situation financière s'améliore.",
    },
    { kind: "heading", text: "Pour les personnes handicapées" },
    {
      kind: "paragraph",
      text: "Les adultes handicapés accueillis dans un foyer ou un établissement habilité peuvent aussi bénéficier de l'aide sociale à l'hébergement. Les règles sont plus favorables : il n'y a pas d'obligation alimentaire, vous gardez une part plus importante de vos ressources et la récupération sur la succession est limitée.",
    },
    { kind: "heading", text: "Comment faire la demande ?" },
    {
      kind: "steps",
      items: [
        {
          title: "Retirez le dossier",
          text: "Au centre communal d'action sociale (CCAS) ou à la mairie de votre domicile, ou auprès du conseil départemental. Une maison France Services peut vous aider à le remplir.",
        },
        {
          title: "Déposez le dossier",
          text: "À la mairie ou au CCAS, qui le transmet au conseil départemental. Joignez les justificatifs de ressources et les coordonnées de vos obligés alimentaires.",
        },
        {
          title: "Recevez la décision",
          text: "Le président du conseil départemental décide et fixe votre participation. Vous pouvez contester la décision dans les 2 mois qui suivent sa notification.",
        },
      ],
    },
    {
      kind: "callout",
      tone: "warning",
      title: "Faites la demande tôt",
      text: "L'aide peut commencer à la date de votre entrée dans l'établissement si vous la demandez dans les 2 mois qui suivent. Renseignez-vous auprès de l'établissement ou du CCAS dès votre admission.",
    },
  ],
  falc: [
    {
      heading: "C'est quoi ?",
      lines: [
        { text: "L'ASH aide à payer un établissement quand vous n'avez pas assez d'argent.", pictogram: "argent" },
        { text: "Elle paie le logement et les repas.", pictogram: "etablissement" },
        { text: "Le département verse cette aide." },
      ],
    },
    {
      heading: "Pour qui ?",
      lines: [
        { text: "Vous avez 65 ans ou plus." },
        { text: "Ou vous avez 60 ans et vous ne pouvez plus travailler." },
        { text: "Vous vivez dans un établissement qui accepte l'aide sociale." },
        { text: "Les adultes handicapés qui vivent en foyer peuvent aussi avoir l'ASH.", pictogram: "fauteuil" },
      ],
    },
    {
      heading: "Ce que vous payez",
      lines: [
        { text: "Vous donnez une grande partie de vos revenus à l'établissement.", pictogram: "argent" },
        { text: "Vous gardez un peu d'argent pour vous." },
        { text: "Vos enfants peuvent devoir aider à payer.", pictogram: "aidant" },
        { text: "Vos petits-enfants n'ont pas à payer." },
        { text: "Après votre décès, le département peut reprendre une partie de l'argent." },
      ],
    },
    {
      heading: "Comment demander l'ASH ?",
      lines: [
        { text: "Vous demandez le dossier au CCAS ou à la mairie.", pictogram: "mairie" },
        { text: "Vous rendez le dossier rempli à la mairie.", pictogram: "document" },
        { text: "Faites la demande dans les 2 mois après votre entrée.", pictogram: "calendrier" },
        { text: "Le département décide et vous écrit.", pictogram: "courrier" },
      ],
    },
  ],
  explains: explainAbbreviations("ASH", "CCAS"),
  related: [
    internalLink("APA en établissement", contentPagePath({ section: "aides", slug: "apa-en-etablissement" })),
    internalLink(
      "Entrer en EHPAD ou en établissement pour personnes handicapées",
      contentPagePath({ section: "demarches", slug: "entrer-en-etablissement" }),
    ),
    internalLink("Vivre en établissement", contentPagePath({ section: "solutions", slug: "en-etablissement" })),
  ],
  searchLink: internalLink("Trouver un établissement près de chez vous", buildSearchHref({ groupe: "en-etablissement" })),
};
