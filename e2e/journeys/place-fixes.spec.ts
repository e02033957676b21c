import { expect, test } from "../support/csp-violations";

test("the home page's « Où ? » suggests communes as the person types", async ({ page }) => {
  await page.goto("/");
  const place = page.getByRole("combobox", { name: /Où \?/ }).or(page.getByRole("textbox", { name: /Où \?/ }));
  await place.pressSequentially("Villeur", { delay: 50 });
  await expect(page.locator('datalist option[value="Villeurbanne (69100)"]')).toBeAttached();
  await expect(place).toHaveAttribute("list", /.+/);
});

test("a misspelt commune gets « Vouliez-vous dire … ? », which runs the same search", async ({ page }) => {
  await page.goto("/recherche?lieu=villeurbane&public=personnes-agees");
  const correction = page.getByRole("link", { name: "Villeurbanne (69100)" });
  await expect(page.getByText("Vouliez-vous dire")).toBeVisible();
  await correction.click();
  await expect(page).toHaveURL(/lieu=Villeurbanne\+%2869100%29|lieu=Villeurbanne%20%2869100%29/);
  await expect(page).toHaveURL(/public=personnes-agees/);
  await expect(page.getByRole("status")).toContainText("Villeurbanne (69100)");
});

test("arrondissements and « commune + code postal » are understood", async ({ page }) => {
  // The sandbox's commune list has no arrondissement of its own: an arrondissement is found by its
  // postal code, "Lyon (69003)" (with La Poste's real file, "Lyon 3e Arrondissement (69003)").
  const cases: Array<[typed: string, found: RegExp]> = [
    ["Lyon 3e", /de Lyon.* \(69003\)/],
    ["Lyon 3ème", /de Lyon.* \(69003\)/],
    ["Paris 15", /de Paris.* \(75015\)/],
    ["Marseille 15e arrondissement", /de Marseille.* \(13015\)/],
    ["Paris 1er", /de Paris.* \(75001\)/],
    ["Villeurbanne 69100", /de Villeurbanne \(69100\)/],
    ["69100 Villeurbanne", /de Villeurbanne \(69100\)/],
  ];
  for (const [typed, found] of cases) {
    await page.goto("/recherche");
    await page.getByRole("combobox", { name: /Où \?/ }).or(page.getByRole("textbox", { name: /Où \?/ })).fill(typed);
    await page.getByRole("button", { name: "Rechercher" }).first().click();
    await expect(page.getByRole("status"), `« ${typed} »`).toContainText(found);
  }
});
