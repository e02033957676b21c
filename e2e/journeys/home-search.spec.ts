import { expect, test } from "../support/csp-violations";

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("the home form submits by GET to the search page, which keeps the answers", { tag: "@mobile" }, async ({ page }) => {
      await page.goto("/");
      await page.getByLabel("Où ?").fill("69003");
      await page.getByText("Une personne en situation de handicap").click();
      await page.getByRole("button", { name: "Rechercher" }).click();
      await expect(page).toHaveURL(/\/recherche\?lieu=69003&public=personnes-handicapees$/);
      await expect(page.getByRole("heading", { level: 1, name: "Trouver une solution" })).toBeVisible();
      await expect(page.getByLabel("Où ?")).toHaveValue("69003");
      await expect(page.getByLabel("Une personne en situation de handicap")).toBeChecked();
    });

    test("a bad value in the URL shows the form with a French error, not a server error", async ({ page }) => {
      const response = await page.goto("/recherche?lieu=Brest&public=inconnu");
      expect(response?.status()).toBe(200);
      await expect(page.getByText("Votre recherche n'a pas pu être lancée")).toBeVisible();
      await expect(page.getByText("Choisissez « Pour qui ? » parmi les réponses proposées.")).toBeVisible();
      await expect(page.getByLabel("Où ?")).toHaveValue("Brest");
    });
  });
}
