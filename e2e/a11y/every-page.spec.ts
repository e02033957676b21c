import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "../support/axe";
import { pagesToAudit } from "../support/pages";
import { expectTheme, useTheme, type Theme } from "../support/theme";

// Runs in both projects: desktop (1280 px) and mobile (375 px).
const themes: Theme[] = ["light", "dark"];

for (const { name, path, readingVersion } of pagesToAudit) {
  for (const theme of themes) {
    test(`axe: ${name} (${path}) in ${theme} theme`, async ({ page, context, baseURL }) => {
      if (readingVersion) await context.addCookies([{ name: "portail.version", value: readingVersion, url: baseURL as string }]);
      await useTheme(page, theme);
      await page.goto(path);
      await expectTheme(page, theme);
      await expect(page.locator("main#main")).toBeVisible();
      if (readingVersion) await expect(page.getByText("Facile à lire", { exact: true })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}
