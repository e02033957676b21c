import type { MetadataRoute } from "next";

/**
 * robots.txt: everything a person can read is open to crawlers; the JSON API and the handover links
 * (`/continuer/…`, which note a passage and redirect to a partner) are not pages. Signed-in pages stay
 * allowed: they answer a sign-in form to a crawler, and a Disallow would fail Lighthouse's "is-crawlable".
 * `sitemaps`: every sitemap URL (`sitemapUrls`), the pages' and each offers' one.
 */
export function robotsRules(portalUrl: string, sitemaps: string[]): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/continuer/"] }],
    sitemap: sitemaps,
    host: portalUrl,
  };
}
