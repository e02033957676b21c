import { expect, test } from "../support/csp-violations";

import { distanceMeters } from "../../lib/geo/distance";
import { mapRegion, openPointPopup } from "../support/map";

// The map view: without JavaScript, where its towns and offers are, and its popups on a phone.

/** Real commune centres (town halls, rounded), independent of the demo data. */
const REAL_CENTRES = {
  Lyon: { latitude: 45.758, longitude: 4.835 },
  Villeurbanne: { latitude: 45.771, longitude: 4.88 },
  Tarare: { latitude: 45.896, longitude: 4.433 },
  "Villefranche-sur-Saône": { latitude: 45.989, longitude: 4.719 },
} as const;

type PlaceLabels = { features: Array<{ geometry: { coordinates: [number, number] }; properties: { nom: string } }> };
type MapAnswer = { offres: Array<[string, string, number, number, number]> };

test.describe("map view fixes", () => {
  test("without JavaScript, the page says the map needs it and shows the list of results", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/recherche/carte?lieu=Lyon");
    await expect(page.getByText("La carte a besoin de JavaScript")).toBeVisible();
    await expect(page.getByText("Chargement de la carte…")).toBeHidden();
    // The same results, rendered by the server, with links to each offer.
    await expect(page.locator(".portal-result").first()).toBeVisible();
    await expect(page.locator(".portal-result").first().getByRole("link").first()).toHaveAttribute("href", /^\/offres\//);
    await context.close();
  });

  test("town labels sit at the towns' real places", async ({ request }) => {
    const response = await request.get("/api/carte/lieux?bbox=4.2,45.6,5.1,46.1");
    expect(response.status()).toBe(200);
    const labels = ((await response.json()) as PlaceLabels).features;
    for (const [nom, centre] of Object.entries(REAL_CENTRES)) {
      const label = labels.find((feature) => feature.properties.nom === nom);
      expect(label, `a label for ${nom}`).toBeDefined();
      const [longitude, latitude] = (label as PlaceLabels["features"][number]).geometry.coordinates;
      expect(distanceMeters({ latitude, longitude }, centre), `${nom}'s label`).toBeLessThan(3_000);
    }
  });

  test("a commune's offers lie within a few km of its centre", async ({ request }) => {
    for (const [nom, centre] of Object.entries(REAL_CENTRES)) {
      // A 5 km search around the commune: every offer found is close to its real centre.
      const answer = (await (await request.get(`/api/carte?lieu=${encodeURIComponent(nom)}&rayon=5`)).json()) as MapAnswer;
      expect(answer.offres.length, `offers around ${nom}`).toBeGreaterThan(0);
      for (const [, offer, , longitude, latitude] of answer.offres) {
        expect(distanceMeters({ latitude, longitude }, centre), `${offer} (${nom})`).toBeLessThan(7_500);
      }
    }
  });

  test("the list prints the real distance from Villeurbanne to an offer in Tarare (about 39 km)", async ({ page, request }) => {
    // The list is sorted by distance, 20 sites to a page (the offers of one site share its place): find on
    // which page the first site at Tarare's real place is.
    const answer = (await (await request.get("/api/carte?lieu=Villeurbanne&rayon=50")).json()) as MapAnswer;
    const sites = new Map(answer.offres.map(([, , , longitude, latitude]) => [`${latitude.toFixed(5)},${longitude.toFixed(5)}`, { latitude, longitude }]));
    const points = [...sites.values()];
    points.sort((a, b) => distanceMeters(a, REAL_CENTRES.Villeurbanne) - distanceMeters(b, REAL_CENTRES.Villeurbanne));
    const rank = points.findIndex((point) => distanceMeters(point, REAL_CENTRES.Tarare) < 3_000);
    expect(rank, "an offer at Tarare's real place").toBeGreaterThanOrEqual(0);
    const number = Math.floor(rank / 20) + 1;
    let text = "";
    for (const candidate of [number, number + 1, number - 1, number + 2, number - 2].filter((value) => value >= 1)) {
      await page.goto(`/recherche?lieu=Villeurbanne&rayon=50&page=${candidate}`);
      const cards = page.locator(".portal-result").filter({ hasText: /69170 Tarare/ });
      if ((await cards.count()) > 0) {
        text = await cards.first().innerText();
        break;
      }
    }
    const km = Number(/([\d,]+)\s*km/.exec(text)?.[1]?.replace(",", "."));
    expect(km, text).toBeGreaterThan(36);
    expect(km, text).toBeLessThan(42);
  });

  test("at 375 px, an offer's popup fits inside the map", { tag: "@mobile" }, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "mobile", "a phone screen");
    await page.goto("/recherche/carte?lieu=Lyon");
    // Around Lyon the point reached this way lies near the map's left edge, where the popup used to be cut.
    const popup = await openPointPopup(page);
    await expect(popup.getByRole("link", { name: /^Voir la fiche/ })).toBeVisible();
    // Give the map the time to move under the popup, then measure what the person sees.
    await page.waitForTimeout(800);
    const [box, map] = [await popup.locator(".maplibregl-popup-content").boundingBox(), await mapRegion(page).boundingBox()];
    if (!box || !map) throw new Error("popup or map not drawn");
    expect(box.x).toBeGreaterThanOrEqual(map.x - 1);
    expect(box.y).toBeGreaterThanOrEqual(map.y - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height + 1);
  });
});
