import { explainAbbreviations } from "@/lib/falc";

import { contentPagePath, externalLink, internalLink } from "../../links";
import { getPortal } from "../../portals";
import type { ContentPage } from "../../types";

const monParcoursHandicap = getPortal("mon-parcours-handicap");
const mdphEnLigne = getPortal("mdph-en-ligne");

export const pch: ContentPage = {
  section: "aides",
  slug: "pch",
  title: "Prestation de compensation du handicap (PCH)",
  falcTitle: "La PCH : une aide pour les besoins liés au handicap",
  summary:
    "La prestation de compensation du handicap (PCH) finance des dépenses liées à votre handicap : aide humaine, aides techniques, aménagement du logement ou du véhicule… Elle se demande à la MDPH.",
  standard: [
    { kind: "heading", text: "Qui peut en bénéficier ?" },
    {
      kind: "list",
      items: [
        "Vous avez une difficulté absolue pour réaliser au moins une activité essentielle, ou une difficulté grave pour au moins deux : vous déplacer, vous laver, vous habiller, communiquer, vous orienter, gérer votre sécurité… Ces difficultés durent, ou dureront, au moins un an.",
        "Vous résidez en France de façon stable et régulière.",
        "Vous faites la demande avant 60 ans. Après 60 ans, vous pouvez encore la demander si vous remplissiez les conditions avant 60 ans, ou si vous travaillez encore.",
        "Les enfants peuvent aussi en bénéficier, en lien avec l'allocation d'éducation de l'enfant handicapé (AEEH).",
      ],
    },
    {
      kind: "paragraph",
      text: "Il n'y a pas de condition de ressources. Selon vos ressources, la PCH prend en charge 100 % ou 80 % des montants retenus ; vos revenus d'activité, vos pensions et l'allocation aux adultes handicapés ne sont pas comptés.",
    },
    { kind: "heading", text: "Ce que la PCH peut financer" },
    {
      kind: "list",
      items: [
        "L'aide humaine : une personne qui vous aide au quotidien. Ce peut être un service à domicile, une personne que vous employez ou un proche aidant, dédommagé ou salarié.",
        "Les aides techniques : fauteuil roulant, matériel adapté…",
        "L'aménagement du logement et du véhicule, et certains surcoûts de transport.",
        "Des charges spécifiques ou exceptionnelles, par exemple des produits d'hygiène liés au handicap.",
        "L'aide animalière, par exemple un chien guide.",
        "L'aide à la parentalité, pour les parents en situation de handicap qui ont un jeune enfant.",
      ],
    },
    {
      kind: "paragraph",
      text: "Les montants et les plafonds de chaque élément sont fixés par la réglementation et revalorisés : consultez la fiche « Prestation de compensation du handicap (PCH) » de service-public.fr ou le site Mon Parcours Handicap.",
    },
    { kind: "heading", text: "Comment faire la demande ?" },
    {
      kind: "steps",
      items: [
        {
          title: "Remplissez le formulaire de demande à la MDPH",
          text: "Le même formulaire (Cerfa n° 15692) sert pour toutes les demandes à la maison départementale des personnes handicapées (MDPH). Décrivez votre vie quotidienne, vos difficultés et vos attentes : c'est ce qui permet d'évaluer vos besoins.",
        },
        {
          title: "Faites remplir le certificat médical",
          text: "Votre médecin remplit le certificat médical (Cerfa n° 15695). Il doit dater de moins d'un an.",
        },
        {
          title: "Envoyez le dossier à la MDPH de votre département",
          text: "Par courrier, sur place, ou en ligne si votre MDPH propose le service MDPH en ligne.",
        },
        {
          title: "Évaluation et décision",
          text: "L'équipe de la MDPH évalue vos besoins et vous propose un plan personnalisé de compensation. La commission des droits et de l'autonomie des personnes handicapées (CDAPH) décide. Le conseil départemental verse la PCH.",
        },
      ],
    },
    {
      kind: "callout",
      tone: "info",
      title: "Délais et recours",
      text: "La MDPH doit répondre dans les 4 mois. Les étapes, les délais et les recours sont expliqués dans la page « Faire une demande à la MDPH ».",
    },
    {
      kind: "paragraph",
      text: "PCH et APA : si vous avez obtenu la PCH avant 60 ans, vous pouvez la garder après 60 ans ou choisir l'allocation personnalisée d'autonomie (APA).",
    },
  ],
  falc: [
    {
      heading: "C'est quoi ?",
      lines: [
        { text: "La PCH est une aide pour les personnes handicapées.", pictogram: "argent" },
        { text: "Elle paie des dépenses liées à votre handicap." },
        { text: "Par exemple, une personne qui vous aide tous les jours.", pictogram: "personne" },
        { text: "Par exemple, un fauteuil roulant ou des travaux dans votre logement.", pictogram: "fauteuil" },
      ],
    },
    {
      heading: "Pour qui ?",
      lines: [
        { text: "Vous avez de grandes difficultés dans la vie de tous les jours." },
        { text: "Par exemple, pour vous déplacer, vous laver ou communiquer." },
        { text: "Ces difficultés vont durer au moins un an." },
        { text: "Vous faites la demande avant vos 60 ans." },
        { text: "Après 60 ans, la MDPH vous dit si vous pouvez encore la demander." },
        { text: "Les enfants peuvent aussi avoir la PCH." },
      ],
    },
    {
      heading: "Combien ?",
      lines: [
        { text: "La somme dépend de vos besoins.", pictogram: "argent" },
        { text: "Votre salaire et vos pensions ne comptent pas." },
        { text: "Les montants sont sur le site service-public.fr.", pictogram: "internet" },
      ],
    },
    {
      heading: "Comment demander la PCH ?",
      lines: [
        { text: "Vous remplissez le formulaire de la MDPH.", pictogram: "document" },
        { text: "Vous expliquez votre vie et vos difficultés." },
        { text: "Votre médecin remplit un certificat médical.", pictogram: "soins" },
        { text: "Vous envoyez le dossier à la MDPH de votre département.", pictogram: "courrier" },
        { text: "Parfois, vous pouvez faire la demande sur internet.", pictogram: "internet" },
      ],
    },
    {
      heading: "La réponse",
      lines: [
        { text: "Une équipe de la MDPH étudie vos besoins.", pictogram: "equipe" },
        { text: "La CDAPH décide.", pictogram: "decision" },
        { text: "La MDPH doit répondre dans les 4 mois.", pictogram: "calendrier" },
        { text: "Le département vous verse la PCH.", pictogram: "argent" },
      ],
    },
  ],
  explains: explainAbbreviations("PCH", "MDPH", "CDAPH"),
  related: [
    internalLink("Faire une demande à la MDPH", contentPagePath({ section: "demarches", slug: "demande-mdph" })),
    internalLink("Allocation aux adultes handicapés (AAH)", contentPagePath({ section: "aides", slug: "aah" })),
    internalLink("Carte mobilité inclusion (CMI)", contentPagePath({ section: "aides", slug: "carte-mobilite-inclusion" })),
    externalLink(monParcoursHandicap.name, monParcoursHandicap.url),
    externalLink(mdphEnLigne.name, mdphEnLigne.url),
  ],
};
