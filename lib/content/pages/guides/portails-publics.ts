import { explainAbbreviations } from "@/lib/falc";

import { externalLink } from "../../links";
import { PORTAL_ANSWER_LABELS, PUBLIC_PORTALS, type PortalFact } from "../../portals";
import type { Block, ContentPage, FalcBlock } from "../../types";

const factText = (fact: PortalFact) => `${PORTAL_ANSWER_LABELS[fact.answer]}. ${fact.detail}`;

const portalBlocks: Block[] = PUBLIC_PORTALS.flatMap((portal): Block[] => [
  { kind: "heading", text: portal.name },
  { kind: "paragraph", text: portal.purpose },
  {
    kind: "facts",
    items: [
      { term: "Pour qui", description: portal.audience },
      ...(portal.operator ? [{ term: "Qui le propose", description: portal.operator }] : []),
      { term: "Faut-il un compte ?", description: factText(portal.account) },
      { term: "Connexion avec FranceConnect", description: factText(portal.franceConnect) },
      { term: "Référencé dans le catalogue de Mon espace santé", description: factText(portal.monEspaceSanteCatalogue) },
      { term: "Adresse", description: portal.url },
    ],
  },
]);

const portalFalcBlocks: FalcBlock[] = PUBLIC_PORTALS.map((portal) => ({ heading: portal.name, lines: portal.falc }));

export const portailsPublics: ContentPage = {
  section: "guides",
  slug: "portails-publics",
  title: "Guide des portails publics",
  falcTitle: "Les sites publics qui peuvent vous aider",
  summary:
    "Plusieurs sites publics vous informent ou vous permettent de faire vos démarches en ligne. Ce guide explique à quoi sert chacun, pour qui, s'il faut un compte et si la connexion avec FranceConnect est possible.",
  standard: [
    {
      kind: "paragraph",
      text: "FranceConnect vous permet de vous connecter à de nombreux services publics avec un compte que vous avez déjà, par exemple celui des impôts ou de l'Assurance maladie. Quand un point n'est pas précisé dans ce guide, le site concerné donne l'information.",
    },
    {
      kind: "table",
      caption: "Les portails publics en un coup d'œil",
      columns: ["Portail", "À quoi il sert", "Compte", "FranceConnect", "Catalogue Mon espace santé"],
      rows: PUBLIC_PORTALS.map((portal) => ({
        header: portal.name,
        cells: [
          portal.purpose,
          PORTAL_ANSWER_LABELS[portal.account.answer],
          PORTAL_ANSWER_LABELS[portal.franceConnect.answer],
          PORTAL_ANSWER_LABELS[portal.monEspaceSanteCatalogue.answer],
        ],
      })),
    },
    ...portalBlocks,
  ],
  falc: [
    {
      heading: "En bref",
      lines: [
        { text: "Des sites publics vous informent.", pictogram: "internet" },
        { text: "Certains sites vous permettent de faire des demandes.", pictogram: "document" },
        { text: "FranceConnect vous permet de vous connecter avec un compte que vous avez déjà." },
        { text: "Par exemple, votre compte des impôts.", pictogram: "personne" },
      ],
    },
    ...portalFalcBlocks,
  ],
  explains: explainAbbreviations("EHPAD", "APA", "MDPH"),
  related: PUBLIC_PORTALS.map((portal) => externalLink(portal.name, portal.url)),
};
