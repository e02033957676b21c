import { readFile } from "node:fs/promises";

import type { APIRequestContext, Page } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

import { expectNoAxeViolationsInBothThemes } from "../support/axe";
import { partnerUrls, resetPerson, subs } from "../support/partners";
import { identityProviderFormsIn, people, recordDisplayedPages, signIn } from "../support/sign-in";

// Issue #14, "tell us once", in one journey: Yvonne Perrin (a journey that
// changes partner data needs its own person; Jeanne is shared by the read-only
// journeys) types her profile once, compares two EHPAD, sends one request to
// both, lands on the draft at ViaTrajectoire with what she typed already there
// and no sign-in form, signs it, finds it in Mes démarches and in her
// data-sharing log, downloads her data, deletes her account, and her data are
// gone. The journey fills every field itself (the seed's profile is only for the
// demo), so a retry after the deletion runs the same. The refusals are
// integration tests (lib/applications/applications.int.test.ts); the profile
// form's errors and no-JavaScript use are in profile.spec.ts.

type MapAnswer = { offres: Array<[string, string, number, number, number]> };

/** The id of the first offer around Lyon whose name contains `name`. */
async function offerId(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.get(`/api/carte?lieu=Lyon&rayon=30`);
  expect(response.status()).toBe(200);
  const offer = ((await response.json()) as MapAnswer).offres.find(([, nom]) => nom.includes(name));
  expect(offer, `an offer named "${name}" around Lyon`).toBeDefined();
  return (offer as MapAnswer["offres"][number])[0];
}

const field = (page: Page, label: RegExp) => page.getByLabel(label);

/** Her profile, typed once: every value below must reach ViaTrajectoire unchanged. */
async function fillProfile(page: Page) {
  await field(page, /^Adresse \(numéro et rue\)/).fill("5 rue Paul Bert");
  await field(page, /^Code postal/).fill("69003");
  await field(page, /^Commune/).fill("Lyon");
  await page.getByRole("combobox", { name: /^Votre situation/ }).selectOption("seul-domicile");
  await field(page, /^Téléphone \*/).fill("06 21 43 65 87");
  await page.getByRole("combobox", { name: /^Votre GIR/ }).selectOption("2");
  await field(page, /^Votre caisse de retraite/).fill("Carsat Rhône-Alpes");
  await page.getByText("Un aidant (proche qui m'aide)").click();
  await field(page, /^Son nom et son prénom/).fill("Luc Perrin");
  await field(page, /^Son téléphone/).fill("06 98 76 54 32");
  await page.getByText("J'accepte que le Portail Autonomie garde ces informations").click();
  await page.getByRole("button", { name: "Enregistrer mon profil" }).click();
  await expect(page.getByText("Votre profil est enregistré")).toBeVisible();
}

// Sites of the demo catalogue that the ViaTrajectoire stand-in handles (sandbox/via-trajectoire/data.ts).
const ACACIAS = "Hébergement permanent – Résidence Les Acacias";
const PEUPLIERS = "Hébergement permanent – EHPAD Les Peupliers";

test("told once: her profile typed once pre-fills one request to two compared EHPAD, signed at ViaTrajectoire, in Mes démarches and her log; then export and account deletion", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name === "mobile", "the wizard's layout is the DSFR's own; axe covers 375 px through e2e/support/pages.ts");
  test.setTimeout(150_000);
  await resetPerson(request, subs.yvonnePerrin);
  const ids = await Promise.all([offerId(request, ACACIAS), offerId(request, PEUPLIERS)]);
  await signIn(page, people.yvonne, "/mon-compte/profil");
  await expect(page).toHaveURL(/\/mon-compte\/profil$/);
  await fillProfile(page);

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
  await expect(page.getByText("5 rue Paul Bert, 69003 Lyon")).toBeVisible();
  await expect(page.getByText("Carsat Rhône-Alpes")).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);

  const displayed = recordDisplayedPages(page);
  await page.getByRole("button", { name: "Envoyer à ViaTrajectoire" }).click();
  await expect(page).toHaveURL(new RegExp(`^${partnerUrls["via-trajectoire"]}/demandes/brouillons/VTB-\\d{4}-\\d{6}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Demande d’admission à finaliser" })).toBeVisible();
  await expect(page.getByText("Connecté·e : Yvonne Perrin")).toBeVisible();
  await expect(page.getByText("5 rue Paul Bert, 69003 Lyon")).toBeVisible();
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

  // Her data-sharing log says what went to ViaTrajectoire.
  await page.goto("/mon-compte/journal");
  const log = page.getByRole("table", { name: /Envois de vos informations/ });
  await expect(log.getByRole("row").filter({ hasText: "ViaTrajectoire" })).toHaveCount(1);
  await expect(log).toContainText("établissements, type de séjour et date souhaitée");

  // Export first, then the account and everything derived from it are gone.
  await page.goto("/mon-compte/suppression");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger mes données (JSON)" }).click()]);
  const data = JSON.parse(await readFile(await download.path(), "utf8"));
  expect(data).toMatchObject({ profil: { address: { line: "5 rue Paul Bert", postcode: "69003", city: "Lyon" }, gir: "2" } });
  expect(data.demandesPreparees).toEqual([expect.objectContaining({ partenaire: "via-trajectoire", etat: "envoyee" })]);
  expect(data.journalDesPartages).toEqual([expect.objectContaining({ destinataire: "ViaTrajectoire" })]);
  await page.getByRole("link", { name: "Continuer vers la suppression" }).click();
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Votre compte est supprimé" })).toBeVisible();

  await signIn(page, people.yvonne, "/mon-compte/profil");
  await expect(field(page, /^Adresse \(numéro et rue\)/)).toHaveValue("");
  await page.goto("/mon-compte/journal");
  await expect(page.getByText("Le portail n'a encore envoyé aucune de vos informations à un partenaire.")).toBeVisible();
  await page.goto("/demander");
  await expect(page.getByText("Envoyée, à signer")).toHaveCount(0);
});
