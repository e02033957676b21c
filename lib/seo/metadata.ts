import type { Metadata } from "next";

export const SERVICE_NAME = "Portail Autonomie";

export const SITE_DESCRIPTION =
  "Trouver les solutions d'aide et d'accompagnement près de chez soi, suivre ses démarches MDPH et ses demandes d'admission, comprendre ses droits.";

export type PageMetadataInput = {
  title: string | { absolute: string };
  /** One or two plain sentences: search engines show it under the title. */
  description: string;
  /** Path of the page without its query string: the canonical URL, resolved on PORTAL_URL by the root layout's metadataBase. */
  path: string;
};

/** Title, description and canonical URL of one page, the same shape on every page. */
export function pageMetadata({ title, description, path }: PageMetadataInput): Metadata {
  return { title, description, alternates: { canonical: path } };
}

/**
 * The root layout's metadata. `metadataBase` is read per request from PORTAL_URL (not at build), so that
 * every relative canonical URL names the public address the portal is served from.
 */
export function rootMetadata(portalUrl: string): Metadata {
  return {
    metadataBase: new URL(`${portalUrl}/`),
    title: { template: `%s | ${SERVICE_NAME}`, default: SERVICE_NAME },
    description: SITE_DESCRIPTION,
    applicationName: SERVICE_NAME,
    openGraph: { siteName: SERVICE_NAME, locale: "fr_FR", type: "website" },
  };
}

export type OfferDescriptionInput = {
  name: string;
  typeLabel: string;
  publicLabels: readonly string[];
  location: { city: string | null; postalCode: string | null } | null;
};

const MAX_PUBLICS = 3;

/** "EHPAD à Lyon (69003), pour personnes âgées. Adresse, contact, accueil et prix." — what a search engine shows under an offer. */
export function offerDescription(offer: OfferDescriptionInput): string {
  const city = offer.location?.city;
  const place = city ? ` à ${city}${offer.location?.postalCode ? ` (${offer.location.postalCode})` : ""}` : "";
  const publics = offer.publicLabels.slice(0, MAX_PUBLICS).map((label) => label.toLocaleLowerCase("fr-FR"));
  const audience = publics.length > 0 ? `, pour ${publics.join(", ")}` : "";
  return `${offer.name} : ${offer.typeLabel}${place}${audience}. Adresse, contact, accueil et prix.`;
}
