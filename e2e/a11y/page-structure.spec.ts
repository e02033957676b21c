import { expect, test } from "@playwright/test";

import { pagesToAudit } from "../support/pages";

test("every page has one h1, lang=fr and a unique title", async ({ page }) => {
  // One test walks every page of the site: more than the default budget on a busy 2-core machine.
  test.slow();
  const titles = new Map<string, string>();
  for (const { path } of pagesToAudit.filter((audited) => !audited.readingVersion)) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    // Counted in the DOM, hidden or not: a closed dialog's heading is still
    // listed by screen readers' heading navigation.
    await expect(page.locator("h1"), `h1 count on ${path}`).toHaveCount(1);
    const title = await page.title();
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
