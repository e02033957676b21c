import type { Page } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

import { getContentPage } from "../../lib/content";
import { people, resumeSession, signIn } from "../support/sign-in";

const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

/** What a person on a phone without JavaScript must be able to reach from the header. */
async function expectHeaderReachableWithoutScript(page: Page, signedIn: boolean) {
  const header = page.getByRole("banner");
  // The DSFR "Menu" button needs its script: without it, it must not be offered.
  await expect(header.getByRole("button", { name: "Menu" })).toBeHidden();
  const navigation = page.getByRole("navigation", { name: "Menu principal" });
  for (const name of ["Trouver une solution", "Mes démarches", "Comprendre mes droits"]) {
    await expect(navigation.getByRole("link", { name })).toBeVisible();
  }
  // The theme dialog cannot open without the script: it is not offered either.
  await expect(page.getByRole("button", { name: "Paramètres d'affichage" })).toHaveCount(0);
  await expect(page.locator("button:visible", { hasText: "Paramètres d'affichage" })).toHaveCount(0);
  if (signedIn) {
    await expect(header.getByRole("link", { name: /^Notifications/ }).first()).toBeVisible();
    await expect(header.getByRole("link", { name: "Mes aidants" }).first()).toBeVisible();
    await expect(header.getByRole("button", { name: "Se déconnecter" }).first()).toBeVisible();
  } else {
    await expect(header.getByRole("link", { name: "Se connecter" }).first()).toBeVisible();
  }
}

test.describe("on a phone without JavaScript", () => {
  test.use({ javaScriptEnabled: false, ...phone });

  test("the header items and the breadcrumb are all shown and work", async ({ page }) => {
    await page.goto("/comprendre/aides/pch");
    await expectHeaderReachableWithoutScript(page, false);
    const breadcrumb = page.getByRole("navigation", { name: "vous êtes ici :" });
    await expect(breadcrumb.getByRole("button", { name: "Voir le fil d’Ariane" })).toBeHidden();
    await expect(breadcrumb.getByRole("link", { name: "Comprendre mes droits" })).toBeVisible();
    await breadcrumb.getByRole("link", { name: "Les aides" }).click();
    await expect(page).toHaveURL(/\/comprendre\/aides$/);
    await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Trouver une solution" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Trouver une solution" })).toBeVisible();
  });

  test("a signed-in person reaches Notifications, Mes aidants and « Se déconnecter »", async ({ browser, baseURL }, testInfo) => {
    test.skip(testInfo.project.name === "mobile", "signs in once, in a phone context of its own");
    // Signing in goes through the identity provider with JavaScript; the session is then used without it.
    const scripted = await browser.newContext({ baseURL });
    await signIn(await scripted.newPage(), people.sophie);
    const storageState = await scripted.storageState();
    await scripted.close();
    const context = await browser.newContext({ baseURL, storageState, javaScriptEnabled: false, ...phone });
    const page = await context.newPage();
    await page.goto("/");
    await expectHeaderReachableWithoutScript(page, true);
    await page.getByRole("banner").getByRole("link", { name: "Mes aidants" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Mes aidants" })).toBeVisible();
    await page.getByRole("banner").getByRole("link", { name: /^Notifications/ }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Mes notifications" })).toBeVisible();
    await page.getByRole("banner").getByRole("button", { name: "Se déconnecter" }).first().click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" }).first()).toBeVisible();
    await context.close();
  });
});

test("the page has a single h1: the display settings dialog title is not one", async ({ page }) => {
  for (const path of ["/", "/recherche", "/comprendre/que-voulez-vous-faire"]) {
    await page.goto(path);
    // Counted in the DOM, hidden or not: screen readers list headings of closed dialogs too.
    await expect(page.locator("h1"), `h1 elements on ${path}`).toHaveCount(1);
  }
  const dialog = page.getByRole("dialog", { name: "Paramètres d'affichage" });
  await expect(async () => {
    await page.getByRole("contentinfo").getByRole("button", { name: "Paramètres d'affichage" }).click();
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(dialog.getByRole("heading", { level: 2, name: "Paramètres d'affichage" })).toBeVisible();
});

test("the « République Française » logo is whole in the header of a signed-in person", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "mobile", "the 1280 px header; the phone header has its own menu");
  await resumeSession(page, people.karim);
  await page.goto("/");
  const logo = page.getByRole("banner").locator(".fr-logo");
  await expect(logo).toBeVisible();
  await page.screenshot({ path: "/tmp/shell-header-signed-in.png", clip: { x: 0, y: 0, width: 1280, height: 200 } });
  const clipped = await logo.evaluate((element) => {
    // Clipped when the logo's own text overflows it, or when an ancestor hides what overflows.
    const box = element.getBoundingClientRect();
    for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
      const outer = node.getBoundingClientRect();
      if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== "visible") return true;
      if (box.right > outer.right + 1) return true;
    }
    return false;
  });
  expect(clipped, "the logo is cut").toBe(false);
  await expect(logo).toHaveText(/République\s*Française/);
});

test("the « facile à lire » version has its own page title and h1", async ({ page, context, baseURL }) => {
  const pch = getContentPage("aides", "pch");
  if (!pch) throw new Error("the PCH page is missing");
  await context.addCookies([{ name: "portail.version", value: "facile", url: baseURL ?? "" }]);
  await page.goto("/comprendre/aides/pch");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pch.falcTitle);
  await expect(page).toHaveTitle(`${pch.falcTitle} | Portail Autonomie`);
});
