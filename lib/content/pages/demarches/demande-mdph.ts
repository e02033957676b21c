import { explainAbbreviations } from "@/lib/falc";

import { MDPH_REQUEST_PATH, MES_DEMARCHES_PATH, contentPagePath, externalLink, internalLink } from "../../links";
import { getPortal } from "../../portals";
import { buildSearchHref } from "../../search-link";
import type { ContentPage } from "../../types";

const mdphEnLigne = getPortal("mdph-en-ligne");
const monParcoursHandicap = getPortal("mon-parcours-handicap");

export const demandeMdph: ContentPage = {
  section: "demarches",
  slug: "demande-mdph",
  title: "Faire une demande à la MDPH",
  falcTitle: "Faire une demande à la MDPH",
  summary:
    "Pour demander une aide liée au handicap (allocation aux adultes handicapés, prestation de compensation, carte mobilité inclusion, orientation vers un établissement ou un service, reconnaissance de travailleur handicapé…), vous déposez un dossier à la maison départementale des personnes handicapées (MDPH) de votre département. Voici les étapes, les délais et vos recours.",
  standard: [
    { kind: "heading", text: "Les étapes" },
    {
      kind: "steps",
      items: [
        {
          title: "Préparer le dossier",
          text: "Remplissez le formulaire de demande (Cerfa n° 15692) : il sert pour toutes les demandes. Décrivez votre vie quotidienne, vos difficultés et votre projet de vie, c'est-à-dire ce que vous souhaitez. Faites remplir le certificat médical (Cerfa n° 15695), daté de moins d'un an. Joignez une pièce d'identité, un justificatif de domicile et, si besoin, le jugement de mesure de protection.",
        },
        {
          title: "Déposer le dossier",
          text: "Envoyez-le ou déposez-le à la MDPH de votre département, ou faites la demande en ligne si votre MDPH propose le service MDPH en ligne. La MDPH vous envoie un accusé de réception.",
        },
        {
          title: "Recevabilité",
          text: "La MDPH vérifie que le dossier est complet. S'il manque une pièce, elle vous la demande : le dossier est étudié une fois complet.",
        },
        {
          title: "Évaluation",
          text: "Une équipe pluridisciplinaire (médecin, ergothérapeute, travailleur social…) évalue vos besoins. Elle peut vous rencontrer, vous appeler ou venir chez vous. Elle vous envoie un plan personnalisé de compensation : vous avez 15 jours pour faire part de vos observations.",
        },
        {
          title: "Décision de la CDAPH",
          text: "La commission des droits et de l'autonomie des personnes handicapées (CDAPH) décide. Vous pouvez demander à être entendu par la commission et vous faire accompagner par la personne de votre choix.",
        },
        {
          title: "Notification",
          text: "Vous recevez la décision par courrier. Elle indique la durée de vos droits et les voies de recours. Les aides sont ensuite versées par l'organisme concerné : la caisse d'allocations familiales ou la Mutualité sociale agricole pour l'allocation aux adultes handicapés, le conseil départemental pour la prestation de compensation.",
        },
      ],
    },
    {
      kind: "callout",
      title: "Préparer votre demande depuis ce portail",
      tone: "info",
      text: "Si votre MDPH propose MDPH en ligne, le portail peut commencer la demande pour vous. Connectez-vous avec FranceConnect : le portail vous montre ce qu'il va envoyer (votre identité et les coordonnées de votre profil), puis il ouvre MDPH en ligne avec ces informations déjà remplies, sans vous demander de vous reconnecter. Vous y choisissez ce que vous demandez, ajoutez les pièces et signez. Lien « Préparer une demande à la MDPH », plus bas sur cette page.",
    },
    { kind: "heading", text: "Le délai de réponse" },
    {
      kind: "paragraph",
      text: "La MDPH doit rendre sa décision dans les 4 mois qui suivent le dépôt de votre dossier complet. Sans réponse au bout de 4 mois, votre demande est considérée comme rejetée : c'est une décision implicite de rejet. Vous pouvez la contester comme une décision écrite.",
    },
    {
      kind: "paragraph",
      text: "Vous pouvez contacter la MDPH pour savoir où en est votre dossier, ou suivre votre demande dans votre espace « Mes démarches ».",
    },
    { kind: "heading", text: "Si vous n'êtes pas d'accord" },
    {
      kind: "facts",
      items: [
        {
          term: "Recours administratif préalable obligatoire (RAPO)",
          description:
            "Dans les 2 mois qui suivent la notification, écrivez à la MDPH pour demander un nouvel examen, avec la copie de la décision et, si possible, de nouveaux éléments. Ce recours est obligatoire avant d'aller devant le juge. Pour la carte mobilité inclusion, il s'adresse au président du conseil départemental. Sans réponse dans les 2 mois, le recours est considéré comme rejeté.",
        },
        {
          term: "Recours devant le tribunal",
          description:
            "Si le recours administratif est rejeté, vous pouvez saisir le tribunal judiciaire ou le tribunal administratif, selon la décision contestée. La réponse à votre recours indique le tribunal et le délai. Un avocat n'est pas obligatoire.",
        },
        {
          term: "Conciliation",
          description:
            "Vous pouvez demander à la MDPH qu'une personne qualifiée, extérieure à la MDPH, examine votre situation avec vous pour trouver un accord.",
        },
        {
          term: "Médiation",
          description:
            "Certaines MDPH ont un médiateur. Les délégués du Défenseur des droits aident aussi gratuitement à régler un désaccord avec une administration.",
        },
      ],
    },
    { kind: "heading", text: "Vous faire aider" },
    {
      kind: "paragraph",
      text: "L'accueil de la MDPH, une maison France Services, le centre communal d'action sociale de votre mairie ou une association de personnes handicapées peuvent vous aider à remplir le dossier.",
    },
  ],
  falc: [
    {
      heading: "C'est quoi ?",
      lines: [
        { text: "La MDPH étudie les demandes d'aide liées au handicap.", pictogram: "fauteuil" },
        { text: "Par exemple, l'AAH, la PCH ou une place dans un établissement." },
      ],
    },
    {
      heading: "Les étapes",
      lines: [
        { text: "Vous remplissez le formulaire de la MDPH.", pictogram: "document" },
        { text: "Vous expliquez votre vie, vos difficultés et vos projets." },
        { text: "Votre médecin remplit un certificat médical.", pictogram: "soins" },
        { text: "Vous envoyez le dossier à la MDPH.", pictogram: "courrier" },
        { text: "La MDPH vérifie que le dossier est complet.", pictogram: "valide" },
        { text: "Si une pièce manque, la MDPH vous la demande." },
        { text: "Une équipe étudie vos besoins.", pictogram: "equipe" },
        { text: "La CDAPH décide.", pictogram: "decision" },
        { text: "Vous recevez la décision par courrier.", pictogram: "courrier" },
      ],
    },
    {
      heading: "Commencer la demande sur ce site",
      lines: [
        { text: "Ce site peut commencer votre demande à la MDPH.", pictogram: "document" },
        { text: "D'abord, vous vous connectez avec FranceConnect.", pictogram: "personne" },
        { text: "Ce site vous montre les informations qu'il va envoyer." },
        { text: "Ensuite, le site de la MDPH s'ouvre." },
        { text: "Votre nom est déjà écrit." },
        { text: "Votre adresse aussi, si vous l'avez donnée sur ce site." },
        { text: "Vous finissez la demande sur le site de la MDPH.", pictogram: "valide" },
        { text: "Le lien est en bas de cette page." },
      ],
    },
    {
      heading: "Combien de temps ?",
      lines: [
        { text: "La MDPH doit répondre dans les 4 mois.", pictogram: "calendrier" },
        { text: "Sans réponse après 4 mois, la réponse est non.", pictogram: "alerte" },
        { text: "Vous pouvez contester ce refus." },
      ],
    },
    {
      heading: "Vous n'êtes pas d'accord ?",
      lines: [
        { text: "Vous avez 2 mois pour écrire à la MDPH.", pictogram: "calendrier" },
        { text: "Dans votre lettre, vous expliquez pourquoi vous n'êtes pas d'accord.", pictogram: "courrier" },
        { text: "Cette lettre s'appelle le RAPO." },
        { text: "Ensuite, vous pouvez aller devant le juge.", pictogram: "decision" },
        { text: "Vous n'avez pas besoin d'avocat." },
        { text: "Une personne extérieure à la MDPH peut aussi vous aider à trouver un accord." },
      ],
    },
    {
      heading: "Qui peut vous aider ?",
      lines: [
        { text: "L'accueil de la MDPH peut vous aider.", pictogram: "information" },
        { text: "Une maison France Services peut aussi vous aider.", pictogram: "mairie" },
      ],
    },
  ],
  explains: explainAbbreviations("MDPH", "AAH", "PCH", "CDAPH", "RAPO"),
  related: [
    internalLink("Préparer une demande à la MDPH (connexion avec FranceConnect)", MDPH_REQUEST_PATH),
    internalLink("Suivre mes démarches", MES_DEMARCHES_PATH),
    internalLink("Prestation de compensation du handicap (PCH)", contentPagePath({ section: "aides", slug: "pch" })),
    internalLink("Allocation aux adultes handicapés (AAH)", contentPagePath({ section: "aides", slug: "aah" })),
    externalLink(mdphEnLigne.name, mdphEnLigne.url),
    externalLink(monParcoursHandicap.name, monParcoursHandicap.url),
  ],
  searchLink: internalLink(
    "Trouver la MDPH ou un lieu d'information près de chez vous",
    buildSearchHref({ groupe: "s-informer-et-etre-accompagne", public: "personnes-handicapees" }),
  ),
};
