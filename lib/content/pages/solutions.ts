import { explainAbbreviations } from "@/lib/falc";

import { contentPagePath, externalLink, internalLink } from "../links";
import { OFFER_GROUPS, type OfferGroup } from "../offer-groups";
import { type PortalId, getPortal } from "../portals";
import { type OfferGroupSlug, buildSearchHref } from "../search-link";
import type { Block, ContentLink, ContentPage, FalcBlock } from "../types";

const aidePage = (slug: string, label: string) => internalLink(label, contentPagePath({ section: "aides", slug }));
const demarchePage = (slug: string, label: string) => internalLink(label, contentPagePath({ section: "demarches", slug }));
const portalLink = (id: PortalId) => {
  const portal = getPortal(id);
  return externalLink(portal.name, portal.url);
};

const RELATED: Record<OfferGroupSlug, readonly ContentLink[]> = {
  "vivre-a-domicile": [
    aidePage("apa-a-domicile", "APA à domicile"),
    aidePage("pch", "Prestation de compensation du handicap (PCH)"),
    demarchePage("demande-mdph", "Faire une demande à la MDPH"),
    portalLink("pour-les-personnes-agees"),
  ],
  "habiter-autrement": [
    aidePage("apa-a-domicile", "APA à domicile"),
    aidePage("aide-sociale-hebergement", "Aide sociale à l'hébergement (ASH)"),
    portalLink("pour-les-personnes-agees"),
  ],
  "en-etablissement": [
    demarchePage("entrer-en-etablissement", "Entrer en EHPAD ou en établissement pour personnes handicapées"),
    aidePage("apa-en-etablissement", "APA en établissement"),
    aidePage("aide-sociale-hebergement", "Aide sociale à l'hébergement (ASH)"),
    portalLink("viatrajectoire"),
  ],
  "soutenir-les-aidants": [
    aidePage("aides-aidants", "Les aides pour les aidants"),
    portalLink("ma-boussole-aidants"),
  ],
  "s-informer-et-etre-accompagne": [
    demarchePage("demande-mdph", "Faire une demande à la MDPH"),
    internalLink("Le guide des portails publics", contentPagePath({ section: "guides", slug: "portails-publics" })),
  ],
};

function standardBlocks(group: OfferGroup): Block[] {
  return group.types.flatMap((type): Block[] => [
    { kind: "heading", text: type.name },
    {
      kind: "facts",
      items: [
        { term: "Ce que c'est", description: type.what },
        { term: "Pour qui", description: type.forWhom },
        { term: "Comment y accéder", description: type.access },
        { term: "Combien ça coûte", description: type.cost },
      ],
    },
  ]);
}

function falcBlocks(group: OfferGroup): FalcBlock[] {
  return [
    { heading: "En bref", lines: group.falcIntro },
    ...group.types.map((type) => ({ heading: type.falcName, lines: type.falc })),
  ];
}

export function solutionPage(group: OfferGroup): ContentPage {
  return {
    section: "solutions",
    slug: group.slug,
    title: group.title,
    falcTitle: group.falcTitle,
    summary: group.summary,
    standard: standardBlocks(group),
    falc: falcBlocks(group),
    explains: explainAbbreviations(...group.explains),
    related: RELATED[group.slug],
    searchLink: internalLink(group.searchLabel, buildSearchHref({ groupe: group.slug })),
  };
}

export const solutionPages: readonly ContentPage[] = OFFER_GROUPS.map(solutionPage);
