import { expect, test } from "../support/csp-violations";

import { expectNoAxeViolationsInBothThemes } from "../support/axe";

test("axe: search results, an offer page and a comparison, light and dark", async ({ page }) => {
  // Five pages, each audited by axe in two themes: more than the default budget on a busy 2-core machine.
  test.slow();
  await page.goto("/recherche?lieu=Lyon&rayon=10");
  await expect(page.getByRole("status")).toContainText(/lieux? trouvés?/);
  await expectNoAxeViolationsInBothThemes(page);

  const links = page.getByRole("main").locator("li.portal-result a[href^='/offres/']");
  const hrefs = await links.evaluateAll((anchors) => anchors.slice(0, 2).map((anchor) => anchor.getAttribute("href") ?? ""));
  expect(hrefs).toHaveLength(2);
  await page.goto(hrefs[0] as string);
  await expect(page.getByRole("heading", { name: "Adresse et contact" })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);

  const ids = hrefs.map((href) => decodeURIComponent(href.split("?")[0]?.replace("/offres/", "") ?? ""));
  await page.goto(`/comparer?${ids.map((id) => `offres=${encodeURIComponent(id)}`).join("&")}`);
  await expect(page.getByRole("table", { name: "Comparaison de 2 solutions" })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);

  await page.goto("/recherche?lieu=Saint");
  await expectNoAxeViolationsInBothThemes(page);
  await page.goto("/recherche?lieu=Lyon&rayon=5&q=zzzzzzzz");
  await expect(page.getByText("Aucune solution ne correspond à votre recherche")).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
});
