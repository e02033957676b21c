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
