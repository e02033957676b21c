import { expect, test } from "../support/csp-violations";

import { pagesToAudit } from "../support/pages";

// Reads each page's server-rendered HTML, as a screen reader's heading list and
// the browser tab would: cheap enough to walk the whole site in one test, and it
// counts headings hidden until opened (a dialog's h1 is still a second h1).
test("every page has one h1, lang=fr and a unique title", async ({ request, isMobile }) => {
  test.skip(isMobile, "the server's HTML does not depend on the viewport");
  const titles = new Map<string, string>();
  for (const { path } of pagesToAudit.filter((audited) => !audited.readingVersion)) {
    const html = await (await request.get(path)).text();
    expect(html, `lang of ${path}`).toMatch(/<html[^>]* lang="fr"/);
    expect(html.match(/<h1[\s>]/g) ?? [], `h1 elements on ${path}`).toHaveLength(1);
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
    expect(title, `title of ${path}`).toMatch(/\| Portail Autonomie$/);
    // Two states of the same route may share a title; two routes may not.
    const route = path.split("?")[0] ?? path;
    const previous = titles.get(title);
    expect(previous === undefined || previous === route, `"${title}" is used by ${previous} and ${route}`).toBe(true);
    titles.set(title, route);
  }
});

test("the 404 page answers with status 404 and offers a way back", async ({ page }) => {
  const response = await page.goto("/cette-page-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page non trouvée" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Plan du site" })).toHaveAttribute("href", "/plan-du-site");
});

// What a search engine reads first: every page describes itself and names its one address (lib/seo).
test("every page has a meta description and a canonical link on the portal's address", async ({ request, isMobile, baseURL }) => {
  test.skip(isMobile, "the server's HTML does not depend on the viewport");
  for (const { path } of pagesToAudit.filter((audited) => !audited.readingVersion)) {
    const html = await (await request.get(path)).text();
    expect(/<meta name="description" content="([^"]{30,})"/.exec(html)?.[1], `meta description of ${path}`).toBeTruthy();
    if (path === "/cette-page-n-existe-pas") continue;
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    // Compared as URLs: Next writes the home page's canonical without its final slash.
    expect(new URL(canonical ?? "", "http://no-canonical.invalid").href, `canonical link of ${path}`).toBe(new URL(path.split("?")[0] ?? path, baseURL).href);
  }
});

test("robots.txt names the sitemaps, which list the public pages and the offers", async ({ request, isMobile, baseURL }) => {
  test.skip(isMobile, "no page is rendered");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robots).toContain(`Sitemap: ${baseURL}/offres/sitemap/0.xml`);
  expect(robots).toMatch(/Disallow: \/api\//);
  const pages = await (await request.get("/sitemap.xml")).text();
  expect(pages).toContain(`<loc>${baseURL}/recherche</loc>`);
  expect(pages).not.toContain("/mes-demarches");
  const offers = await request.get("/offres/sitemap/0.xml");
  expect(offers.status()).toBe(200);
  const firstOffer = /<loc>([^<]+\/offres\/[^<]+)<\/loc>/.exec(await offers.text())?.[1];
  expect(firstOffer, "an offer URL in the offers' sitemap").toBeTruthy();
  const offerPage = await request.get(new URL(firstOffer ?? "", baseURL).pathname);
  expect(offerPage.status()).toBe(200);
  expect(await offerPage.text()).toMatch(/<meta name="description" content="[^"]+ : [^"]+\. Adresse, contact, accueil et prix\."/);
  expect((await request.get("/offres/sitemap/999.xml")).status()).toBe(404);
});
