import { readFile } from "node:fs/promises";

import type { Page } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

import { expectNoAxeViolationsInBothThemes } from "../support/axe";
import { people, signIn } from "../support/sign-in";
import { expectButtonsFullyVisible } from "../support/visibility";

// Odette Lambert (invented) is used by this journey only: it changes and finally deletes her account.
const odette = people.odette;

const field = (page: Page, label: string | RegExp) => page.getByLabel(label, { exact: typeof label === "string" });

async function fillProfile(page: Page, postcode: string) {
  await field(page, /^Adresse \(numéro et rue\)/).fill("8 place Bellecour");
  await field(page, /^Code postal/).fill(postcode);
  await field(page, /^Commune/).fill("Lyon");
  await page.getByRole("combobox", { name: /^Votre situation/ }).selectOption("seul-domicile");
  await field(page, /^Téléphone/).fill("06 11 22 33 44");
  await page.getByRole("combobox", { name: /^Votre GIR/ }).selectOption("4");
  await field(page, /^Votre caisse de retraite/).fill("Carsat Rhône-Alpes");
}

test.describe("profile, told once", () => {
  test.skip(({ isMobile }) => isMobile, "changes and deletes one person's account: runs once, on desktop");

  test("Odette fills her profile once (without JavaScript too), sees it kept, downloads her data, deletes her account, and starts again empty", async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);

    await test.step("signed in, her identity comes from FranceConnect and nothing else is kept yet", async () => {
      await signIn(page, odette, "/mon-compte/profil");
      await expect(page).toHaveURL(/\/mon-compte\/profil$/);
      const identity = page.getByRole("region", { name: "Votre identité" });
      await expect(identity).toContainText("Ces informations viennent de FranceConnect");
      await expect(identity).toContainText("3 juin 1944");
      await expect(identity.getByRole("textbox")).toHaveCount(0);
      await expect(field(page, /^Adresse \(numéro et rue\)/)).toHaveValue("");
      await expect(page.getByText(/ne garde rien de plus que votre identité/)).toBeVisible();
      // The header gained « Mon compte »: every quick-access item still shows its whole text.
      await expectButtonsFullyVisible(page);
    });

    await test.step("without JavaScript: a wrong postcode and no consent are refused with messages on the fields, nothing typed is lost", async () => {
      const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL });
      await noScript.addCookies(await page.context().cookies());
      const plain = await noScript.newPage();
      await plain.goto("/mon-compte/profil");
      await fillProfile(plain, "690");
      await plain.getByRole("button", { name: "Enregistrer mon profil" }).click();
      await expect(plain.getByText("2 informations sont à corriger")).toBeVisible();
      const postcode = field(plain, /^Code postal/);
      await expect(postcode).toHaveValue("690");
      await expect(postcode).toHaveAccessibleDescription(/5 chiffres/);
      await expect(field(plain, /^Adresse \(numéro et rue\)/)).toHaveValue("8 place Bellecour");
      await expect(plain.getByRole("link", { name: /Cochez la case/ })).toHaveAttribute("href", "#profil-consentement-0");

      await postcode.fill("69002");
      await plain.getByText("J'accepte que le Portail Autonomie garde ces informations").click();
      await plain.getByRole("button", { name: "Enregistrer mon profil" }).click();
      await expect(plain.getByText("Votre profil est enregistré")).toBeVisible();
      await noScript.close();
    });

    await test.step("with JavaScript: the profile is kept, and a wrong change is refused in place, with axe clean on the errors", async () => {
      await page.reload();
      await expect(field(page, /^Adresse \(numéro et rue\)/)).toHaveValue("8 place Bellecour");
      await expect(field(page, /^Code postal/)).toHaveValue("69002");
      await expect(field(page, /^Téléphone/)).toHaveValue("0611223344");
      await expect(page.getByRole("combobox", { name: /^Votre GIR/ })).toHaveValue("4");
      await expect(page.getByText(/Enregistré avec votre accord le/)).toBeVisible();

      await field(page, /^Téléphone/).fill("12");
      await page.getByText("J'accepte que le Portail Autonomie garde ces informations").click();
      await page.getByRole("button", { name: "Enregistrer mon profil" }).click();
      await expect(page.getByText("Une information est à corriger")).toBeVisible();
      await expect(field(page, /^Téléphone/)).toHaveAccessibleDescription(/numéro de téléphone valide/);
      await expectNoAxeViolationsInBothThemes(page);

      await field(page, /^Téléphone/).fill("07 98 76 54 32");
      await page.getByText("J'accepte que le Portail Autonomie garde ces informations").click();
      await page.getByRole("button", { name: "Enregistrer mon profil" }).click();
      await expect(page.getByText("Votre profil est enregistré")).toBeVisible();
      await expect(field(page, /^Téléphone/)).toHaveValue("0798765432");
    });

    await test.step("the data-sharing log says nothing was sent yet", async () => {
      await page.goto("/mon-compte");
      await page.getByRole("link", { name: /Journal des partages/ }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Journal des partages de mes données" })).toBeVisible();
      await expect(page.getByText("Le portail n'a encore envoyé aucune de vos informations à un partenaire.")).toBeVisible();
    });

    await test.step("she downloads everything the portal holds about her, as JSON", async () => {
      await page.goto("/mon-compte/suppression");
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger mes données (JSON)" }).click()]);
      expect(download.suggestedFilename()).toMatch(/^portail-autonomie-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
      const data = JSON.parse(await readFile(await download.path(), "utf8"));
      expect(data).toMatchObject({
        format: "portail-autonomie/export-de-compte",
        identiteFranceConnect: { prenoms: "Odette", nom: "Lambert", dateDeNaissance: "1944-06-03" },
        profil: { address: { line: "8 place Bellecour", postcode: "69002", city: "Lyon" }, phone: "0798765432", gir: "4" },
      });
      expect(data.sessions.length).toBeGreaterThan(0);
    });

    await test.step("she confirms, the account is deleted and she is signed out", async () => {
      await page.getByRole("link", { name: "Continuer vers la suppression" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Confirmer la suppression de mon compte" })).toBeVisible();
      await expectNoAxeViolationsInBothThemes(page);
      await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Votre compte est supprimé" })).toBeVisible();
      await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter", includeHidden: true }).first()).toBeAttached();
      await page.goto("/mon-compte/profil");
      await expect(page.getByText("Connectez-vous pour voir et remplir votre profil.")).toBeVisible();
    });

    await test.step("signing in again gives a new, empty profile", async () => {
      await signIn(page, odette, "/mon-compte/profil");
      await expect(page).toHaveURL(/\/mon-compte\/profil$/);
      await expect(field(page, /^Adresse \(numéro et rue\)/)).toHaveValue("");
      await expect(field(page, /^Téléphone/)).toHaveValue("");
      await expect(page.getByText(/ne garde rien de plus que votre identité/)).toBeVisible();
    });
  });
});
