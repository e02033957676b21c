import { explainAbbreviations } from "@/lib/falc";

import { COST_ESTIMATE_PATH, contentPagePath, externalLink, internalLink } from "../../links";
import type { ContentPage } from "../../types";

export const aidesAuLogement: ContentPage = {
  section: "aides",
  slug: "aides-au-logement",
  title: "Aides au logement en établissement (APL, ALS)",
  falcTitle: "Une aide au logement pour payer l'établissement",
  summary:
    "En EHPAD, en résidence autonomie ou en foyer, une aide au logement peut payer une partie des frais d'hébergement : l'aide personnalisée au logement (APL) si l'établissement est conventionné, sinon l'allocation de logement sociale (ALS). La CAF ou la MSA la verse, selon vos ressources.",
  standard: [
    { kind: "heading", text: "Laquelle demander ?" },
    {
      kind: "list",
      items: [
        "L'APL, si l'établissement a signé une convention avec l'État : demandez-le à l'établissement.",
        "L'ALS, dans les autres cas, si la chambre ou le logement répond aux conditions de surface et de confort.",
        "Les deux ne se cumulent pas : vous recevez l'une ou l'autre.",
      ],
    },
    { kind: "heading", text: "Combien ?" },
    {
      kind: "paragraph",
      text: "Le montant dépend de vos ressources, du prix de l'hébergement et de l'établissement. Le simulateur de la CAF donne une estimation ; la CAF ou la MSA fixe le montant.",
    },
    {
      kind: "callout",
      tone: "info",
      title: "Dans l'estimation du reste à payer",
      text: "Sur la fiche d'un EHPAD et dans « Combien cela va-t-il me coûter ? », indiquez le montant de l'aide au logement si vous le connaissez. Sinon, l'estimation compte 0 € et vous le dit.",
    },
    { kind: "heading", text: "Comment faire la demande ?" },
    {
      kind: "steps",
      items: [
        { title: "Faites une simulation", text: "Sur caf.fr ou msa.fr, avec le prix de l'hébergement que l'établissement vous indique." },
        { title: "Faites la demande en ligne", text: "Dès votre entrée dans l'établissement : l'aide n'est pas versée pour les mois passés avant la demande." },
        { title: "Recevez la décision", text: "La CAF ou la MSA vous écrit. L'aide peut être versée directement à l'établissement." },
      ],
    },
  ],
  falc: [
    {
      heading: "C'est quoi ?",
      lines: [
        { text: "Une aide au logement paie une partie de votre chambre.", pictogram: "argent" },
        { text: "Elle existe aussi dans un établissement.", pictogram: "etablissement" },
        { text: "La CAF ou la MSA verse cette aide." },
      ],
    },
    {
      heading: "Combien ?",
      lines: [
        { text: "Le montant dépend de vos revenus." },
        { text: "Le montant dépend aussi du prix de la chambre." },
        { text: "Vous pouvez faire un calcul sur internet.", pictogram: "internet" },
      ],
    },
    {
      heading: "Comment la demander ?",
      lines: [
        { text: "Vous faites la demande sur internet.", pictogram: "internet" },
        { text: "Faites la demande dès votre entrée.", pictogram: "calendrier" },
        { text: "La CAF ou la MSA décide et vous écrit.", pictogram: "courrier" },
      ],
    },
  ],
  explains: explainAbbreviations("CAF", "MSA"),
  related: [
    internalLink("APA en établissement", contentPagePath({ section: "aides", slug: "apa-en-etablissement" })),
    internalLink("Aide sociale à l'hébergement (ASH)", contentPagePath({ section: "aides", slug: "aide-sociale-hebergement" })),
    internalLink("Combien cela va-t-il me coûter ?", COST_ESTIMATE_PATH),
    externalLink("Simulateur des aides au logement (caf.fr)", "https://www.caf.fr/allocataires/mes-services-en-ligne/faire-une-simulation"),
  ],
};
