import { explainAbbreviations } from "@/lib/falc";

import { contentPagePath, externalLink, internalLink } from "../../links";
import type { ContentPage } from "../../types";

export const carteMobiliteInclusion: ContentPage = {
  section: "aides",
  slug: "carte-mobilite-inclusion",
  title: "Carte mobilité inclusion (CMI)",
  falcTitle: "La CMI : une carte pour faciliter la vie",
  summary:
    "La carte mobilité inclusion (CMI) facilite la vie quotidienne des personnes handicapées ou en perte d'autonomie. Elle a trois mentions : invalidité, priorité et stationnement.",
  standard: [
    { kind: "heading", text: "Les trois mentions" },
    {
      kind: "facts",
      items: [
        {
          term: "Mention « invalidité »",
          description:
            "Pour un taux d'incapacité d'au moins 80 %, une pension d'invalidité de 3e catégorie, ou une perte d'autonomie en GIR 1 ou 2. Elle donne une priorité pour les places assises et dans les files d'attente, et des avantages, notamment fiscaux et dans les transports.",
        },
        {
          term: "Mention « priorité »",
          description:
            "Pour un taux d'incapacité de moins de 80 % quand rester debout est pénible. Elle donne une priorité pour les places assises et dans les files d'attente.",
        },
        {
          term: "Mention « stationnement »",
          description:
            "Quand votre handicap réduit fortement et durablement vos déplacements à pied ou vous oblige à être accompagné, ou si vous êtes en GIR 1 ou 2. Elle permet de stationner gratuitement sur toutes les places ouvertes au public, y compris les places réservées ; la commune peut limiter la durée, sans descendre sous 12 heures.",
        },
      ],
    },
    { kind: "heading", text: "Comment faire la demande ?" },
    {
      kind: "list",
      items: [
        "Vous êtes en situation de handicap : faites la demande à la maison départementale des personnes handicapées (MDPH), avec le formulaire de demande et le certificat médical.",
        "Vous demandez ou recevez l'allocation personnalisée d'autonomie (APA) : vous pouvez demander la CMI en même temps, avec le formulaire de demande d'aides à l'autonomie, ou plus tard auprès du conseil départemental. En GIR 1 ou 2, les mentions « invalidité » et « stationnement » vous sont attribuées à titre définitif.",
      ],
    },
    {
      kind: "paragraph",
      text: "La décision est prise par le président du conseil départemental. La carte est ensuite fabriquée par l'Imprimerie nationale : vous recevez un courrier pour transmettre votre photo, en ligne ou par voie postale.",
    },
    {
      kind: "paragraph",
      text: "La carte est gratuite ; un duplicata, en cas de perte ou de vol, est payant. Elle est attribuée pour une durée de 1 à 20 ans, ou à titre définitif si votre handicap ne peut pas s'améliorer.",
    },
  ],
  falc: [
    {
      heading: "C'est quoi ?",
      lines: [
        { text: "La CMI est une carte pour les personnes handicapées ou âgées.", pictogram: "carte" },
        { text: "Il existe 3 cartes différentes." },
        { text: "La carte invalidité donne des avantages, par exemple dans les transports." },
        { text: "La carte priorité vous donne une place assise et évite d'attendre." },
        { text: "La carte stationnement vous permet de vous garer sur les places réservées." },
      ],
    },
    {
      heading: "Qui étudie la demande ?",
      lines: [
        { text: "Pour les personnes handicapées, la MDPH étudie la demande.", pictogram: "fauteuil" },
        { text: "Pour les personnes âgées qui ont l'APA, le département étudie la demande." },
        { text: "Ensuite, le département décide.", pictogram: "decision" },
      ],
    },
    {
      heading: "Comment demander la carte ?",
      lines: [
        { text: "Vous remplissez le formulaire de la MDPH.", pictogram: "document" },
        { text: "Ou vous demandez la carte avec votre demande d'APA." },
        { text: "Vous recevez ensuite un courrier pour envoyer votre photo.", pictogram: "courrier" },
        { text: "La carte est gratuite.", pictogram: "argent" },
      ],
    },
  ],
  explains: explainAbbreviations("CMI", "MDPH", "APA"),
  related: [
    internalLink("Faire une demande à la MDPH", contentPagePath({ section: "demarches", slug: "demande-mdph" })),
    internalLink("APA à domicile", contentPagePath({ section: "aides", slug: "apa-a-domicile" })),
    externalLink(
      "Carte mobilité inclusion (CMI) sur service-public.fr",
      "https://www.service-public.fr/particuliers/vosdroits/F34049",
    ),
  ],
};
