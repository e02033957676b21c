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
