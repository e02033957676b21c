import { explainAbbreviations } from "@/lib/falc";

import { contentPagePath, externalLink, internalLink } from "../../links";
import { getPortal } from "../../portals";
import { buildSearchHref } from "../../search-link";
import type { ContentPage } from "../../types";

const maBoussoleAidants = getPortal("ma-boussole-aidants");

export const aidesAidants: ContentPage = {
  section: "aides",
  slug: "aides-aidants",
  title: "Les aides pour les aidants : congé de proche aidant, AJPA, droit au répit",
  falcTitle: "Les aides pour les personnes qui aident un proche",
  summary:
    "Vous aidez un proche âgé, malade ou handicapé ? Des droits existent pour vous : le congé de proche aidant, l'allocation journalière du proche aidant (AJPA) et le droit au répit.",
  standard: [
    { kind: "heading", text: "Le congé de proche aidant" },
    {
      kind: "paragraph",
      text: "Si vous êtes salarié ou agent public, vous pouvez arrêter temporairement de travailler, ou passer à temps partiel, pour aider un proche qui a un handicap ou une perte d'autonomie importante. Aucune condition d'ancienneté n'est demandée.",
    },
    {
      kind: "list",
      items: [
        "Durée : 3 mois, renouvelables, dans la limite d'un an sur toute votre carrière. Un accord collectif peut prévoir d'autres durées.",
        "Le proche aidé peut être un membre de votre famille, une personne avec qui vous vivez, ou une personne âgée ou handicapée avec qui vous avez des liens étroits et stables.",
        "Prévenez votre employeur par écrit, en général au moins un mois avant le début du congé et 15 jours avant un renouvellement. En cas d'urgence, le congé peut commencer tout de suite.",
        "Le congé n'est pas payé par votre employeur, mais vous pouvez recevoir l'AJPA.",
      ],
    },
    { kind: "heading", text: "L'allocation journalière du proche aidant (AJPA)" },
    {
      kind: "paragraph",
      text: "L'AJPA compense une partie de la perte de revenus quand vous réduisez ou arrêtez votre activité pour aider votre proche. La personne aidée doit avoir un handicap ou une perte d'autonomie importante, reconnus par la maison départementale des personnes handicapées ou par le conseil départemental.",
    },
    {
      kind: "list",
      items: [
        "Pour qui : les salariés en congé de proche aidant, les travailleurs indépendants, les demandeurs d'emploi indemnisés et les personnes en formation professionnelle rémunérée.",
        "Durée : 66 jours au plus sur toute votre carrière, et 22 jours au plus par mois. Vous pouvez la prendre par demi-journée.",
        "Montant : fixé par jour ou par demi-journée et revalorisé chaque année. Consultez caf.fr.",
        "Demande : en ligne sur caf.fr, ou auprès de la Mutualité sociale agricole (MSA) si vous relevez du régime agricole.",
      ],
    },
    { kind: "heading", text: "Le droit au répit" },
    {
      kind: "paragraph",
      text: "Si votre proche reçoit l'allocation personnalisée d'autonomie (APA) à domicile, que votre présence est indispensable et que personne ne peut vous remplacer, son plan d'aide peut être augmenté pour financer du répit : accueil de jour, hébergement temporaire, relais à domicile. Une aide supplémentaire est prévue si vous êtes hospitalisé. Demandez-le à l'équipe APA du conseil départemental, lors de la demande d'APA ou d'une demande de révision.",
    },
    { kind: "heading", text: "D'autres soutiens" },
    {
      kind: "list",
      items: [
        "Les plateformes d'accompagnement et de répit écoutent, informent et proposent des temps de répit, souvent gratuitement.",
        "Des groupes de parole et des formations pour les aidants existent dans de nombreuses communes.",
        "Le site Ma Boussole Aidants indique les aides et les services près de chez vous.",
      ],
    },
  ],
  falc: [
    {
      heading: "Vous aidez un proche ?",
      lines: [
        { text: "Vous aidez un proche âgé, malade ou handicapé ?", pictogram: "aidant" },
        { text: "On dit que vous êtes un aidant." },
        { text: "Vous avez des droits." },
      ],
    },
    {
      heading: "Le congé de proche aidant",
      lines: [
        { text: "Vous pouvez arrêter de travailler pour aider votre proche.", pictogram: "travail" },
        { text: "Vous pouvez aussi travailler moins." },
        { text: "Ce congé dure au plus 1 an dans toute votre vie de travail." },
        { text: "Vous prévenez votre employeur par écrit, en général un mois avant.", pictogram: "courrier" },
        { text: "Votre employeur ne vous paie pas pendant le congé." },
      ],
    },
    {
      heading: "L'argent pour les jours d'aide",
      lines: [
        { text: "L'AJPA remplace une partie de votre salaire.", pictogram: "argent" },
        { text: "Vous la demandez à la CAF ou à la MSA.", pictogram: "internet" },
        { text: "Vous pouvez l'avoir 66 jours au plus dans votre vie de travail." },
      ],
    },
    {
      heading: "Le droit au répit",
      lines: [
        { text: "Si votre proche reçoit l'APA, vous pouvez demander du répit." },
        { text: "Le répit, c'est du temps pour vous reposer." },
        { text: "Par exemple, votre proche va dans un accueil de jour.", pictogram: "etablissement" },
        { text: "Le département peut payer ce répit.", pictogram: "argent" },
        { text: "Demandez au département.", pictogram: "mairie" },
      ],
    },
    {
      heading: "D'autres aides",
      lines: [
        { text: "Des plateformes de répit vous écoutent et vous conseillent.", pictogram: "equipe" },
        { text: "Le site Ma Boussole Aidants vous aide à trouver des solutions.", pictogram: "internet" },
      ],
    },
  ],
  explains: explainAbbreviations("AJPA", "CAF", "MSA", "APA"),
  related: [
    internalLink("Les solutions pour soutenir les aidants", contentPagePath({ section: "solutions", slug: "soutenir-les-aidants" })),
    internalLink("APA à domicile", contentPagePath({ section: "aides", slug: "apa-a-domicile" })),
    externalLink(maBoussoleAidants.name, maBoussoleAidants.url),
    externalLink(
      "Allocation journalière du proche aidant sur Mon Parcours Handicap",
      "https://monparcourshandicap.gouv.fr/aidant/allocation-journaliere-du-proche-aidant-ajpa",
    ),
  ],
  searchLink: internalLink(
    "Trouver une solution de répit près de chez vous",
    buildSearchHref({ groupe: "soutenir-les-aidants", public: "aidants" }),
  ),
};
