import type { Locator, Page } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

const WIZARD = "/comprendre/que-voulez-vous-faire";

/** True when the element's top is inside the window: what the person sees without scrolling. */
async function expectOnScreen(page: Page, locator: Locator) {
  await expect(locator).toBeInViewport();
  const top = await locator.evaluate((element) => element.getBoundingClientRect().top);
  // Half a pixel above the window is still on screen (sub-pixel layout).
  expect(top).toBeGreaterThanOrEqual(-1);
  expect(top).toBeLessThan(page.viewportSize()?.height ?? 800);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", { tag: "@mobile" }, () => {
    test.use({ javaScriptEnabled });

    test("sending the wizard empty shows what is missing, on screen", async ({ page }) => {
      await page.goto(WIZARD);
      await page.getByRole("button", { name: "Voir où aller" }).click();
      const summary = page.locator(".fr-alert", { hasText: "Il manque des réponses" });
      await expectOnScreen(page, summary);
      if (javaScriptEnabled) await expect(summary.getByRole("heading")).toBeFocused();
      // One link per unanswered question, leading to it.
      await expect(summary.getByRole("link")).toHaveCount(4);
      await summary.getByRole("link", { name: /De quoi avez-vous besoin/ }).click();
      await expect(page).toHaveURL(/#question-besoin$/);
      for (const legend of ["Pour qui cherchez-vous ?", "De quoi avez-vous besoin ?"]) {
        const group = page.getByRole("group", { name: legend });
        await expect(group).toHaveClass(/fr-fieldset--error/);
        await expect(group.locator(".fr-message--error, .fr-error-text")).toBeVisible();
      }
    });

    test("a partly answered wizard names only the questions left", async ({ page }) => {
      await page.goto(WIZARD);
      await page.getByText("Pour moi", { exact: true }).click();
      await page.getByRole("button", { name: "Voir où aller" }).click();
      const summary = page.locator(".fr-alert", { hasText: "Il manque des réponses" });
      await expectOnScreen(page, summary);
      await expect(summary.getByRole("link")).toHaveCount(3);
      await expect(page.getByLabel("Pour moi")).toBeChecked();
    });

    test("the answers are on screen once the wizard is sent", async ({ page }) => {
      await page.goto(WIZARD);
      await page.getByText("Pour un proche que j'aide").click();
      await page.getByText("Une personne en situation de handicap").click();
      await page.getByText("Demander une aide pour payer").click();
      await page.getByText("À la maison").click();
      await page.getByRole("button", { name: "Voir où aller" }).click();
      const heading = page.getByRole("heading", { level: 2, name: "Où aller" });
      await expectOnScreen(page, heading);
      if (javaScriptEnabled) await expect(heading).toBeFocused();
    });

    test("« Pour moi » asks in the second person, « Pour un proche » in the third", async ({ page }) => {
      await page.goto(WIZARD);
      await page.getByText("Pour moi", { exact: true }).click();
      await expect(page.getByRole("group", { name: "Quelle est votre situation ?" })).toBeVisible();
      await expect(page.getByRole("group", { name: "Où vivez-vous, ou voulez-vous vivre ?" })).toBeVisible();
      await expect(page.getByRole("textbox", { name: /Où habitez-vous \?/ })).toBeVisible();
      await expect(page.getByText("J'ai 60 ans ou plus")).toBeVisible();
      await expect(page.getByText(/la personne/i)).toHaveCount(0);

      await page.getByText("Pour un proche que j'aide").click();
      await expect(page.getByRole("group", { name: "Quelle est la situation de votre proche ?" })).toBeVisible();
      await expect(page.getByRole("group", { name: "Où votre proche vit-il, ou veut-il vivre ?" })).toBeVisible();
      await expect(page.getByRole("textbox", { name: /Où habite votre proche \?/ })).toBeVisible();
      await expect(page.getByText("Une personne âgée de 60 ans ou plus")).toBeVisible();
      await expect(page.getByRole("group", { name: "Quelle est votre situation ?" })).toHaveCount(0);
    });

    test("the place given is passed to every search the wizard proposes", async ({ page }, testInfo) => {
      await page.goto(WIZARD);
      await page.getByText("Pour moi", { exact: true }).click();
      await page.getByText("J'ai 60 ans ou plus").click();
      await page.getByText("Trouver une place ou un service").click();
      await page.getByText("Je ne sais pas encore").click();
      await page.getByRole("textbox", { name: /Où habitez-vous \?/ }).fill("Villeurbanne");
      await page.getByRole("button", { name: "Voir où aller" }).click();
      const answers = page.getByRole("region", { name: "Où aller" });
      const searchLinks = answers.locator('a[href^="/recherche"]');
      await expect(searchLinks.first()).toBeVisible();
      for (const href of await searchLinks.evaluateAll((links) => links.map((link) => link.getAttribute("href")))) {
        expect(href).toContain("lieu=Villeurbanne");
      }
      test.skip(testInfo.project.name === "mobile", "the search itself is checked on desktop");
      await searchLinks.first().click();
      await expect(page.getByRole("status")).toContainText("Villeurbanne (69100)");
    });
  });
}
