import type { ContentPage } from "@/lib/content";

import { SERVICE_NAME, SITE_DESCRIPTION } from "./metadata";

function publisher(portalUrl: string) {
  return { "@type": "GovernmentOrganization", name: SERVICE_NAME, url: `${portalUrl}/` };
}

/** Home page: the site and its search, so that a search engine can offer a search box on the portal. */
export function websiteJsonLd(portalUrl: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: SERVICE_NAME,
    description: SITE_DESCRIPTION,
    url: `${portalUrl}/`,
    inLanguage: "fr-FR",
    publisher: publisher(portalUrl),
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${portalUrl}/recherche?lieu={lieu}` },
      "query-input": "required name=lieu",
    },
  };
}

/** An information page of « Comprendre mes droits » as a schema.org Article. */
export function articleJsonLd(page: Pick<ContentPage, "title" | "summary">, url: string, portalUrl: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    "@id": url,
    url,
    headline: page.title,
    description: page.summary,
    inLanguage: "fr-FR",
    isAccessibleForFree: true,
    publisher: publisher(portalUrl),
    mainEntityOfPage: url,
  };
}

/** JSON for a `<script type="application/ld+json">`, with `<` escaped so that no text can close the script. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
