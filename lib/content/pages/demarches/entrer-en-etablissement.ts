import { explainAbbreviations } from "@/lib/falc";

import { MES_DEMARCHES_PATH, contentPagePath, externalLink, internalLink } from "../../links";
import { getPortal } from "../../portals";
import { buildSearchHref } from "../../search-link";
import type { ContentPage } from "../../types";

const viaTrajectoire = getPortal("viatrajectoire");
const portailPersonnesAgees = getPortal("pour-les-personnes-agees");

export const entrerEnEtablissement: ContentPage = {
  section: "demarches",
  slug: "entrer-en-etablissement",
  title: "Entrer en EHPAD ou en établissement pour personnes handicapées",
  falcTitle: "Entrer dans un établissement",
  summary:
    "Pour entrer en EHPAD, vous remplissez un dossier unique d'admission, en ligne sur ViaTrajectoire ou sur papier. Pour un établissement ou un service pour personnes handicapées, il faut d'abord une décision d'orientation de la CDAPH.",
  standard: [
    { kind: "heading", text: "Entrer en EHPAD" },
    {
      kind: "steps",
      items: [
        {
          title: "Choisir des établissements",
          text: "Comparez les établissements proches de vous ou de vos proches : prix, services, unités spécialisées. L'annuaire du site pour-les-personnes-agees.gouv.fr indique les prix. Visitez-les si possible.",
        },
        {
          title: "Remplir le dossier unique d'admission",
          text: "Le même dossier (Cerfa n° 14732) sert pour tous les EHPAD. Il comprend un volet administratif, rempli par vous ou un proche, et un volet médical, rempli par votre médecin traitant.",
        },
        {
          title: "Envoyer les demandes",
          text: "Sur ViaTrajectoire, vous créez votre dossier en ligne, votre médecin remplit la partie médicale de façon sécurisée, puis vous envoyez la demande à plusieurs établissements à la fois. Sur papier, envoyez une copie du dossier à chaque établissement.",
        },
        {
          title: "Suivre les réponses",
          text: "Chaque établissement étudie votre demande et vous répond : accord, inscription en liste d'attente ou refus. Sur ViaTrajectoire, vous suivez les réponses en ligne. Quand une place se libère, l'établissement vous propose une date d'entrée.",
        },
        {
          title: "Préparer l'entrée",
          text: "Vous signez un contrat de séjour. Pensez aux aides : APA en établissement, aide au logement, et aide sociale à l'hébergement, à demander dans les 2 mois après l'entrée.",
        },
      ],
    },
    { kind: "heading", text: "Entrer dans un établissement ou un service pour personnes handicapées" },
    {
      kind: "steps",
      items: [
        {
          title: "Demander une orientation à la MDPH",
          text: "Pour entrer dans un établissement ou un service médico-social pour personnes handicapées (institut médico-éducatif, maison d'accueil spécialisée, foyer ou établissement d'accueil médicalisé, foyer de vie, foyer d'hébergement, établissement et service d'accompagnement par le travail, service d'accompagnement…), il faut une décision d'orientation de la commission des droits et de l'autonomie des personnes handicapées (CDAPH). Demandez-la avec le formulaire de la MDPH.",
        },
        {
          title: "Recevoir la notification d'orientation",
          text: "La décision indique le type d'établissement ou de service, et parfois des établissements précis. Dans de nombreux départements, elle est aussi transmise aux établissements par ViaTrajectoire.",
        },
        {
          title: "Contacter les établissements",
          text: "Prenez contact avec les établissements qui correspondent à votre orientation. Chacun étudie votre demande, peut vous proposer une visite, un entretien ou une période d'essai, puis vous inscrit en liste d'attente ou vous admet.",
        },
        {
          title: "Suivre votre demande",
          text: "Les étapes de votre demande (notification envoyée, liste d'attente, admissible, admis, entrée…) sont expliquées dans votre espace « Mes démarches ».",
        },
      ],
    },
    {
      kind: "callout",
      tone: "info",
      title: "Pas de place disponible ?",
      text: "L'attente peut être longue. Demandez à plusieurs établissements et renseignez-vous sur les solutions en attendant : service à domicile, accueil de jour, hébergement temporaire. Pour les personnes handicapées, quand aucune solution n'est trouvée, la MDPH peut proposer un plan d'accompagnement global.",
    },
  ],
  falc: [
    {
      heading: "Entrer en EHPAD",
      lines: [
        { text: "Vous choisissez un ou plusieurs EHPAD.", pictogram: "etablissement" },
        { text: "Vous pouvez visiter les EHPAD avant de choisir." },
        { text: "Vous remplissez un seul dossier pour tous les EHPAD.", pictogram: "document" },
        { text: "Votre médecin remplit la partie sur votre santé.", pictogram: "soins" },
        { text: "Vous pouvez remplir le dossier sur le site ViaTrajectoire.", pictogram: "internet" },
        { text: "Vous envoyez le dossier aux EHPAD choisis.", pictogram: "courrier" },
        { text: "Chaque EHPAD vous répond." },
        { text: "Parfois, il faut attendre une place.", pictogram: "attente" },
      ],
    },
    {
      heading: "Entrer dans un établissement pour personnes handicapées",
      lines: [
        { text: "D'abord, vous faites une demande à la MDPH.", pictogram: "document" },
        { text: "La CDAPH décide quel type d'établissement est adapté pour vous.", pictogram: "decision" },
        { text: "Cette décision s'appelle une orientation." },
        { text: "Ensuite, vous contactez les établissements.", pictogram: "telephone" },
        { text: "L'établissement peut vous proposer une visite ou un essai." },
        { text: "Vous pouvez suivre votre demande dans Mes démarches.", pictogram: "valide" },
      ],
    },
  ],
  explains: explainAbbreviations("EHPAD", "MDPH", "CDAPH"),
  related: [
    internalLink("Suivre mes démarches", MES_DEMARCHES_PATH),
    internalLink("Faire une demande à la MDPH", contentPagePath({ section: "demarches", slug: "demande-mdph" })),
    internalLink("APA en établissement", contentPagePath({ section: "aides", slug: "apa-en-etablissement" })),
    internalLink("Aide sociale à l'hébergement (ASH)", contentPagePath({ section: "aides", slug: "aide-sociale-hebergement" })),
    externalLink(viaTrajectoire.name, viaTrajectoire.url),
    externalLink(portailPersonnesAgees.name, portailPersonnesAgees.url),
  ],
  searchLink: internalLink("Trouver un établissement près de chez vous", buildSearchHref({ groupe: "en-etablissement" })),
};
