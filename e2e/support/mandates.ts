import { expect, type Page } from "@playwright/test";

export type Invitation = { code: string; link: string };

/** On /mon-compte/aidants: invites an aidant and reads the code shown once. */
export async function inviteAidant(page: Page, label: string, scopes: { notifications?: boolean } = {}): Promise<Invitation> {
  await page.goto("/mon-compte/aidants");
  await page.getByRole("textbox", { name: /^Nom de votre aidant/ }).fill(label);
  const notifications = page.getByRole("checkbox", { name: /Recevoir les notifications/ });
  // DSFR draws the checkbox on its label: click the label, as a person would.
  if (scopes.notifications && !(await notifications.isChecked())) await page.locator("label[for=aidant-recevoir-notifications]").click();
  await page.getByRole("button", { name: "Créer l'invitation" }).click();
  await expect(page.getByRole("heading", { level: 2, name: `Code d'invitation pour ${label}` })).toBeVisible();
  const shown = (await page.getByTestId("code-invitation").textContent()) ?? "";
  const link = (await page.getByTestId("lien-invitation").textContent()) ?? "";
  expect(shown).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  return { code: shown, link };
}

/** On /aidant/accepter (signed in): types the code and accepts. */
export async function acceptInvitation(page: Page, code: string): Promise<void> {
  await page.goto("/aidant/accepter");
  await page.getByRole("textbox", { name: /^Code d'invitation/ }).fill(code);
  await page.getByRole("button", { name: "Accepter l'invitation" }).click();
}

/** On /mon-compte/aidants: withdraws every open invitation and access, so a test leaves nothing behind. */
export async function withdrawAll(page: Page): Promise<void> {
  await page.goto("/mon-compte/aidants");
  const buttons = page.getByRole("button", { name: /^(Retirer l'accès|Annuler l'invitation)/ });
  while ((await buttons.count()) > 0) {
    await buttons.first().click();
    await expect(page.getByRole("heading", { name: "Accès retiré" })).toBeVisible();
  }
}
