import type { ContentLink, ContentSection } from "./types";

/** Route base of the "Comprendre mes droits" section. */
export const COMPRENDRE_PATH = "/comprendre";

/** The orientation wizard "Que voulez-vous faire ?". */
export const ORIENTATION_PATH = `${COMPRENDRE_PATH}/que-voulez-vous-faire`;

/** The signed-in dashboard where people follow their requests. */
export const MES_DEMARCHES_PATH = "/mes-demarches";

/**
 * « Préparer une demande à la MDPH » (app/(espace)/demander/mdph): signed-out readers are asked to sign in
 * with FranceConnect there, then the portal pre-fills a draft on MDPH en ligne (lib/applications).
 */
export const MDPH_REQUEST_PATH = "/demander/mdph";

/** The cost estimate (EHPAD remaining cost, APA à domicile), outside /comprendre. */
export const COST_ESTIMATE_PATH = "/combien-ca-coute";

export function sectionPath(section: ContentSection): string {
  return `${COMPRENDRE_PATH}/${section}`;
}

export function contentPagePath(page: { section: ContentSection; slug: string }): string {
  return `${sectionPath(page.section)}/${page.slug}`;
}

export function internalLink(label: string, href: string): ContentLink {
  return { label, href, external: false };
}

export function externalLink(label: string, href: string): ContentLink {
  return { label, href, external: true };
}
