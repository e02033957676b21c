import { expect, test as setup } from "@playwright/test";

// The portal sets no audience-measurement or advertising cookie, so it shows
// no consent banner (see /donnees-personnelles). This setup step fails if one
// appears, so that adding a tracker without consent management is caught.
setup("no consent banner is needed", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".fr-consent-banner")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
