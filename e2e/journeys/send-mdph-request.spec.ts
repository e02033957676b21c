import { expect, test } from "../support/csp-violations";

import { partnerUrls, resetPerson, subs } from "../support/partners";
import { chooseIdentity, identityProviderFormsIn, people, recordDisplayedPages } from "../support/sign-in";

// Issue #14, « Préparer une demande à la MDPH »: Inès Fontaine (invented, used by this journey only:
// it creates a draft at MDPH en ligne and fills her profile) reads the MDPH page without being
// signed in, follows its link, signs in with FranceConnect, completes her profile when the review
// says it is empty, sends, and lands on the draft at MDPH en ligne with her identity and contact
// already there and no sign-in form on the way; the data-sharing log shows the sending.
// The refusals are integration tests (lib/applications/applications.int.test.ts).

const ines = people.ines;

test("« Préparer une demande à la MDPH »: from the MDPH page to a pre-filled draft at MDPH en ligne, written in the data-sharing log", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name === "mobile", "changes one person's data: runs once, on desktop; axe covers 375 px through e2e/support/pages.ts");
  test.setTimeout(120_000);
  await resetPerson(request, subs.inesFontaine);

  await test.step("signed out, the MDPH page leads to the preparation, which asks to sign in with FranceConnect first", async () => {
    await page.goto("/comprendre/demarches/demande-mdph");
    await page.getByRole("link", { name: /^Préparer une demande à la MDPH/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Préparer une demande à la MDPH" })).toBeVisible();
    await expect(page.getByText("Connectez-vous pour préparer votre demande.")).toBeVisible();
    await page.getByRole("button", { name: /S’identifier avec\s*FranceConnect/ }).click();
    await chooseIdentity(page, ines);
    await expect(page).toHaveURL(/\/demander\/mdph$/);
    await page.getByRole("button", { name: "Préparer ma demande" }).click();
  });

  const reviewUrl = await test.step("the review says her profile is empty: only her FranceConnect identity would be sent", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Relire et envoyer la demande" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Ce qui sera envoyé à MDPH en ligne" })).toBeVisible();
    await expect(page.getByText(/Votre profil ne contient pas encore votre adresse/)).toBeVisible();
    return page.url();
  });

  await test.step("she fills her profile once, with the person to contact", async () => {
    await page.getByRole("link", { name: "Modifier mon profil" }).click();
    await page.getByLabel(/^Adresse \(numéro et rue\)/).fill("14 rue Nationale");
    await page.getByLabel(/^Code postal/).fill("59000");
    await page.getByLabel(/^Commune/).fill("Lille");
    await page.getByRole("combobox", { name: /^Votre situation/ }).selectOption("chez-un-proche");
    await page.getByLabel(/^Téléphone/).fill("07 12 34 56 78");
    await page.getByRole("combobox", { name: /^Votre GIR/ }).selectOption("inconnu");
    // DSFR draws radios and checkboxes on their labels: a person clicks the label.
    await page.getByRole("group", { name: "Qui est cette personne ?" }).getByText("Un aidant (proche qui m'aide)").click();
    await page.getByLabel("Son nom et son prénom").fill("Paul Fontaine");
    await page.getByLabel("Son téléphone").fill("06 98 76 54 32");
    await page.getByText("J'accepte que le Portail Autonomie garde ces informations").click();
    await page.getByRole("button", { name: "Enregistrer mon profil" }).click();
    await expect(page.getByText("Votre profil est enregistré")).toBeVisible();
  });

  await test.step("the review lists what goes to MDPH en ligne: identity from FranceConnect, contact from the profile", async () => {
    await page.goto(reviewUrl);
    const sent = page.getByRole("main").locator("dl");
    await expect(sent.getByRole("definition").filter({ hasText: "Fontaine" }).first()).toContainText("Donné par FranceConnect");
    await expect(sent.getByRole("definition").filter({ hasText: "14 rue Nationale, 59000 Lille" })).toContainText("Donné dans votre profil");
    await expect(sent.getByRole("definition").filter({ hasText: "Paul Fontaine (aidant), 0698765432" })).toContainText("Donné dans votre profil");
    await expect(page.getByText(/Votre profil ne contient pas encore/)).toHaveCount(0);
  });

  await test.step("sent, she lands on the draft at MDPH en ligne, already filled, with no sign-in form on the way", async () => {
    const displayed = recordDisplayedPages(page);
    await page.getByRole("button", { name: "Envoyer à MDPH en ligne" }).click();
    await expect(page).toHaveURL(new RegExp(`^${partnerUrls["mdph-en-ligne"]}/demandes/brouillons/MDPHB-\\d{4}-\\d{6}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Demande à la MDPH à finaliser" })).toBeVisible();
    await expect(page.getByText("Connecté·e : Inès Fontaine")).toBeVisible();
    await expect(page.getByText("MDPH du Nord (fictive)")).toBeVisible();
    await expect(page.getByText("18 mars 1997")).toBeVisible();
    await expect(page.getByText("14 rue Nationale, 59000 Lille")).toBeVisible();
    await expect(page.getByText("Paul Fontaine (Aidant), 0698765432")).toBeVisible();
    expect(identityProviderFormsIn(displayed), "no sign-in form on the way to MDPH en ligne").toEqual([]);
  });

  await test.step("her data-sharing log shows the sending: what, to whom, why, by whom", async () => {
    await page.goto("/mon-compte/journal");
    const row = page.getByRole("row").filter({ hasText: "MDPH en ligne" });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("identité, adresse, téléphone, courriel, personne à contacter");
    await expect(row).toContainText(/nouvelle demande à la MDPH \(brouillon à signer\) \(référence MDPHB-\d{4}-\d{6}\)/);
    await expect(row).toContainText("Vous");
  });
});
