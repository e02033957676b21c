import type { APIRequestContext, Page } from "@playwright/test";

import { expectNoAxeViolationsInBothThemes } from "../support/axe";
import { expect, test } from "../support/csp-violations";

// Issue #15 "Combien cela va-t-il me coûter ?": from an EHPAD's page a person enters GIR 2 and
// 1 600 € of resources and sees the remaining cost; the comparison of 3 EHPAD shows it for
// each; the same works without JavaScript (GET forms, figures kept in the URL).

type MapAnswer = { offres: Array<[string, string, number, number, number]> };

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ").trim();
const euros = (value: number) => plain(new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", minimumFractionDigits: 2 }).format(value));
/** "72,35 € par jour" → 72.35 */
const dailyPrice = (text: string) => Number(plain(text).replace(/[^\d,]/g, "").replace(",", "."));

/** The first `count` EHPAD (permanent stays) around Lyon, from the map's JSON. */
async function ehpadIds(request: APIRequestContext, count: number): Promise<string[]> {
  const response = await request.get("/api/carte?lieu=Lyon&rayon=30&type=ehpad");
  expect(response.status()).toBe(200);
  const ids = ((await response.json()) as MapAnswer).offres.map(([id]) => id).slice(0, count);
  expect(ids).toHaveLength(count);
  return ids;
}

async function enterFigures(page: Page, form: ReturnType<Page["locator"]>) {
  await form.getByLabel("Niveau de perte d'autonomie (GIR)").selectOption("2");
  await form.getByLabel("Ressources par mois, en euros").fill("1 600");
  await form.getByRole("button").click();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("GIR 2 and 1 600 € give the remaining cost on an EHPAD's page, then for each of 3 compared EHPAD", async ({ page, request, isMobile }) => {
      test.skip(isMobile, "the layout is the same on a phone; the pages are audited at 375 px");
      const [first, ...others] = await ehpadIds(request, 3);
      await page.goto(`/offres/${encodeURIComponent(first as string)}`);
      const prices = page.locator("dl.portal-facts");
      const price = async (label: string) => dailyPrice(await prices.locator("div", { has: page.getByText(label, { exact: true }) }).locator("dd").innerText());
      const hebergement = await price("Hébergement permanent");
      const gir56 = await price("Tarif dépendance GIR 5-6");

      const block = page.getByRole("region", { name: "Combien cela va-t-il vous coûter ?" });
      await enterFigures(page, block);
      await expect(page).toHaveURL(/gir=2&ressources=1\+600/);
      // Below 2.21 MTP the person pays the GIR 5-6 fee and the APA pays the rest of the GIR 1-2 fee:
      // what is left is accommodation + GIR 5-6 fee, over an average month of 365/12 days.
      const remaining = (hebergement + gir56) * (365 / 12);
      await expect(block.getByRole("heading", { name: `Reste à payer estimé : ${euros(remaining)} par mois` })).toBeVisible();
      await expect(block.getByText("C'est une estimation, pas une décision.", { exact: false })).toBeVisible();
      await expect(block.getByRole("table", { name: "Le calcul, étape par étape" }).getByRole("rowheader", { name: "APA en établissement estimée" })).toBeVisible();
      await expect(block.getByRole("link", { name: "Les aides au logement (APL, ALS)" })).toHaveAttribute("href", "/comprendre/aides/aides-au-logement");
      // The result state of an offer page, audited once (offer ids are not stable enough for support/pages.ts).
      if (javaScriptEnabled) await expectNoAxeViolationsInBothThemes(page);

      // The comparison of 3 EHPAD, with the same figures typed once more there.
      await page.goto(`/comparer?${[first, ...others].map((id) => `offres=${encodeURIComponent(id as string)}`).join("&")}`);
      await enterFigures(page, page.getByRole("region", { name: "Combien cela va-t-il vous coûter ?" }));
      expect(new URL(page.url()).searchParams.getAll("offres")).toHaveLength(3);
      const row = page.getByRole("table", { name: "Comparaison de 3 solutions" }).getByRole("row", { name: /Reste à payer estimé, par mois/ });
      await expect(row.getByRole("cell")).toHaveCount(3);
      for (const cell of await row.getByRole("cell").all()) await expect(cell).toContainText(/\d\s€ par mois/);
      await expect(row.getByRole("cell").first()).toContainText(euros(remaining));
      if (javaScriptEnabled) await expectNoAxeViolationsInBothThemes(page);
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the « À domicile » tab estimates the APA, and a wrong figure gets a French message", async ({ page, isMobile }) => {
    test.skip(isMobile, "same layout on a phone");
    await page.goto("/combien-ca-coute");
    await page.getByRole("link", { name: "À domicile" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "À domicile" })).toBeVisible();
    await page.getByLabel("Niveau de perte d'autonomie (GIR)").selectOption("2");
    await page.getByLabel("Ressources par mois, en euros").fill("-5");
    await page.getByRole("button", { name: "Estimer l'APA à domicile" }).click();
    await expect(page.getByRole("link", { name: "Le montant des ressources ne peut pas être négatif." })).toBeVisible();
    await page.getByLabel("Ressources par mois, en euros").fill("1600");
    await page.getByLabel("Montant du plan d'aide par mois, en euros (facultatif)").fill("1000");
    await page.getByRole("button", { name: "Estimer l'APA à domicile" }).click();
    await expect(page).toHaveURL(/onglet=domicile&gir=2&ressources=1600/);
    await expect(page.getByRole("heading", { name: /^APA à domicile estimée : [\d\s\u202f]+,\d\d € par mois$/ })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "Le plan en trois parts" })).toBeVisible();
  });
});
