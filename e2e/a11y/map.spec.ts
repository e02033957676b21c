import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "../support/axe";
import { mapRegion, openPointPopup } from "../support/map";
import { expectTheme, useTheme, type Theme } from "../support/theme";

// axe on the map view of a search, in each of its states, in both themes and both projects.
const MAP_PAGE = "/recherche/carte?lieu=Lyon";
const themes: Theme[] = ["light", "dark"];

async function openMapPage(page: Page, theme: Theme): Promise<void> {
  await page.goto(MAP_PAGE);
  await expectTheme(page, theme);
  await expect(page.locator("main#main")).toBeVisible();
}

for (const theme of themes) {
  test(`axe: map view with its points loaded, in ${theme} theme`, async ({ page }) => {
    await useTheme(page, theme);
    await openMapPage(page, theme);
    await expect(page.getByText(/solutions? affichées? sur la carte/)).toBeVisible({ timeout: 20_000 });
    await expect(mapRegion(page)).toBeVisible();
    await expect(page.getByRole("button", { name: "Zoomer", exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`axe: map view with an offer's popup open, in ${theme} theme`, async ({ page }) => {
    await useTheme(page, theme);
    await openMapPage(page, theme);
    const popup = await openPointPopup(page);
    await expect(popup.getByRole("link", { name: /^Voir la fiche/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`axe: map view without WebGL, in ${theme} theme`, async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        if (kind === "webgl" || kind === "webgl2" || kind === "experimental-webgl") return null;
        return (original as (...args: unknown[]) => unknown).call(this, kind, ...rest);
      } as typeof original;
    });
    await useTheme(page, theme);
    await openMapPage(page, theme);
    await expect(page.getByText("La carte ne peut pas s'afficher sur cet appareil.", { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`axe: map view when the points cannot be loaded, in ${theme} theme`, async ({ page }) => {
    await page.route(
      (url) => url.pathname === "/api/carte",
      (route) =>
        route.fulfill({
          status: 503,
          contentType: "application/json",
          body: JSON.stringify({ message: "La carte est momentanément indisponible. Réessayez dans quelques instants ; la liste des résultats reste disponible." }),
        }),
    );
    await useTheme(page, theme);
    await openMapPage(page, theme);
    await expect(page.getByRole("button", { name: "Réessayer d'afficher la carte" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
