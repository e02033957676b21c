import { expect, test } from "../support/csp-violations";
import { openHeaderMenu } from "../support/header";

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("the « Version facile à lire » choice is remembered across pages, and can be undone", async ({ page }) => {
      await page.goto("/comprendre/aides/pch");
      await expect(page.getByRole("heading", { level: 1, name: "Prestation de compensation du handicap (PCH)" })).toBeVisible();
      await page.getByRole("button", { name: "Version facile à lire" }).click();
      await expect(page).toHaveURL(/\/comprendre\/aides\/pch$/);
      await expect(page.getByText("Facile à lire", { exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: "Les mots difficiles" })).toBeVisible();

      await page.goto("/comprendre/demarches/demande-mdph");
      await expect(page.getByText("Facile à lire", { exact: true })).toBeVisible();
      await page.getByRole("button", { name: "Version standard" }).click();
      await expect(page.getByText("Facile à lire", { exact: true })).toHaveCount(0);
      await page.goto("/comprendre/aides/aah");
      await expect(page.getByRole("button", { name: "Version facile à lire" })).toBeVisible();
    });

    test("the orientation wizard points to the right service, inside the portal first", async ({ page }) => {
      await page.goto("/comprendre/que-voulez-vous-faire");
      await page.getByText("Pour un proche que j'aide").click();
      await page.getByText("Une personne âgée de 60 ans ou plus").click();
      await page.getByText("Trouver une place ou un service").click();
      await page.getByText("Dans un établissement").click();
      await page.getByRole("button", { name: "Voir où aller" }).click();
      await expect(page).toHaveURL(/pour=proche&public=personnes-agees&besoin=trouver&habitat=etablissement/);
      const results = page.getByRole("region", { name: "Où aller" }).getByRole("listitem");
      await expect(results.first()).toBeVisible();
      const firstLink = results.first().getByRole("link");
      await expect(firstLink).not.toHaveAttribute("target", "_blank");
      const href = await firstLink.getAttribute("href");
      expect(href?.startsWith("/")).toBe(true);
      await expect(page.getByText("Pour un proche que j'aide")).toBeVisible();
    });

    test("the wizard names the questions left unanswered", async ({ page }) => {
      const response = await page.goto("/comprendre/que-voulez-vous-faire?pour=moi");
      expect(response?.status()).toBe(200);
      await expect(page.getByText("Il manque des réponses")).toBeVisible();
      await expect(page.getByText("Choisissez une réponse à la question « De quoi avez-vous besoin ? ».")).toBeVisible();
      await expect(page.getByLabel("Pour moi")).toBeChecked();
    });
  });
}

test("every « Comprendre mes droits » page is reachable from the header and the site map", { tag: "@mobile" }, async ({ page, isMobile }) => {
  await page.goto("/");
  if (isMobile) await openHeaderMenu(page);
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Comprendre mes droits" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Comprendre mes droits" })).toBeVisible();
  await page.getByRole("link", { name: "Guide des portails publics" }).click();
  await expect(page.getByRole("table", { name: "Les portails publics en un coup d'œil" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "ViaTrajectoire" })).toBeVisible();
  await page.goto("/plan-du-site");
  await expect(page.getByRole("main").locator("section").getByRole("link", { name: "Guide des portails publics" })).toHaveAttribute(
    "href",
    "/comprendre/guides/portails-publics",
  );
});
