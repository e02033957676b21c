import { expect, type Page } from "@playwright/test";

/**
 * Opens the header's « Menu » on a phone. The button does nothing until the
 * DSFR script has taken it (it then carries `data-fr-js-modal-button`), and a
 * fast test can tap it before hydration: wait for that, as a person's second
 * tap would, then check the menu really opened (`data-fr-opened`).
 */
export async function openHeaderMenu(page: Page): Promise<void> {
  const menuButton = page.getByRole("banner").getByRole("button", { name: "Menu" });
  await expect(menuButton).toHaveAttribute("data-fr-js-modal-button");
  await menuButton.click();
  await expect(menuButton).toHaveAttribute("data-fr-opened", "true");
}
