import { expect, test } from "../support/csp-violations";
import { openHeaderMenu } from "../support/header";

import {
  chooseIdentity,
  identityProviderFormsIn,
  identityProviderOrigin,
  interceptAuthorizationResponse,
  people,
  recordDisplayedPages,
  signIn,
} from "../support/sign-in";

const viaTrajectoire = process.env.VIA_TRAJECTOIRE_URL ?? "http://localhost:4120";
const mdphEnLigne = process.env.MDPH_EN_LIGNE_URL ?? "http://localhost:4130";

test.describe("sign in once, continue without signing in again", () => {
  test("sign in on the portal once, then land authenticated on a ViaTrajectoire request", async ({ page }) => {
    await signIn(page, people.jeanne);
    await expect(page).toHaveURL(/\/mes-demarches$/);

    const displayed = recordDisplayedPages(page);
    await page.goto(`${viaTrajectoire}/demandes/VT-2026-004211`);
    await expect(page).toHaveURL(`${viaTrajectoire}/demandes/VT-2026-004211`);
    await expect(page.getByText("Connecté·e : Jeanne Martin")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The journey went through the identity provider but never showed its form.
    expect(displayed.some((url) => url.startsWith(identityProviderOrigin))).toBe(false);
    expect(identityProviderFormsIn(displayed)).toEqual([]);
    await expect(page.locator("input[name=sub]")).toHaveCount(0);
  });

  test("« Continuer sur MDPH en ligne » on the dashboard opens the partner signed in", async ({ page }) => {
    await signIn(page, people.karim);
    const displayed = recordDisplayedPages(page);
    await page.getByRole("link", { name: "Continuer sur MDPH en ligne", exact: true }).click();
    await expect(page).toHaveURL(`${mdphEnLigne}/demandes`);
    await expect(page.getByText("Connecté·e : Karim Benali")).toBeVisible();
    expect(identityProviderFormsIn(displayed)).toEqual([]);
  });

  test("same for MDPH en ligne", async ({ page }) => {
    await signIn(page, people.karim);
    const displayed = recordDisplayedPages(page);
    await page.goto(`${mdphEnLigne}/demandes/MDPH-13-2026-004417`);
    await expect(page).toHaveURL(`${mdphEnLigne}/demandes/MDPH-13-2026-004417`);
    await expect(page.getByText("Connecté·e : Karim Benali")).toBeVisible();
    expect(identityProviderFormsIn(displayed)).toEqual([]);
  });

  test("without a portal session, the partner asks to sign in", async ({ page }) => {
    await page.goto(`${viaTrajectoire}/demandes/VT-2026-004211`);
    await expect(page).toHaveURL(new RegExp(`^${identityProviderOrigin}/.*interaction`));
    await chooseIdentity(page, people.jeanne);
    await expect(page).toHaveURL(`${viaTrajectoire}/demandes/VT-2026-004211`);
  });

  test("after signing out of the portal, the partner asks again on the next visit", { tag: "@mobile" }, async ({ page, isMobile }) => {
    await signIn(page, people.jeanne);
    if (isMobile) await openHeaderMenu(page);
    await page.getByRole("button", { name: "Se déconnecter" }).filter({ visible: true }).click();
    await expect(page).toHaveURL(/\/deconnexion(\?state=.*)?$/);
    await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter", includeHidden: true }).first()).toBeAttached();
    await page.goto(`${mdphEnLigne}/demandes`);
    await expect(page).toHaveURL(new RegExp(`^${identityProviderOrigin}/.*interaction`));
    await expect(page.getByRole("heading", { level: 1, name: "Choisissez une personne fictive pour vous connecter" })).toBeVisible();
  });

  test("the header shows the person's name and the dashboard link", async ({ page }) => {
    await signIn(page, people.sophie);
    await expect(page.getByRole("banner").getByRole("link", { name: people.sophie.name, includeHidden: true }).first()).toHaveAttribute("href", "/mes-demarches");
  });
});

test.describe("sign-in security", () => {
  test("a tampered state is refused", async ({ page }) => {
    await interceptAuthorizationResponse(page, (callback) => {
      callback.searchParams.set("state", `${callback.searchParams.get("state")}x`);
      return callback;
    });
    await page.goto("/connexion");
    await page.getByRole("button", { name: /S’identifier avec\s*FranceConnect/ }).click();
    await chooseIdentity(page, people.jeanne);
    await expect(page).toHaveURL(/\/connexion\?.*error=OAuthCallback/);
    await expect(page.getByText("Connexion impossible")).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter", includeHidden: true }).first()).toBeAttached();
  });

  test("a replayed authorization code is refused", async ({ page, context }) => {
    let flowCookies: Awaited<ReturnType<typeof context.cookies>> = [];
    const callbacks = await interceptAuthorizationResponse(
      page,
      (callback) => callback,
      async () => {
        flowCookies = (await context.cookies()).filter((cookie) => /portail\.(state|nonce|pkce)/.test(cookie.name));
      },
    );
    await signIn(page, people.karim);
    const [callbackUrl] = callbacks;
    expect(callbackUrl).toContain("code=");
    expect(flowCookies.length).toBeGreaterThan(0);
    // Another browser replays the same code with the same flow cookies.
    await context.clearCookies();
    await context.addCookies(flowCookies);
    await page.unrouteAll();
    await page.goto(callbackUrl as string);
    await expect(page).toHaveURL(/\/connexion\?.*error=OAuthCallback/);
    await expect(page.getByText("Connexion impossible")).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter", includeHidden: true }).first()).toBeAttached();
  });

  test("a foreign callbackUrl is ignored: the person stays on the portal", async ({ page, baseURL }) => {
    await signIn(page, people.jeanne, "/connexion?callbackUrl=https%3A%2F%2Fevil.example%2Fvol");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL as string).origin);
  });

  test("a sign-in form posted from another site is refused", async ({ request, baseURL }) => {
    const response = await request.post("/api/connexion", {
      headers: { Origin: "https://evil.example" },
      form: { callbackUrl: "/mes-demarches" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(`${baseURL}/connexion?erreur=origine`);
  });

  test("session cookies are HttpOnly and SameSite=Lax, and no token reaches the page", async ({ page, context }) => {
    await signIn(page, people.jeanne);
    const session = (await context.cookies()).find((cookie) => cookie.name === "portail.session-token");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    const html = await page.content();
    expect(html).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
    const sessionJson = await page.evaluate(async () => (await fetch("/api/auth/session")).text());
    expect(sessionJson).not.toMatch(/idToken|id_token|eyJ/);
    expect(sessionJson).toContain("Jeanne Marie Martin");
  });
});
