import type { Page } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

import { expectNoAxeViolationsInBothThemes } from "../support/axe";
import { mapRegion, openPointPopup, withoutWebGl } from "../support/map";

// axe on the map view of a search, in each of its states, in both themes (one
// page load each: MapLibre on software WebGL is slow to start) and both projects.
const MAP_PAGE = "/recherche/carte?lieu=Lyon";

async function openMapPage(page: Page): Promise<void> {
  await page.goto(MAP_PAGE);
  await expect(page.locator("main#main")).toBeVisible();
}

test("axe: map view with its points loaded, light and dark", async ({ page }) => {
  await openMapPage(page);
  await expect(page.getByText(/solutions? affichées? sur la carte/)).toBeVisible({ timeout: 20_000 });
  await expect(mapRegion(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Zoomer", exact: true })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
});

test("axe: map view with an offer's popup open, light and dark", async ({ page }) => {
  await openMapPage(page);
  const popup = await openPointPopup(page);
  await expect(popup.getByRole("link", { name: /^Voir la fiche/ }).first()).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
});

test("axe: map view without WebGL, light and dark", async ({ page }) => {
  await withoutWebGl(page);
  await openMapPage(page);
  await expect(page.getByText("La carte ne peut pas s'afficher sur cet appareil.", { exact: false })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
});

test("axe: map view when the points cannot be loaded, light and dark", async ({ page }) => {
  await page.route(
    (url) => url.pathname === "/api/carte",
    (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ message: "La carte est momentanément indisponible. Réessayez dans quelques instants ; la liste des résultats reste disponible." }),
      }),
  );
  await openMapPage(page);
  await expect(page.getByRole("button", { name: "Réessayer d'afficher la carte" })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
});
