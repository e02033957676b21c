import type { Page } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

// Issue #18, items 2 and 7: the comparison and the search survive every path between
// results, offer pages and /comparer; the comparison table fits a computer screen.

const SEARCH = "/recherche?lieu=Lyon&groupe=en-etablissement&rayon=30";

/** The offer links of the result list, card by card (one card per site). */
const offerLinks = (page: Page) => page.getByRole("main").locator("li.portal-result a[href^='/offres/']");

test("the selection survives Back between offer pages, and the breadcrumb returns to the same search", async ({ page, isMobile }) => {
  test.skip(isMobile, "one path is enough; the phone layout has its own tests");
  await page.goto("/");
  await page.goto(SEARCH);
  await expect(page.getByRole("status")).toContainText(/trouvé/);

  const first = page.getByRole("main").locator("li.portal-result").nth(0).locator("a[href^='/offres/']").first();
  const firstHref = (await first.getAttribute("href")) ?? "";
  await first.click();
  await expect(page.getByRole("heading", { name: "Adresse et contact" })).toBeVisible();
  const firstName = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  await page.getByRole("link", { name: "Ajouter à la comparaison" }).click();
  await expect(page.getByText("1 solution sélectionnée pour la comparaison.")).toBeVisible();

  // Back goes to the results (adding did not add a page to the history), which show the selection.
  await page.goBack();
  await expect(page).toHaveURL(/\/recherche\?/);
  await expect(page.getByText("1 solution sélectionnée pour la comparaison.")).toBeVisible();

  const second = page.getByRole("main").locator("li.portal-result").nth(1).locator("a[href^='/offres/']").first();
  expect(await second.getAttribute("href")).not.toBe(firstHref);
  await second.click();
  await expect(page.getByRole("heading", { name: "Adresse et contact" })).toBeVisible();
  const secondName = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  await page.getByRole("link", { name: "Ajouter à la comparaison" }).click();
  await expect(page.getByText("2 solutions sélectionnées pour la comparaison.")).toBeVisible();

  // The breadcrumb goes back to the same search, with its filters and the selection.
  await page.getByRole("navigation", { name: "vous êtes ici :" }).getByRole("link", { name: "Trouver une solution" }).click();
  await expect(page).toHaveURL(/\/recherche\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get("lieu")).toBe("Lyon");
  expect(url.searchParams.get("groupe")).toBe("en-etablissement");
  expect(url.searchParams.get("rayon")).toBe("30");
  await expect(page.getByText("2 solutions sélectionnées pour la comparaison.")).toBeVisible();

  await page.getByRole("link", { name: "Comparer", exact: true }).click();
  const table = page.getByRole("table", { name: "Comparaison de 2 solutions" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader", { name: firstName })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: secondName })).toBeVisible();

  // From the comparison, an offer page still knows the search and the selection.
  await table.getByRole("link", { name: firstName }).click();
  await expect(page.getByText("2 solutions sélectionnées pour la comparaison.")).toBeVisible();
  await page.getByRole("navigation", { name: "vous êtes ici :" }).getByRole("link", { name: "Trouver une solution" }).click();
  expect(new URL(page.url()).searchParams.get("groupe")).toBe("en-etablissement");
});

test("removing an offer from the comparison also removes it from the way back to the search", async ({ page, isMobile }) => {
  test.skip(isMobile, "one path is enough");
  await page.goto(SEARCH);
  const cards = page.getByRole("main").locator("li.portal-result");
  for (const index of [0, 1]) {
    await cards.nth(index).getByRole("link", { name: "Ajouter à la comparaison" }).first().click();
    await expect(page.getByText(`${index + 1} solution${index ? "s" : ""} sélectionnée${index ? "s" : ""} pour la comparaison.`)).toBeVisible();
  }
  await page.getByRole("link", { name: "Comparer", exact: true }).click();
  await expect(page.getByRole("table", { name: "Comparaison de 2 solutions" })).toBeVisible();
  await page.getByRole("link", { name: "Retirer" }).first().click();
  await expect(page.getByRole("table", { name: "Comparaison de 1 solution" })).toBeVisible();
  await page.getByRole("link", { name: "Retour à la recherche" }).click();
  await expect(page).toHaveURL(/\/recherche\?/);
  await expect(page.getByText("1 solution sélectionnée pour la comparaison.")).toBeVisible();
});

test("two offers compare side by side without scrolling sideways on a computer", async ({ page, isMobile }) => {
  test.skip(isMobile, "a 1280 px screen");
  await page.goto(SEARCH);
  const hrefs = await offerLinks(page).evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
  const ids = [...new Set(hrefs.map((href) => decodeURIComponent(href.split("?")[0]?.replace("/offres/", "") ?? "")))].slice(0, 2);
  await page.goto(`/comparer?${ids.map((id) => `offres=${encodeURIComponent(id)}`).join("&")}`);
  const table = page.getByRole("table", { name: "Comparaison de 2 solutions" });
  await expect(table).toBeVisible();
  const overflow = await page.locator(".fr-table__wrapper, .fr-table__container, .fr-table__content").evaluateAll((boxes) => boxes.map((box) => box.scrollWidth - box.clientWidth));
  expect(Math.max(...overflow)).toBeLessThanOrEqual(1);
  const tableBox = await table.boundingBox();
  expect((tableBox?.x ?? 0) + (tableBox?.width ?? 0)).toBeLessThanOrEqual(1280);
});
