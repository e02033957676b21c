import { expect, test } from "../support/csp-violations";

test.describe("keyboard", () => {
  test.skip(({ isMobile }) => isMobile, "keyboard journeys run on desktop");

  test("Tab from the top reaches the skip links, and « Contenu » moves focus to main", async ({ page }) => {
    await page.goto("/plan-du-site");
    await page.keyboard.press("Tab");
    const contentLink = page.getByRole("link", { name: "Contenu" });
    await expect(contentLink).toBeFocused();
    await expect(contentLink).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Menu" })).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
    // The next Tab continues inside the content, not back in the header.
    await page.keyboard.press("Tab");
    const insideMain = await page.evaluate(() => Boolean(document.activeElement?.closest("main")));
    expect(insideMain).toBe(true);
  });

  test("the home search form is usable with the keyboard alone", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Où ?").focus();
    await page.keyboard.type("Lyon");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await expect(page.getByLabel("Une personne âgée")).toBeChecked();
    await page.getByRole("button", { name: "Rechercher" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/recherche\?lieu=Lyon&public=personnes-agees$/);
  });
});
