import { expect, test } from "../support/csp-violations";
import { openHeaderMenu } from "../support/header";

import { siteRoutes } from "../../lib/site-map";
import { expectTheme } from "../support/theme";

test("the header names the service and offers the main sections", { tag: "@mobile" }, async ({ page, isMobile }) => {
  await page.goto("/");
  await expect(page.getByRole("banner")).toContainText("Portail Autonomie");
  if (isMobile) await openHeaderMenu(page);
  const navigation = page.getByRole("navigation", { name: "Menu principal" });
  for (const name of ["Trouver une solution", "Mes démarches", "Comprendre mes droits"]) {
    await expect(navigation.getByRole("link", { name })).toBeVisible();
  }
});

test("the footer states the true accessibility status and links the mandatory pages", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: "Accessibilité : non conforme" })).toHaveAttribute("href", "/accessibilite");
  await expect(footer.getByRole("link", { name: "Mentions légales" })).toHaveAttribute("href", "/mentions-legales");
  await expect(footer.getByRole("link", { name: "Plan du site" })).toHaveAttribute("href", "/plan-du-site");
  await expect(footer.getByRole("link", { name: "Données personnelles" })).toHaveAttribute("href", "/donnees-personnelles");
});

test("the site map lists every route", async ({ page }) => {
  await page.goto("/plan-du-site");
  const plan = page.getByRole("main").locator("section");
  for (const route of siteRoutes) {
    await expect(plan.getByRole("link", { name: route.title, exact: true })).toHaveAttribute("href", route.path);
  }
});

test("the accessibility declaration is real and says « non conforme »", async ({ page }) => {
  await page.goto("/accessibilite");
  await expect(page.getByRole("heading", { name: "État de conformité" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("non conforme");
  await expect(page.getByRole("heading", { name: "Voies de recours" })).toBeVisible();
});

test("the display settings switch to the dark theme and remember it", async ({ page, isMobile }) => {
  test.skip(isMobile, "the footer item is exercised on desktop");
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await expectTheme(page, "light");
  const dialog = page.getByRole("dialog", { name: "Paramètres d'affichage" });
  // The DSFR script wires the dialog after load; retry the click until it opens.
  await expect(async () => {
    await page.getByRole("contentinfo").getByRole("button", { name: "Paramètres d'affichage" }).click();
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await dialog.getByText("Thème sombre").click();
  await expectTheme(page, "dark");
  await page.goto("/plan-du-site");
  await expectTheme(page, "dark");
});

test("the system theme follows the device setting", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expectTheme(page, "dark");
});

test("the health endpoint reports a migrated database", async ({ request }) => {
  const response = await request.get("/api/sante");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ statut: "ok", baseDeDonnees: "pglite" });
  expect(body.migrations).toBeGreaterThanOrEqual(1);
});

test("a page downloads only itself: the pages it links to are fetched on a click, not before", async ({ page }) => {
  const prefetched: string[] = [];
  // Next.js fetches a page's data for client-side navigation with a `_rsc` parameter.
  page.on("request", (request) => {
    if (new URL(request.url()).searchParams.has("_rsc")) prefetched.push(request.url());
  });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-fr-js", "true");
  await page.getByRole("contentinfo").scrollIntoViewIfNeeded();
  await page.waitForLoadState("networkidle");
  expect(prefetched).toEqual([]);
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Comprendre mes droits" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Comprendre mes droits" })).toBeVisible();
  expect(prefetched.length).toBeGreaterThan(0);
});
