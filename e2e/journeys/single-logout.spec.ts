import type { Page } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

import { expectNoAxeViolations } from "../support/axe";
import { partnerUrls, setOutage, subs } from "../support/partners";
import { identityProviderOrigin, people, signIn, type Person } from "../support/sign-in";

// Issue #12, "safe on a shared computer": signing out of the portal also closes
// the partner sessions opened from it (back-channel logout, ADR 0008), and a
// session cookie copied before sign-out is worth nothing after it.

const viaTrajectoire = partnerUrls["via-trajectoire"];
const mdphEnLigne = partnerUrls["mdph-en-ligne"];
const signInPageHeading = "Choisissez une personne fictive pour vous connecter";

/** The partners show the first given name only ("Jeanne Martin" for the portal's "Jeanne Marie Martin"). */
type Visitor = Person & { partnerName: string };
const jeanne: Visitor = { ...people.jeanne, partnerName: "Jeanne Martin" };
const claire: Visitor = { ...people.claire, partnerName: "Claire Moreau" };

/**
 * Signs in, then follows both « Continuer sur … » links of the dashboard (their
 * own addresses, read once, so the journey stays well inside its time budget).
 */
async function signInAndVisitBothPartners(page: Page, person: Visitor) {
  await signIn(page, person);
  const links = [
    { name: "ViaTrajectoire", origin: viaTrajectoire },
    { name: "MDPH en ligne", origin: mdphEnLigne },
  ];
  const hrefs = await Promise.all(links.map(({ name }) => page.getByRole("link", { name: `Continuer sur ${name}`, exact: true }).getAttribute("href")));
  for (const [index, { origin }] of links.entries()) {
    expect(hrefs[index]).toMatch(/^\/continuer\//);
    await page.goto(hrefs[index] ?? "");
    await expect(page).toHaveURL(`${origin}/demandes`);
    await expect(page.getByText(`Connecté·e : ${person.partnerName}`)).toBeVisible();
  }
}

async function signOutOfPortal(page: Page) {
  await page.goto("/accessibilite");
  await page.getByRole("button", { name: "Se déconnecter" }).filter({ visible: true }).click();
  await expect(page).toHaveURL(/\/deconnexion(\?state=.*)?$/);
  await expect(page.getByRole("heading", { level: 1, name: "Vous êtes déconnecté" })).toBeVisible();
}

/** The partner shows the identity provider's sign-in page, and nothing of the previous person. */
async function expectPartnerAsksToSignIn(page: Page, origin: string, person: Visitor) {
  await page.goto(`${origin}/demandes`);
  await expect(page).toHaveURL(new RegExp(`^${identityProviderOrigin}/.*interaction`));
  await expect(page.getByRole("heading", { level: 1, name: signInPageHeading })).toBeVisible();
  await expect(page.getByText(`Connecté·e : ${person.partnerName}`)).toHaveCount(0);
  await expect(page.getByText(/VT-2026-|MDPH-\d{2}-2026-/)).toHaveCount(0);
}

test("signing out of the portal closes the ViaTrajectoire and MDPH en ligne sessions opened from it", async ({ page }) => {
  const person = jeanne;
  await signInAndVisitBothPartners(page, person);

  await signOutOfPortal(page);
  await expect(page.getByText("Votre session sur le Portail Autonomie est fermée.")).toBeVisible();
  await expect(page.getByText("ViaTrajectoire : la session ouverte depuis le portail est fermée.")).toBeVisible();
  await expect(page.getByText("MDPH en ligne : la session ouverte depuis le portail est fermée.")).toBeVisible();
  await expect(page.getByText(/n'a pas répondu/)).toHaveCount(0);

  await expectPartnerAsksToSignIn(page, viaTrajectoire, person);
  await expectPartnerAsksToSignIn(page, mdphEnLigne, person);
});

test("a partner down during sign-out: the page offers its own sign-out, the other partner is closed", async ({ page, request }) => {
  // Two partners, an outage, an axe audit and a sign-out by hand: longer than one page's journey.
  test.setTimeout(120_000);
  const person = claire;
  await signInAndVisitBothPartners(page, person);

  await setOutage(request, "mdph-en-ligne", true, subs.claireMoreau);
  try {
    await signOutOfPortal(page);
  } finally {
    await setOutage(request, "mdph-en-ligne", false, subs.claireMoreau);
  }
  await expect(page.getByText("ViaTrajectoire : la session ouverte depuis le portail est fermée.")).toBeVisible();
  await expect(page.getByText("MDPH en ligne n'a pas répondu")).toBeVisible();
  const byHand = page.getByRole("link", { name: "se déconnecter de MDPH en ligne" });
  await expect(byHand).toHaveAttribute("href", `${mdphEnLigne}/deconnexion`);
  // The page with its warning and list (the site-wide audit sees it without a summary).
  await expectNoAxeViolations(page);

  await expectPartnerAsksToSignIn(page, viaTrajectoire, person);

  // The link closes the session that is still open at MDPH en ligne.
  await page.goto("/deconnexion");
  await byHand.click();
  await expect(page).toHaveURL(`${mdphEnLigne}/deconnexion`);
  // The confirmation form of the page (the banner has its own "Se déconnecter").
  await page.getByRole("main").locator("form[method=post]").getByRole("button", { name: "Se déconnecter" }).last().click();
  await expect(page.getByRole("heading", { level: 1, name: "Vous êtes déconnecté·e" })).toBeVisible();
  await expectPartnerAsksToSignIn(page, mdphEnLigne, person);
});

test("a session cookie copied before sign-out is refused after it", async ({ page, context, browser, baseURL }) => {
  await signIn(page, people.karim);
  const saved = (await context.cookies()).filter((cookie) => cookie.name.startsWith("portail.session-token"));
  expect(saved.length).toBeGreaterThan(0);
  // While the session lives, the copy works (so the refusal below is the sign-out's doing).
  const before = await browser.newContext({ baseURL });
  await before.addCookies(saved);
  expect((await before.request.get("/api/mes-demarches")).status()).toBe(200);
  await before.close();

  await signOutOfPortal(page);

  const other = await browser.newContext({ baseURL });
  await other.addCookies(saved);
  const replayed = await other.newPage();
  const api = await replayed.request.get("/api/mes-demarches");
  expect(api.status()).toBe(401);
  expect(await api.json()).toEqual({ erreur: "Connectez-vous pour voir vos démarches." });
  expect(await (await replayed.request.get("/api/auth/session")).text()).not.toContain("Karim");

  await replayed.goto("/mes-demarches");
  await expect(replayed.getByText("Connectez-vous pour voir vos démarches.")).toBeVisible();
  await expect(replayed.getByText(/VT-2026-|MDPH-\d{2}-2026-/)).toHaveCount(0);
  await expect(replayed.getByRole("banner").getByRole("link", { name: people.karim.name, includeHidden: true })).toHaveCount(0);

  // The sign-in page says why.
  await replayed.goto("/connexion");
  await expect(replayed.getByText("Vous avez été déconnecté")).toBeVisible();
  await expect(replayed.getByText("Cette session a été fermée. Reconnectez-vous pour continuer.")).toBeVisible();
  await other.close();
});
