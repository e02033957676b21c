import type { Page } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

import { people, resumeSession, storedSessionFile } from "../support/sign-in";
import { expectButtonsFullyVisible } from "../support/visibility";

// Issue #18, "Mes démarches": what a person sees on the list and on a request
// page, at 1280 px and 375 px (the @mobile ones run in both projects). These journeys only read.

test.describe.configure({ timeout: 120_000 });

const cards = (page: Page) => page.getByRole("main").locator("article.fr-card");

test("the « Continuer sur … » buttons show their whole text on the list and on a request page", { tag: "@mobile" }, async ({ page }) => {
  await resumeSession(page, people.jeanne);
  await page.goto("/mes-demarches");
  const vtCard = cards(page).filter({ hasText: "ViaTrajectoire" }).first();
  const handover = vtCard.getByRole("link", { name: /Continuer sur ViaTrajectoire/ });
  await expect(handover).toBeVisible();
  await expect(handover).toContainText("Continuer sur ViaTrajectoire");
  await expectButtonsFullyVisible(page);

  await vtCard.getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Où en est la demande" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Continuer sur ViaTrajectoire/ })).toBeVisible();
  await expectButtonsFullyVisible(page);
});

test("a request page is named after the request, in the tab title and the main heading", async ({ page }) => {
  await resumeSession(page, people.jeanne);
  await page.goto("/mes-demarches");
  const heading = cards(page).filter({ hasText: "MDPH en ligne" }).first().getByRole("heading", { level: 3 });
  const title = (await heading.innerText()).trim();
  await heading.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  await expect(page).not.toHaveTitle(/Détail d'une démarche/);
});

test("the step numbers of « Étapes passées » can be read, none hidden behind the dots", { tag: "@mobile" }, async ({ page }) => {
  await resumeSession(page, people.jeanne);
  await page.goto("/mes-demarches/via-trajectoire/VT-2026-004212");
  const steps = page.locator("ol.portal-timeline > li");
  await expect(steps.first()).toBeVisible();
  const count = await steps.count();
  expect(count).toBeGreaterThan(1);
  for (let index = 0; index < count; index += 1) {
    const number = steps.nth(index).getByText(String(index + 1), { exact: true });
    await expect(number, `step ${index + 1} shows its number`).toBeVisible();
    // Nothing is drawn over the number: the element under its centre is the number itself.
    await number.scrollIntoViewIfNeeded();
    const onTop = await number.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return top === element || element.contains(top);
    });
    expect(onTop, `step ${index + 1}'s number is not covered`).toBe(true);
  }
  // The list's own markers are not drawn too (they were the numbers under the dots).
  const markers = await steps.first().evaluate((element) => getComputedStyle(element, "::marker").content);
  expect(markers).toBe("none");
  await steps.first().scrollIntoViewIfNeeded();
  await page.locator("ol.portal-timeline").screenshot({ path: `/tmp/a-timeline-${test.info().project.name}.png` });
});

test("Karim is not told to ask for a renewal that he has already asked for", async ({ page }) => {
  await resumeSession(page, people.karim);
  await page.goto("/mes-demarches");
  const main = page.getByRole("main");
  await expect(cards(page).filter({ has: page.getByRole("heading", { level: 3, name: "Renouvellement de l’AAH et demande de PCH" }) })).toBeVisible();
  await expect(main).not.toContainText("demandez son renouvellement à la MDPH dès maintenant");
  const decided = cards(page).filter({ has: page.getByRole("heading", { level: 3, name: "Reconnaissance de la qualité de travailleur handicapé et AAH" }) });
  await expect(decided).toContainText("son renouvellement est déjà demandé");

  await decided.getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Où en est la demande" })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("demandez son renouvellement à la MDPH dès maintenant");
  await expect(page.getByRole("main")).toContainText("son renouvellement est déjà demandé");
});

test.describe("without JavaScript", () => {
  test("« Mettre à jour » is usable and reloads the list", async ({ browser, baseURL }, testInfo) => {
    const context = await browser.newContext({ ...testInfo.project.use, javaScriptEnabled: false, storageState: storedSessionFile(people.jeanne) });
    const page = await context.newPage();
    await page.goto("/mes-demarches");
    await expect(page.getByTestId("mis-a-jour")).toContainText("Mis à jour il y a");
    const refresh = page.getByRole("link", { name: "Mettre à jour" }).or(page.getByRole("button", { name: "Mettre à jour" }));
    await expect(refresh).toBeVisible();
    await expect(refresh).toBeEnabled();
    const reload = page.waitForResponse((response) => new URL(response.url()).pathname === "/mes-demarches" && response.request().method() === "GET");
    await refresh.click();
    expect((await reload).status()).toBe(200);
    await expect(page).toHaveURL(`${baseURL}/mes-demarches`);
    await expect(page.getByTestId("mis-a-jour")).toContainText("Mis à jour il y a");
    await context.close();
  });
});

test("with JavaScript, « Mettre à jour » reads the requests again without leaving the page", async ({ page }) => {
  await resumeSession(page, people.jeanne);
  await page.goto("/mes-demarches");
  const refresh = page.getByRole("button", { name: "Mettre à jour" });
  await expect(refresh).toBeEnabled();
  const read = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/mes-demarches");
  await refresh.click();
  expect((await read).status()).toBe(200);
  await expect(page.getByTestId("mis-a-jour")).toContainText("il y a moins d'une minute");
});
