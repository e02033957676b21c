import { expect, test } from "../support/csp-violations";

import { expectNoAxeViolationsInBothThemes } from "../support/axe";
import { chooseIdentity, identityProviderOrigin, people } from "../support/sign-in";

const viaTrajectoire = process.env.VIA_TRAJECTOIRE_URL ?? "http://localhost:4120";

test("axe: the identity provider's sign-in page and the partner pages, light and dark", async ({ page }) => {
  // Four pages on two servers, each audited by axe in two themes.
  test.slow();
  await page.goto("/connexion");
  await expectNoAxeViolationsInBothThemes(page);
  await page.getByRole("button", { name: /S’identifier avec\s*FranceConnect/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${identityProviderOrigin}/`));
  await expectNoAxeViolationsInBothThemes(page, { checkTheme: false });
  await chooseIdentity(page, people.jeanne);
  await page.goto(`${viaTrajectoire}/demandes`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, { checkTheme: false });
  await page.goto(`${viaTrajectoire}/demandes/VT-2026-004211`);
  await expectNoAxeViolationsInBothThemes(page, { checkTheme: false });
});
