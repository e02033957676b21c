import { explainAbbreviations } from "@/lib/falc";

import { contentPagePath, externalLink, internalLink } from "../../links";
import { getPortal } from "../../portals";
import type { ContentPage } from "../../types";

const mesDroitsSociaux = getPortal("mes-droits-sociaux");

export const aah: ContentPage = {
  section: "aides",
  slug: "aah",
  title: "Allocation aux adultes handicapés (AAH)",
  falcTitle: "L'AAH : une somme d'argent pour vivre",
  summary:
    "L'allocation aux adultes handicapés (AAH) vous assure un minimum de ressources si votre handicap limite vos possibilités de travailler. La MDPH étudie votre handicap ; la caisse d'allocations familiales (CAF) ou la Mutualité sociale agricole (MSA) calcule et verse l'allocation.",
  standard: [
    { kind: "heading", text: "Qui peut en bénéficier ?" },
    {
      kind: "list",
      items: [
        "Vous avez au moins 20 ans, ou au moins 16 ans si vous n'êtes plus à la charge de vos parents pour les prestations familiales.",
        "Votre taux d'incapacité, fixé par la commission des droits et de l'autonomie des personnes handicapées (CDAPH), est d'au moins 80 %. Ou il est compris entre 50 % et 79 % et la CDAPH reconnaît une restriction substantielle et durable d'accès à l'emploi.",
        "Vous résidez en France de façon stable et régulière.",
        "Vos ressources ne dépassent pas un plafond. Depuis le 1er octobre 2023, les revenus de votre conjoint ne sont plus pris en compte.",
      ],
    },
    {
      kind: "paragraph",
      text: "L'AAH complète vos autres ressources (salaire, pension d'invalidité…) : elle diminue quand elles augmentent. Si vous avez droit à une pension d'invalidité ou de retraite, vous devez d'abord la demander.",
    },
    { kind: "heading", text: "Quel montant ?" },
    {
      kind: "paragraph",
      text: "Le montant maximal de l'AAH est revalorisé chaque année, en général au 1er avril. Consultez caf.fr ou la fiche « Allocation aux adultes handicapés (AAH) » de service-public.fr pour connaître le montant en vigueur. Le simulateur de Mes droits sociaux permet d'estimer vos droits.",
    },
    { kind: "heading", text: "Comment faire la demande ?" },
    {
      kind: "steps",
      items: [
        {
          title: "Remplissez le formulaire de demande à la MDPH",
          text: "Le formulaire est le même pour toutes les demandes à la maison départementale des personnes handicapées (MDPH). Joignez le certificat médical de moins d'un an, une pièce d'identité et un justificatif de domicile.",
        },
        {
          title: "La MDPH évalue votre situation",
          text: "La CDAPH fixe votre taux d'incapacité et décide si vous avez droit à l'AAH, et pour combien de temps.",
        },
        {
          title: "La CAF ou la MSA vérifie vos ressources",
          text: "Elle calcule le montant et vous verse l'allocation chaque mois.",
        },
      ],
    },
    {
      kind: "paragraph",
      text: "Si votre taux d'incapacité est d'au moins 80 % et que votre situation ne peut pas s'améliorer, l'AAH peut être accordée sans limitation de durée.",
    },
    { kind: "heading", text: "À l'âge de la retraite" },
    {
      kind: "paragraph",
      text: "Si votre taux d'incapacité est d'au moins 80 %, vous pouvez garder une AAH en complément d'une petite retraite. Avec un taux entre 50 % et 79 %, l'AAH s'arrête à l'âge légal de départ à la retraite, et la retraite prend le relais.",
    },
  ],
  falc: [
    {
      heading: "C'est quoi ?",
      lines: [
        { text: "L'AAH est une somme d'argent versée chaque mois.", pictogram: "argent" },
        { text: "Elle aide les adultes handicapés qui ne peuvent pas assez travailler.", pictogram: "travail" },
      ],
    },
    {
      heading: "Pour qui ?",
      lines: [
        { text: "Vous avez 20 ans ou plus." },
        { text: "Votre handicap est important." },
        { text: "La CDAPH mesure votre handicap.", pictogram: "decision" },
        { text: "Vos revenus sont faibles." },
        { text: "Les revenus de votre conjoint ne comptent pas." },
      ],
    },
    {
      heading: "Combien ?",
      lines: [
        { text: "La somme change chaque année, en avril.", pictogram: "calendrier" },
        { text: "Vous trouvez la somme sur le site de la CAF.", pictogram: "internet" },
      ],
    },
    {
      heading: "Comment demander l'AAH ?",
      lines: [
        { text: "Vous remplissez le formulaire de la MDPH.", pictogram: "document" },
        { text: "Votre médecin remplit un certificat médical.", pictogram: "soins" },
        { text: "Vous envoyez le dossier à la MDPH.", pictogram: "courrier" },
        { text: "La CDAPH décide si vous avez droit à l'AAH.", pictogram: "decision" },
        { text: "La CAF ou la MSA vous verse l'argent.", pictogram: "argent" },
      ],
    },
  ],
  explains: explainAbbreviations("AAH", "CDAPH", "CAF", "MDPH", "MSA"),
  related: [
    internalLink("Faire une demande à la MDPH", contentPagePath({ section: "demarches", slug: "demande-mdph" })),
    internalLink("Prestation de compensation du handicap (PCH)", contentPagePath({ section: "aides", slug: "pch" })),
    externalLink(mesDroitsSociaux.name, mesDroitsSociaux.url),
    externalLink("Caisse d'allocations familiales", "https://www.caf.fr"),
  ],
};
