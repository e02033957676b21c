import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "../support/axe";

// Proves the helper would fail if a violation appeared on a page.
test("the axe helper fails on a page with a violation", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() => {
    const image = document.createElement("img");
    image.src = "/favicon.ico";
    document.querySelector("main")?.append(image);
  });
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
});
