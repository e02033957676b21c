import type { Page } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

import { expectNoAxeViolations, expectNoAxeViolationsInBothThemes } from "../support/axe";
import { acceptInvitation, inviteAidant, withdrawAll } from "../support/mandates";
import { people, signIn, type Person } from "../support/sign-in";
import { expectTheme, type Theme } from "../support/theme";
import { expectButtonsFullyVisible } from "../support/visibility";

const themes: Theme[] = ["light", "dark"];

// Each project uses its own pair of people, and neither is the journey's pair (Lucie → Marc),
// so the desktop and mobile runs never share a mandate. Only "voir-demarches" is given, so no
// notification reaches anyone else's tests.
const pairs: Record<string, { mandator: Person; aidant: Person }> = {
  desktop: { mandator: { key: "marc-bernard", name: "Marc Bernard" }, aidant: { key: "lucie-bernard", name: "Lucie Bernard" } },
  mobile: { mandator: people.karim, aidant: people.sophie },
};

async function auditInBothThemes(page: Page, path: string | null, state: string) {
  if (path) await page.goto(path);
  await test.step(`axe: ${state}`, () => expectNoAxeViolationsInBothThemes(page));
  await test.step(`buttons: ${state}`, () => expectButtonsFullyVisible(page));
}

test("axe: the aidant pages in every state, light and dark", async ({ browser }, testInfo) => {
  // 14 axe runs and two sign-ins on a shared machine.
  test.setTimeout(300_000);
  const pair = pairs[testInfo.project.name];
  test.skip(!pair, "desktop and mobile projects only");
  const { mandator, aidant } = pair as { mandator: Person; aidant: Person };
  const mandatorPage = await (await browser.newContext({ ...testInfo.project.use })).newPage();
  const aidantPage = await (await browser.newContext({ ...testInfo.project.use })).newPage();
  await signIn(mandatorPage, mandator);
  await signIn(aidantPage, aidant);

  await auditInBothThemes(mandatorPage, "/mon-compte/aidants", "mandator's page, no aidant yet");
  await auditInBothThemes(aidantPage, "/aidant/accepter", "accept page, no one helped yet");

  // The code is shown once: one invitation per theme, each audited as shown.
  let code = "";
  for (const theme of themes) {
    await mandatorPage.emulateMedia({ colorScheme: theme });
    ({ code } = await inviteAidant(mandatorPage, `Invitation ${theme}`));
    await expectTheme(mandatorPage, theme);
    await test.step(`axe: pending invitation with its code (${theme})`, () => expectNoAxeViolations(mandatorPage));
  }

  await acceptInvitation(aidantPage, "ABCDE-23456");
  await expect(aidantPage.getByText("Ce code ne correspond à aucune invitation", { exact: false }).first()).toBeVisible();
  await auditInBothThemes(aidantPage, null, "accept page with an error");

  await acceptInvitation(aidantPage, code);
  await expect(aidantPage.getByText(`Vous aidez maintenant ${mandator.name}.`)).toBeVisible();
  await auditInBothThemes(aidantPage, null, "accept page after acceptance, one person helped");
  const href = (await aidantPage.getByRole("link", { name: `Voir les démarches de ${mandator.name}` }).first().getAttribute("href")) ?? "";
  await aidantPage.goto(href);

  await auditInBothThemes(mandatorPage, "/mon-compte/aidants", "active mandate, pending and access log");
  await expect(mandatorPage.getByRole("table", { name: /Ce que vos aidants ont consulté/ }).getByRole("row").filter({ hasText: aidant.name }).first()).toBeVisible();

  await withdrawAll(mandatorPage);
  await auditInBothThemes(mandatorPage, "/mon-compte/aidants", "mandates withdrawn");
});
