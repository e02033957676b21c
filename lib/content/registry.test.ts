import { existsSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { landingFalc } from "./landing-falc";
import { COST_ESTIMATE_PATH, contentPagePath, MDPH_REQUEST_PATH, MES_DEMARCHES_PATH, ORIENTATION_PATH } from "./links";
import { CONTENT_SECTIONS, getContentPage, getContentSection, listContentPages, listContentRoutes } from "./registry";
import { OFFER_GROUP_SLUGS, SEARCH_PATH } from "./search-link";
import type { ContentLink, ContentPage } from "./types";

const pages = listContentPages();
const routePaths = new Set(listContentRoutes().map((route) => route.path));

/** All FALC text of a page, where glossary entries must be used. */
function falcText(page: ContentPage): string {
  return [page.falcTitle, ...page.falc.flatMap((block) => [block.heading, ...block.lines.map((line) => line.text)])].join("\n");
}

function isKnownInternalHref(href: string): boolean {
  if (href === MES_DEMARCHES_PATH || href === COST_ESTIMATE_PATH || href === MDPH_REQUEST_PATH || routePaths.has(href)) return true;
  const url = new URL(href, "https://portail.test");
  return url.pathname === SEARCH_PATH && OFFER_GROUP_SLUGS.some((slug) => slug === url.searchParams.get("groupe"));
}

describe("the content registry", () => {
  it("lists the expected pages of each section", () => {
    const slugs = (section: Parameters<typeof listContentPages>[0]) => listContentPages(section).map((page) => page.slug);
    expect(slugs("aides")).toEqual([
      "apa-a-domicile",
      "apa-en-etablissement",
      "pch",
      "aah",
      "aide-sociale-hebergement",
      "aides-au-logement",
      "carte-mobilite-inclusion",
      "aides-aidants",
    ]);
    expect(slugs("solutions")).toEqual([...OFFER_GROUP_SLUGS]);
    expect(slugs("demarches")).toEqual(["demande-mdph", "entrer-en-etablissement"]);
    expect(slugs("guides")).toEqual(["portails-publics"]);
  });

  it("finds a page from route parameters and rejects unknown ones", () => {
    expect(getContentPage("aides", "pch")?.title).toBe("Prestation de compensation du handicap (PCH)");
    expect(getContentPage("aides", "inconnu")).toBeUndefined();
    expect(getContentPage("solutions", "pch")).toBeUndefined();
    expect(getContentSection("demarches")?.title).toBe("Les démarches");
    expect(getContentSection("autre")).toBeUndefined();
  });

  it("gives every route under /comprendre a FALC version: the content pages, the sections, the rubrique and the wizard", () => {
    const routes = listContentRoutes();
    expect(routes).toHaveLength(22);
    const withoutFalc = routes.filter((route) => {
      if (route.kind !== "page") return landingFalc(route.path) === undefined;
      const page = pages.find((candidate) => contentPagePath(candidate) === route.path);
      return !page || page.falc.length === 0;
    });
    expect(withoutFalc.map((route) => route.path)).toEqual([]);
  });

  it("lists every route once, under /comprendre", () => {
    const routes = listContentRoutes();
    expect(new Set(routes.map((route) => route.path)).size).toBe(routes.length);
    expect(routes.every((route) => route.path.startsWith("/comprendre"))).toBe(true);
    expect(routes.filter((route) => route.kind === "page")).toHaveLength(pages.length);
    expect(routes.filter((route) => route.kind === "section")).toHaveLength(CONTENT_SECTIONS.length);
    expect(routePaths.has(ORIENTATION_PATH)).toBe(true);
    expect(routePaths.has("/comprendre/demarches/demande-mdph")).toBe(true);
  });
});

describe.each(pages.map((page) => [`${page.section}/${page.slug}`, page] as const))("page %s", (_, page) => {
  it("has a slug, titles, a summary and both versions", () => {
    expect(page.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const text of [page.title, page.falcTitle, page.summary]) expect(text.trim().length).toBeGreaterThan(5);
    expect(page.standard.length).toBeGreaterThan(0);
    expect(page.falc.length).toBeGreaterThan(0);
    for (const block of page.falc) expect(block.lines.length).toBeGreaterThan(0);
  });

  it("only explains abbreviations that its FALC text uses", () => {
    const text = falcText(page);
    const unused = Object.keys(page.explains).filter(
      (abbreviation) => !new RegExp(`(?<![\\p{L}])${abbreviation}(?![\\p{L}])`, "u").test(text),
    );
    expect(unused).toEqual([]);
  });

  it("links to existing pages inside the portal and to https pages outside", () => {
    const links: ContentLink[] = [...page.related, ...(page.searchLink ? [page.searchLink] : [])];
    expect(page.related.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.label.trim()).not.toBe("");
      if (link.external) expect(link.href).toMatch(/^https:\/\//);
      else expect(isKnownInternalHref(link.href), link.href).toBe(true);
    }
  });
});

describe("the MDPH procedure page", () => {
  const page = getContentPage("demarches", "demande-mdph");

  it("offers « Préparer une demande à la MDPH », a route of the portal, in both versions", () => {
    // The related links are shown under the standard and the FALC version alike.
    expect(page?.related.find((link) => link.href === MDPH_REQUEST_PATH)).toEqual({ label: expect.stringMatching(/^Préparer une demande à la MDPH/), href: MDPH_REQUEST_PATH, external: false });
    expect(existsSync(path.join(process.cwd(), "app/(espace)/demander/mdph/page.tsx"))).toBe(true);
  });

  it("tells a reader who is not signed in that the preparation starts with FranceConnect, in both versions", () => {
    const callout = page?.standard.find((block) => block.kind === "callout");
    expect(callout).toMatchObject({ title: "Préparer votre demande depuis ce portail", text: expect.stringContaining("Connectez-vous avec FranceConnect") });
    expect(page ? falcText(page) : "").toContain("vous vous connectez avec FranceConnect");
  });
});

describe("solution pages", () => {
  it.each([...OFFER_GROUP_SLUGS])("%s links to the search filtered on its group", (slug) => {
    expect(getContentPage("solutions", slug)?.searchLink?.href).toBe(`/recherche?groupe=${slug}`);
  });

  it("describe each offer type with what it is, for whom, access and cost", () => {
    const page = getContentPage("solutions", "en-etablissement");
    const facts = page?.standard.find((block) => block.kind === "facts");
    expect(facts).toEqual({
      kind: "facts",
      items: [
        expect.objectContaining({ term: "Ce que c'est" }),
        expect.objectContaining({ term: "Pour qui" }),
        expect.objectContaining({ term: "Comment y accéder" }),
        expect.objectContaining({ term: "Combien ça coûte" }),
      ],
    });
  });
});
