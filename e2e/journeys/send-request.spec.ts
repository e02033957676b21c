import type { APIRequestContext } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

import { expectNoAxeViolationsInBothThemes } from "../support/axe";
import { partnerUrls, resetPerson, subs } from "../support/partners";
import { identityProviderFormsIn, people, recordDisplayedPages, signIn } from "../support/sign-in";

// Issue #14, "send a request from the portal": a person whose profile is
// filled (Yvonne Perrin, seeded: a journey that changes partner data needs its
// own person, and Jeanne is shared by the read-only journeys) compares two
// EHPAD, sends one request to both, lands on the draft at ViaTrajectoire with
// her data there and no sign-in form, signs it, and finds it in Mes démarches.
// The refusals are integration tests (lib/applications/applications.int.test.ts).

type MapAnswer = { offres: Array<[string, string, number, number, number]> };

/** The id of the first offer around Lyon whose name contains `name`. */
async function offerId(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.get(`/api/carte?lieu=Lyon&rayon=30`);
  expect(response.status()).toBe(200);
  const offer = ((await response.json()) as MapAnswer).offres.find(([, nom]) => nom.includes(name));
  expect(offer, `an offer named "${name}" around Lyon`).toBeDefined();
  return (offer as MapAnswer["offres"][number])[0];
}

// Sites of the demo catalogue that the ViaTrajectoire stand-in handles (sandbox/via-trajectoire/data.ts).
const ACACIAS = "Hébergement permanent – Résidence Les Acacias";
const PEUPLIERS = "Hébergement permanent – EHPAD Les Peupliers";

test("« Demander une place »: one request to two compared EHPAD, pre-filled, signed at ViaTrajectoire, then in Mes démarches", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name === "mobile", "the wizard's layout is the DSFR's own; axe covers 375 px through e2e/support/pages.ts");
  test.setTimeout(120_000);
  await resetPerson(request, subs.yvonnePerrin);
  const ids = await Promise.all([offerId(request, ACACIAS), offerId(request, PEUPLIERS)]);
  await signIn(page, people.yvonne);

  await page.goto(`/comparer?${new URLSearchParams(ids.map((id) => ["offres", id])).toString()}`);
  await page.getByRole("link", { name: "Demander une place dans ces établissements" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Demander une place" })).toBeVisible();
  const establishments = page.getByRole("group", { name: /Établissements demandés/ });
  await expect(establishments.getByRole("checkbox", { name: /Résidence Les Acacias/ })).toBeChecked();
  await expect(establishments.getByRole("checkbox", { name: /EHPAD Les Peupliers/ })).toBeChecked();
  // DSFR draws the radio and the checkbox on their labels: a person clicks the label.
  await page.locator("label[for=sejour-hebergement-permanent]").click();
  await expect(page.getByRole("radio", { name: "Hébergement permanent" })).toBeChecked();
  const wished = new Date(Date.now() + 60 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel(/Date d'entrée souhaitée/).fill(wished);
  await expectNoAxeViolationsInBothThemes(page);
  await page.getByRole("button", { name: "Continuer : relire la demande" }).click();

  // The review says what goes to whom, from FranceConnect and from the profile.
  await expect(page.getByRole("heading", { level: 1, name: "Relire et envoyer la demande" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Ce qui sera envoyé à ViaTrajectoire" })).toBeVisible();
  await expect(page.getByText("18 rue Francis de Pressensé, 69100 Villeurbanne")).toBeVisible();
  await expect(page.getByText("Carsat Rhône-Alpes")).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);

  const displayed = recordDisplayedPages(page);
  await page.getByRole("button", { name: "Envoyer à ViaTrajectoire" }).click();
  await expect(page).toHaveURL(new RegExp(`^${partnerUrls["via-trajectoire"]}/demandes/brouillons/VTB-\\d{4}-\\d{6}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Demande d’admission à finaliser" })).toBeVisible();
  await expect(page.getByText("Connecté·e : Yvonne Perrin")).toBeVisible();
  await expect(page.getByText("18 rue Francis de Pressensé, 69100 Villeurbanne")).toBeVisible();
  await expect(page.getByText("Luc Perrin (Aidant)")).toBeVisible();
  await expect(page.getByText(/Résidence Les Acacias, 69001 Lyon/)).toBeVisible();
  await expect(page.getByText(/EHPAD Les Peupliers, 69120 Vaulx-en-Velin/)).toBeVisible();
  expect(identityProviderFormsIn(displayed), "no sign-in form on the way to ViaTrajectoire").toEqual([]);

  await page.locator("label[for=certification]").click();
  await page.getByRole("button", { name: "Signer et envoyer la demande" }).click();
  await expect(page.getByRole("heading", { name: "Vos demandes sont envoyées" })).toBeVisible();

  await page.goto("/mes-demarches");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: /Résidence Les Acacias/ })).toBeVisible();
  await expect(main.getByRole("heading", { name: /EHPAD Les Peupliers/ })).toBeVisible();

  // The prepared request now says it was sent, to be signed at the partner.
  await page.goto("/demander");
  await expect(page.getByText("Envoyée, à signer")).toBeVisible();
});
