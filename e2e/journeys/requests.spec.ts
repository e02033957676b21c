import type { Page } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

import { expectNoAxeViolationsInBothThemes } from "../support/axe";
import { advanceRequest, resetPerson, setOutage, subs } from "../support/partners";
import { people, resumeSession, signIn } from "../support/sign-in";

// "Mes démarches" (issue #7): both partners' requests on one page, a status
// change arriving as a notification, and a partner down. Journeys that change
// a partner's state use their own person and run in the desktop project only,
// so the desktop and mobile projects never race on the same data; their axe
// checks cover both viewports by resizing.

const viewports = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "mobile", width: 375, height: 812 },
];

async function axeInEveryView(page: Page): Promise<void> {
  const original = page.viewportSize();
  for (const viewport of viewports) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.reload();
    await expectNoAxeViolationsInBothThemes(page);
  }
  if (original) await page.setViewportSize(original);
}

// Signing in, partner reads and axe on several views take time on a shared CI machine.
test.describe.configure({ timeout: 180_000 });

const cards = (page: Page) => page.getByRole("main").locator("article.fr-card");

test("a person sees both partners' requests on one page, and one request in full", { tag: "@mobile" }, async ({ page }) => {
  await resumeSession(page, people.jeanne);
  await page.goto("/mes-demarches");
  await expect(page.getByRole("heading", { level: 1, name: "Mes démarches" })).toBeVisible();
  await expect(page.getByTestId("mis-a-jour")).toContainText("Mis à jour il y a");
  await expect(cards(page).filter({ hasText: "ViaTrajectoire" }).first()).toBeVisible();
  await expect(cards(page).filter({ hasText: "MDPH en ligne" }).first()).toBeVisible();
  await expect(page.getByText(/ne répond pas pour le moment/)).toHaveCount(0);

  const vtCard = cards(page).filter({ has: page.getByRole("link", { name: /Continuer sur ViaTrajectoire/ }) }).first();
  await expect(vtCard.getByRole("heading", { name: "Étapes passées" })).toBeVisible();
  await expect(vtCard.getByRole("link", { name: /Continuer sur ViaTrajectoire/ })).toHaveAttribute("href", /^\/continuer\/via-trajectoire\/demandes\/VT-/);

  const title = (await vtCard.getByRole("heading", { level: 3 }).innerText()).trim();
  await vtCard.getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/mes-demarches\/via-trajectoire\/VT-/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Où en est la demande" })).toBeVisible();
});

test("another person's request answers « page non trouvée »", async ({ page }) => {
  await resumeSession(page, people.karim);
  const response = await page.goto("/mes-demarches/via-trajectoire/VT-2026-004211");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page non trouvée" })).toBeVisible();
});

test.describe("journeys that change partner state", () => {
  test.skip(({ isMobile }) => isMobile, "run once, in the desktop project (they change shared partner data)");

  test("a status change at ViaTrajectoire arrives as a notification and in the timeline", async ({ page, request }) => {
    await resetPerson(request, subs.andreLefebvre);
    await signIn(page, people.andre);
    await page.goto("/mes-demarches");
    const card = cards(page).filter({ has: page.locator(`a[href*="VT-2026-005120"]`) }).first();
    await expect(card).toBeVisible();
    const stepsBefore = await card.locator(".portal-timeline > li").count();
    const header = page.getByTestId("header-notifications").first();
    await expect(header).toHaveText("Notifications");

    const result = await advanceRequest(request, "via-trajectoire", "VT-2026-005120");
    expect(result.webhook.resultat).toBe("livre");

    await page.reload();
    await expect(header).toHaveText("Notifications, 1 non lue");
    await expect(card.locator(".portal-timeline > li")).toHaveCount(stepsBefore + 1);

    await header.click();
    await expect(page.getByRole("heading", { level: 1, name: "Mes notifications" })).toBeVisible();
    const notification = page.getByRole("main").locator("article").filter({ hasText: "ViaTrajectoire" }).first();
    await expect(notification).toContainText("Non lue");
    await axeInEveryView(page);

    await notification.getByRole("button", { name: /Marquer comme lue/ }).click();
    await expect(page.getByText("La notification est marquée comme lue.")).toBeVisible();
    await expect(page.getByTestId("header-notifications").first()).toHaveText("Notifications");
    await notification.getByRole("link", { name: /Voir la démarche/ }).click();
    await expect(page).toHaveURL(/\/mes-demarches\/via-trajectoire\/VT-2026-005120$/);
  });

  test("MDPH en ligne down for one person: banner with the last known state, then recovery", async ({ page, request }) => {
    await resetPerson(request, subs.nadiaHaddad);
    await signIn(page, people.nadia);
    await page.goto("/mes-demarches");
    const mdphCards = cards(page).filter({ has: page.getByRole("link", { name: /Continuer sur MDPH en ligne/ }) });
    await expect(mdphCards.first()).toBeVisible();
    const count = await mdphCards.count();

    await setOutage(request, "mdph-en-ligne", true, subs.nadiaHaddad);
    try {
      await page.reload();
      const banner = page.getByText(/^MDPH en ligne ne répond pas pour le moment\. Voici vos démarches telles qu'elles étaient le \d{1,2} \S+ \d{4} à \d{1,2} h \d{2}\.$/);
      await expect(banner).toBeVisible();
      await expect(mdphCards).toHaveCount(count);
      await expect(cards(page).filter({ has: page.getByRole("link", { name: /Continuer sur ViaTrajectoire/ }) }).first()).toBeVisible();
      await axeInEveryView(page);
      // One request's page too.
      await mdphCards.first().getByRole("heading", { level: 3 }).getByRole("link").click();
      await expect(page.getByText(/MDPH en ligne ne répond pas pour le moment\. Voici cette démarche telle qu'elle était le/)).toBeVisible();
    } finally {
      await setOutage(request, "mdph-en-ligne", false, subs.nadiaHaddad);
    }
    await page.goto("/mes-demarches");
    await expect(page.getByText(/ne répond pas pour le moment/)).toHaveCount(0);
    await expect(mdphCards).toHaveCount(count);
  });
});
