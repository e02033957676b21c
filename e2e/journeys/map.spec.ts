import { expect, test } from "../support/csp-violations";

import { mapRegion, waitForMarks, scaleMetres, closestToCentre, openPointPopup, withoutWebGl } from "../support/map";

// The map view of a search (/recherche/carte), against the e2e portal's catalogue around Lyon.
// Clusters and points are drawn on a WebGL canvas: the helpers below find them on a
// screenshot by their colour (the DSFR blue of each theme) and size, then click them
// like a person would.
const MAP_PAGE = "/recherche/carte?lieu=Lyon";
const API = "/api/carte?lieu=Lyon";
const WEBGL_MESSAGE = "La carte ne peut pas s'afficher sur cet appareil. La liste des résultats ci-dessous contient les mêmes informations.";

test.describe("map view of a search", () => {
  test("shows the search's offers as clusters, with a French summary and French controls", async ({ page, request }) => {
    const api = await request.get(API);
    expect(api.status()).toBe(200);
    const total = ((await api.json()) as { offres: unknown[] }).offres.length;
    expect(total, "the e2e catalogue has offers around Lyon").toBeGreaterThan(20);

    await page.goto(MAP_PAGE);
    const marks = await waitForMarks(page);
    expect(marks.clusters.length).toBeGreaterThan(0);
    await expect(page.getByText(`${total.toLocaleString("fr-FR")} solutions affichées sur la carte, dans un rayon de 20 km autour de Lyon`)).toBeVisible();
    await expect(page.getByRole("button", { name: "Zoomer", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Dézoomer", exact: true })).toBeVisible();
    await expect(mapRegion(page)).toHaveAttribute("aria-label", /liste des résultats.*mêmes informations/);
  });

  test("clicking a cluster zooms in on it", async ({ page }) => {
    await page.goto(MAP_PAGE);
    const marks = await waitForMarks(page);
    const box = await mapRegion(page).boundingBox();
    const before = await scaleMetres(page);
    expect(before).toBeGreaterThan(0);
    const cluster = closestToCentre(marks.clusters, box as NonNullable<typeof box>);
    await page.mouse.click(cluster.x, cluster.y);
    await expect.poll(() => scaleMetres(page), { timeout: 10_000 }).toBeLessThan(before);
  });

  test("clicking a point opens a popup with the offer's name and a link to its page", { tag: "@mobile" }, async ({ page, request }) => {
    const names = ((await (await request.get(API)).json()) as { offres: Array<[string, string]> }).offres.map(([, nom]) => nom);
    await page.goto(MAP_PAGE);
    const popup = await openPointPopup(page);
    const name = (await popup.locator(".fr-text--bold").first().textContent()) ?? "";
    expect(names).toContain(name);
    const link = popup.getByRole("link", { name: /^Voir la fiche/ });
    await expect(link).toHaveAttribute("href", /^\/offres\/[^/]+$/);
    await expect(link).toHaveAccessibleName(`Voir la fiche de ${name}`);
    const href = (await link.getAttribute("href")) as string;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  });

  test("a popup adds its offer to the comparison, kept in the page's URL as on the list", async ({ page }) => {
    await page.goto(MAP_PAGE);
    const popup = await openPointPopup(page);
    const add = popup.getByRole("link", { name: "Ajouter à la comparaison" }).first();
    // The fragment brings a page loaded without JavaScript back to the toggle.
    await expect(add).toHaveAttribute("href", /^\/recherche\/carte\?lieu=Lyon&comparer=[^&#]+(#[^&]*)?$/);
    const id = decodeURIComponent(((await add.getAttribute("href")) as string).split("comparer=")[1]?.split("#")[0] as string);
    await add.click();
    await expect(page).toHaveURL((url) => url.pathname === "/recherche/carte" && url.searchParams.getAll("comparer").includes(id));
    await expect(page.getByText(/1 solution sélectionnée pour la comparaison/)).toBeVisible();

    // From the map to an offer's page and back: the search and the selection go along.
    const again = await openPointPopup(page);
    await again.getByRole("link", { name: /^Voir la fiche/ }).first().click();
    await expect(page).toHaveURL((url) => url.pathname.startsWith("/offres/") && url.searchParams.get("lieu") === "Lyon" && url.searchParams.getAll("comparer").includes(id));
    await expect(page.getByText(/1 solution sélectionnée pour la comparaison/)).toBeVisible();
    await page.getByRole("navigation", { name: "vous êtes ici :" }).getByRole("link", { name: "Trouver une solution" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/recherche" && url.searchParams.get("lieu") === "Lyon" && url.searchParams.getAll("comparer").includes(id));
  });

  test("Escape closes the popup and gives the focus back to the map", async ({ page, isMobile }) => {
    test.skip(isMobile, "keyboard journeys run on desktop");
    await page.goto(MAP_PAGE);
    const popup = await openPointPopup(page);
    await popup.getByRole("link", { name: /^Voir la fiche/ }).focus();
    await page.keyboard.press("Escape");
    await expect(popup).toHaveCount(0);
    await expect(mapRegion(page)).toBeFocused();
  });

  test("the map is operable with the keyboard: focus it, then + zooms in", async ({ page, isMobile }) => {
    test.skip(isMobile, "keyboard journeys run on desktop");
    await page.goto(MAP_PAGE);
    await waitForMarks(page);
    const before = await scaleMetres(page);
    await mapRegion(page).focus();
    await expect(mapRegion(page)).toBeFocused();
    await page.keyboard.press("+");
    await expect.poll(() => scaleMetres(page), { timeout: 10_000 }).toBeLessThan(before);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Zoomer", exact: true })).toBeFocused();
  });

  test("with reduced motion, a cluster click jumps to its zoom without an animation", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(MAP_PAGE);
    const marks = await waitForMarks(page);
    const box = await mapRegion(page).boundingBox();
    const before = await scaleMetres(page);
    const cluster = closestToCentre(marks.clusters, box as NonNullable<typeof box>);
    await page.mouse.click(cluster.x, cluster.y);
    let first = before;
    await expect.poll(async () => (first = await scaleMetres(page)), { timeout: 10_000, intervals: [20] }).toBeLessThan(before);
    // An animated zoom would still be moving: the first new scale is the last one.
    await page.waitForTimeout(800);
    expect(await scaleMetres(page)).toBe(first);
  });

  test("without WebGL, a French message explains and no map is drawn", async ({ page }) => {
    await withoutWebGl(page);
    await page.goto(MAP_PAGE);
    await expect(page.getByText(WEBGL_MESSAGE)).toBeVisible();
    await expect(page.locator("canvas")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("when MapLibre itself cannot get a WebGL context, the same message shows", async ({ page }) => {
    // The component's own probe succeeds; the map's request (the next one) fails.
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      let webgl2Requests = 0;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        if (kind === "webgl2" && ++webgl2Requests > 1) return null;
        return (original as (...args: unknown[]) => unknown).call(this, kind, ...rest);
      } as typeof original;
    });
    await page.goto(MAP_PAGE);
    await expect(page.getByText(WEBGL_MESSAGE)).toBeVisible();
  });

  test("when the points cannot be loaded, a French error offers to try again", async ({ page }) => {
    let failing = true;
    await page.route(
      (url) => url.pathname === "/api/carte",
      async (route) => {
        if (!failing) return route.continue();
        await route.fulfill({
          status: 503,
          contentType: "application/json",
          body: JSON.stringify({ message: "La carte est momentanément indisponible. Réessayez dans quelques instants ; la liste des résultats reste disponible." }),
        });
      },
    );
    await page.goto(MAP_PAGE);
    await expect(page.getByText("La carte est momentanément indisponible.", { exact: false })).toBeVisible();
    failing = false;
    await page.getByRole("button", { name: "Réessayer d'afficher la carte" }).click();
    await waitForMarks(page);
  });
});
