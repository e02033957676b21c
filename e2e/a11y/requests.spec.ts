import { expect, test } from "../support/csp-violations";

import { expectNoAxeViolationsInBothThemes } from "../support/axe";
import { people, resumeSession, signIn } from "../support/sign-in";
import { expectButtonsFullyVisible } from "../support/visibility";

// axe on "Mes démarches" in each state that does not change partner data, in
// both themes (one page load each) and both projects (desktop, mobile). The partner-down state and
// a notification list with items are checked in e2e/journeys/requests.spec.ts
// (light and dark, desktop and mobile sizes) because producing them changes
// partner data.

// Sign-in plus several axe runs per test.
test.describe.configure({ timeout: 120_000 });

test("axe: Mes démarches with no request, light and dark", async ({ page }) => {
  await signIn(page, people.marc);
  await page.goto("/mes-demarches");
  await expect(page.getByText(/Aucune démarche en cours/)).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
});

test("axe: Mes démarches loaded, a request in full, and notifications, light and dark", async ({ page, context, baseURL }) => {
  await resumeSession(page, people.jeanne);
  await page.goto("/mes-demarches");
  await expect(page.getByRole("main").locator("article.fr-card").first()).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
  await expectButtonsFullyVisible(page);

  const detail = await page.getByRole("main").locator("article.fr-card h3 a").first().getAttribute("href");
  await page.goto(detail as string);
  await expect(page.getByRole("heading", { name: "Où en est la demande" })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
  await expectButtonsFullyVisible(page);

  await page.goto("/mes-demarches/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Mes notifications" })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);

  // The FALC version of the list and of one request.
  await context.addCookies([{ name: "portail.version", value: "facile", url: baseURL as string }]);
  await page.goto("/mes-demarches");
  await expect(page.getByRole("button", { name: "Version standard" })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
  await page.goto(detail as string);
  await expectNoAxeViolationsInBothThemes(page);
});
