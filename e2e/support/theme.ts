import { expect, type Page } from "@playwright/test";

export type Theme = "light" | "dark";

/**
 * Shows the page in a theme through the device setting, which the portal
 * follows by default ("Système" in "Paramètres d'affichage"). The explicit
 * choice in that dialog has its own test in e2e/journeys/shell.spec.ts.
 */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
}

export async function expectTheme(page: Page, theme: Theme): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("data-fr-theme", theme);
}
