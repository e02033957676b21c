import type { APIRequestContext, Page } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

import { partnerUrls } from "../support/partners";
import { chooseIdentity, people } from "../support/sign-in";

// Offer pages (/offres/<id>) as a person reads them: where "Préparer une demande" leads,
// what an establishment for disabled people asks first, hours, ages, plain words, the
// update date, a narrow screen with large text, and an unknown offer.

type MapAnswer = { offres: Array<[string, string, number, number, number]> };

/** The id of the first offer around `lieu` whose name contains `name` (the map's JSON lists every offer of a search). */
async function offerId(request: APIRequestContext, lieu: string, name: string): Promise<string> {
  const response = await request.get(`/api/carte?lieu=${encodeURIComponent(lieu)}&rayon=30`);
  expect(response.status()).toBe(200);
  const offer = ((await response.json()) as MapAnswer).offres.find(([, nom]) => nom.includes(name));
  expect(offer, `an offer named "${name}" around ${lieu}`).toBeDefined();
  return (offer as MapAnswer["offres"][number])[0];
}

const openOffer = async (page: Page, request: APIRequestContext, lieu: string, name: string) => {
  await page.goto(`/offres/${encodeURIComponent(await offerId(request, lieu, name))}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
};

// Sites of the demo catalogue that the ViaTrajectoire stand-in knows (sandbox/via-trajectoire/data.ts).
const EHPAD = { lieu: "Lyon", name: "Hébergement permanent – Résidence Les Acacias", finess: "690000001" };
const FAM = { lieu: "Marseille", name: "Accueil médicalisé – Foyer d'accueil médicalisé La Pinède" };

test.describe("offer page", () => {
  test("« Préparer une demande » opens ViaTrajectoire on this establishment, not on a generic page", async ({ page, request }, testInfo) => {
    test.skip(testInfo.project.name === "mobile", "one sign-in journey is enough");
    await openOffer(page, request, EHPAD.lieu, EHPAD.name);
    const link = page.getByRole("link", { name: /Préparer une demande sur ViaTrajectoire/ });
    await expect(link).toHaveAttribute("href", `${partnerUrls["via-trajectoire"]}/demandes/nouvelle/${EHPAD.finess}`);
    await link.click();
    await chooseIdentity(page, people.jeanne);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Nouvelle demande d’admission");
    await expect(page.getByText("Résidence Les Acacias")).toBeVisible();
    await expect(page.getByText(EHPAD.finess)).toBeVisible();
  });

  test("an establishment for disabled people explains the CDAPH orientation first and links to the MDPH procedure", async ({ page, request }) => {
    await openOffer(page, request, FAM.lieu, FAM.name);
    const section = page.getByRole("region", { name: "Préparer une demande" });
    await expect(section).toContainText("orientation");
    await expect(section).toContainText("CDAPH");
    await expect(section).not.toContainText("dossier unique");
    await section.getByRole("link", { name: /demande à la MDPH/ }).click();
    await expect(page).toHaveURL(/\/comprendre\/demarches\/demande-mdph$/);
  });

  test("an EHPAD open day and night says « Ouvert 24 h/24, 7 j/7 », and its ages without « 120 ans »", async ({ page, request }) => {
    await openOffer(page, request, EHPAD.lieu, EHPAD.name);
    await expect(page.getByText("Ouvert 24 h/24, 7 j/7")).toBeVisible();
    await expect(page.getByText("00 h 00")).toHaveCount(0);
    await expect(page.getByText("Âge : à partir de 60 ans")).toBeVisible();
    await expect(page.getByText(/120 ans/)).toHaveCount(0);
  });

  test("the page speaks plain French: no « ESMS », « (PA) » or « (PH) »", async ({ page, request }) => {
    for (const [lieu, name] of [[EHPAD.lieu, EHPAD.name], [FAM.lieu, FAM.name]] as const) {
      await openOffer(page, request, lieu, name);
      const text = (await page.locator("main").innerText()).replace(/\s+/g, " ");
      expect(text).not.toMatch(/ESMS|\(PA\)|\(PH\)/);
    }
    await expect(page.getByText("Personnes en situation de handicap", { exact: false }).first()).toBeVisible();
  });

  test("the list card and the offer page give the same update date", async ({ page }) => {
    await page.goto("/recherche?lieu=Lyon&groupe=en-etablissement");
    const card = page.locator(".portal-result").first();
    const date = /mise à jour le (.+)$/.exec((await card.locator(".portal-result__meta").innerText()).trim())?.[1];
    expect(date, "the card's update date").toBeTruthy();
    await card.getByRole("heading").getByRole("link").click();
    await expect(page.getByText(`Informations mises à jour le ${date}`)).toBeVisible();
    // One date for the offer: the page no longer adds other "mis à jour" dates of its sources.
    await expect(page.locator("main").getByText(/mise?s? à jour/)).toHaveCount(1);
  });

  test("at 375 px with text at 200 %, the hours fit the screen (nothing to scroll sideways)", { tag: "@mobile" }, async ({ page, request }, testInfo) => {
    test.skip(testInfo.project.name !== "mobile", "a narrow screen");
    await openOffer(page, request, "Lyon", "Service de soins infirmiers");
    // The person's own text size, set through the CSSOM (an injected <style> is refused by the page's CSP, as it should be).
    await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%", "important"));
    await expect(page.getByRole("heading", { name: "Horaires" })).toBeVisible();
    await expect(page.getByText(/Lundi/i).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  // In production builds, notFound() from a page serves Next's client-rendered error shell
  // (<html id="__next_error__">, next.js#98295); React then resets the <html> attributes, which made
  // react-dsfr's theme observer throw. The layout's placeholder theme and RestoreColorScheme prevent it.
  test("an unknown offer shows the DSFR « Page non trouvée » without any JavaScript error, in the person's theme", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message} ${error.stack ?? ""}`));
    page.on("console", (message) => {
      if (message.type() === "error" && !/status of 404/.test(message.text())) errors.push(`console: ${message.text()}`);
    });
    const response = await page.goto("/offres/inexistant");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page non trouvée" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
    await expect(page.locator("html")).toHaveAttribute("data-fr-theme", "dark");
  });
});
