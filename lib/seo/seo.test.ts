import { describe, expect, it } from "vitest";

import { listContentPages } from "@/lib/content";
import { siteRoutes } from "@/lib/site-map";

import { articleJsonLd, isPublicPath, jsonLdText, offerDescription, offerSitemapIds, pageMetadata, pagesSitemap, robotsRules, rootMetadata, sitemapUrls, websiteJsonLd } from ".";

const PORTAL = "https://autonomie.example.gouv.fr";

describe("offerSitemapIds", () => {
  it.each([
    [0, []],
    [1, ["0"]],
    [50_000, ["0"]],
    [50_001, ["0", "1"]],
    [120_000, ["0", "1", "2"]],
  ])("%i offers give offer sitemaps %j (50,000 offers per file at most)", (offers, ids) => {
    expect(offerSitemapIds(offers).map((item) => item.id)).toEqual(ids);
  });
});

describe("pagesSitemap", () => {
  const urls = pagesSitemap(PORTAL).map((entry) => entry.url);

  it("lists the home page, the search and every information page, on PORTAL_URL", () => {
    expect(urls).toContain(`${PORTAL}/`);
    expect(urls).toContain(`${PORTAL}/recherche`);
    for (const page of listContentPages()) expect(urls.some((url) => url.endsWith(`/${page.slug}`))).toBe(true);
    expect(urls.every((url) => url.startsWith(`${PORTAL}/`))).toBe(true);
  });

  it("leaves out the personal pages and the sign-in and sign-out pages", () => {
    for (const path of ["/mes-demarches", "/mes-demarches/notifications", "/mon-compte/aidants", "/aidant/accepter", "/connexion", "/deconnexion"]) {
      expect(urls).not.toContain(`${PORTAL}${path}`);
    }
    expect(urls).toHaveLength(siteRoutes.filter((route) => isPublicPath(route.path)).length);
  });

  it("does not mistake a page whose name starts like a personal one for it", () => {
    expect(isPublicPath("/connexion-aidee")).toBe(true);
    expect(isPublicPath("/mes-demarches/via-trajectoire/VT-1")).toBe(false);
  });
});

describe("robotsRules", () => {
  it("opens the pages, closes the JSON API and the handover redirects, names every sitemap", () => {
    const robots = robotsRules(PORTAL, sitemapUrls(PORTAL, offerSitemapIds(60_000)));
    expect(robots.sitemap).toEqual([`${PORTAL}/sitemap.xml`, `${PORTAL}/offres/sitemap/0.xml`, `${PORTAL}/offres/sitemap/1.xml`]);
    expect(robots.rules).toEqual([{ userAgent: "*", allow: "/", disallow: ["/api/", "/continuer/"] }]);
  });

  it("never blocks a page that Lighthouse and search engines must read", () => {
    const [rule] = [robotsRules(PORTAL, sitemapUrls(PORTAL, [])).rules].flat();
    for (const path of ["/", "/recherche", "/offres/ror--1", "/comprendre", "/mes-demarches"]) {
      expect([rule?.disallow].flat().some((prefix) => prefix !== undefined && path.startsWith(prefix))).toBe(false);
    }
  });
});

describe("page metadata", () => {
  it("gives each page its description and a canonical URL without the query string", () => {
    expect(pageMetadata({ title: "Trouver une solution", description: "Les solutions près de chez vous.", path: "/recherche" })).toEqual({
      title: "Trouver une solution",
      description: "Les solutions près de chez vous.",
      alternates: { canonical: "/recherche" },
    });
  });

  it("resolves canonical URLs on PORTAL_URL, read when the portal runs", () => {
    const root = rootMetadata(PORTAL);
    expect(String(root.metadataBase)).toBe(`${PORTAL}/`);
    expect(new URL("/offres/ror--1", root.metadataBase ?? undefined).href).toBe(`${PORTAL}/offres/ror--1`);
    expect(root.description).toBeTruthy();
  });

  it.each([
    [
      { name: "Les Tilleuls", typeLabel: "EHPAD", publicLabels: ["Personnes âgées"], location: { city: "Lyon", postalCode: "69003" } },
      "Les Tilleuls : EHPAD à Lyon (69003), pour personnes âgées. Adresse, contact, accueil et prix.",
    ],
    [
      { name: "SAAD Horizon", typeLabel: "Aide à domicile", publicLabels: ["Adultes handicapés", "Personnes âgées", "Enfants handicapés", "Aidants"], location: { city: "Lille", postalCode: null } },
      "SAAD Horizon : Aide à domicile à Lille, pour adultes handicapés, personnes âgées, enfants handicapés. Adresse, contact, accueil et prix.",
    ],
    [{ name: "Plateforme de répit", typeLabel: "Soutien aux aidants", publicLabels: [], location: null }, "Plateforme de répit : Soutien aux aidants. Adresse, contact, accueil et prix."],
  ])("describes an offer by its type, commune and public (%#)", (offer, text) => {
    expect(offerDescription(offer)).toBe(text);
  });
});

describe("structured data", () => {
  it("describes an information page as a schema.org Article of the portal", () => {
    const url = `${PORTAL}/comprendre/aides/apa-a-domicile`;
    expect(articleJsonLd({ title: "L'APA à domicile", summary: "Une aide pour rester chez soi." }, url, PORTAL)).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Article",
      url,
      headline: "L'APA à domicile",
      description: "Une aide pour rester chez soi.",
      inLanguage: "fr-FR",
      publisher: { "@type": "GovernmentOrganization", url: `${PORTAL}/` },
    });
  });

  it("offers the portal's search to search engines from the home page", () => {
    expect(websiteJsonLd(PORTAL)).toMatchObject({ "@type": "WebSite", potentialAction: { target: { urlTemplate: `${PORTAL}/recherche?lieu={lieu}` } } });
  });

  it("cannot be closed by a text that contains </script>", () => {
    const text = jsonLdText({ headline: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("</script>");
    expect(JSON.parse(text)).toEqual({ headline: "</script><script>alert(1)</script>" });
  });
});
