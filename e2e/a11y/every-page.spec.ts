import { expect, test } from "../support/csp-violations";

import { expectNoAxeViolationsInBothThemes } from "../support/axe";
import { pagesToAudit } from "../support/pages";
import { expectButtonsFullyVisible } from "../support/visibility";

// Runs in both projects: desktop (1280 px) and mobile (375 px). One page load
// per page: the portal follows the device's colour scheme as it changes, so the
// dark audit runs on the same page after switching the setting.
for (const { name, path, readingVersion } of pagesToAudit) {
  test(`axe: ${name} (${path}) in light and dark themes`, async ({ page, context, baseURL }) => {
    if (readingVersion) await context.addCookies([{ name: "portail.version", value: readingVersion, url: baseURL as string }]);
    await page.goto(path);
    await expect(page.locator("main#main")).toBeVisible();
    if (readingVersion) await expect(page.getByText("Facile à lire", { exact: true })).toBeVisible();
    await test.step("every button shows its whole text", () => expectButtonsFullyVisible(page));
    await expectNoAxeViolationsInBothThemes(page);
  });
}
