import { expect, test } from "../support/csp-violations";

import { expectNoAxeViolations } from "../support/axe";

// Proves the helper would fail if a violation appeared on a page.
test("the axe helper fails on a page with a violation", async ({ page }) => {
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  // Appended to <body>, which React leaves alone when it hydrates late on a
  // busy machine; inside <main>, a late hydration would remove the image.
  await page.evaluate(() => {
    const image = document.createElement("img");
    image.src = "/favicon.ico";
    image.dataset.testid = "image-without-alt";
    document.body.append(image);
  });
  await expect(page.getByTestId("image-without-alt")).toBeAttached();
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
});

test("the dark-theme pass (colour rules only) still fails on text that is hard to read in the dark", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-fr-theme", "dark");
  await page.waitForLoadState("networkidle");
  // Dark grey on the dark theme's background; set through the CSSOM, which the CSP allows.
  await page.evaluate(() => {
    const text = document.createElement("p");
    text.textContent = "Texte peu lisible en thème sombre";
    text.style.color = "#2a2a2a";
    text.dataset.testid = "low-contrast";
    document.body.append(text);
  });
  await expect(page.getByTestId("low-contrast")).toBeVisible();
  await expect(expectNoAxeViolations(page, { coloursOnly: true })).rejects.toThrow(/color-contrast/);
});
