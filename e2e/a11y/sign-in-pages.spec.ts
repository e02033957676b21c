import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "../support/axe";
import { chooseIdentity, identityProviderOrigin, people } from "../support/sign-in";
import type { Theme } from "../support/theme";

const viaTrajectoire = process.env.VIA_TRAJECTOIRE_URL ?? "http://localhost:4120";

for (const theme of ["light", "dark"] satisfies Theme[]) {
  test(`axe: the identity provider's sign-in page and the partner pages (${theme})`, async ({ page }) => {
    // Four pages on two servers, each audited by axe (about 10 s a page on a 2-core machine).
    test.slow();
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/connexion");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: /S’identifier avec\s*FranceConnect/ }).click();
    await expect(page).toHaveURL(new RegExp(`^${identityProviderOrigin}/`));
    await expectNoAxeViolations(page);
    await chooseIdentity(page, people.jeanne);
    await page.goto(`${viaTrajectoire}/demandes`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`${viaTrajectoire}/demandes/VT-2026-004211`);
    await expectNoAxeViolations(page);
  });
}
