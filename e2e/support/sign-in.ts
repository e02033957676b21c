import { readFile } from "node:fs/promises";
import path from "node:path";

import { expect, test, type BrowserContext, type Page } from "@playwright/test";

/** Invented people of the sandbox identity provider (sandbox/identity-provider/people.ts). */
export const people = {
  jeanne: { key: "jeanne-martin", name: "Jeanne Marie Martin" },
  karim: { key: "karim-benali", name: "Karim Benali" },
  sophie: { key: "sophie-martin", name: "Sophie Anne Martin" },
  // Journeys that change partner state each use their own person (tests run in parallel).
  andre: { key: "andre-lefebvre", name: "André Lefebvre" },
  nadia: { key: "nadia-haddad", name: "Nadia Haddad" },
  lucie: { key: "lucie-bernard", name: "Lucie Bernard" },
  marc: { key: "marc-bernard", name: "Marc Bernard" },
  claire: { key: "claire-moreau", name: "Claire Moreau" },
  // Guesses invitation codes until the portal stops her (journeys/abuse-limits.spec.ts).
  helene: { key: "helene-roux", name: "Hélène Roux" },
  // Sends admission requests from the portal (journeys/send-request.spec.ts); her profile is seeded (prisma/seed.ts).
  yvonne: { key: "yvonne-perrin", name: "Yvonne Perrin" },
  // Fills her profile, exports her data, deletes her account (journeys/profile.spec.ts).
  odette: { key: "odette-lambert", name: "Odette Lambert" },
  // Pairs with Mon espace santé (journeys/mon-espace-sante.spec.ts).
  yves: { key: "yves-perrin", name: "Yves Perrin" },
  // Prepares an MDPH request from the portal, fills her profile on the way (journeys/send-mdph-request.spec.ts).
  ines: { key: "ines-fontaine", name: "Inès Fontaine" },
} as const;

/** An invented person of the sandbox identity provider: its key there and the name the portal shows. */
export type Person = { key: string; name: string };

export const identityProviderOrigin = new URL(process.env.FRANCECONNECT_ISSUER ?? "http://localhost:4110/api/v2").origin;

/** On the identity provider's sign-in page: picks an invented person and confirms. */
export async function chooseIdentity(page: Page, person: Person): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Choisissez une personne fictive pour vous connecter" })).toBeVisible();
  await page.locator(`label[for=person-${person.key}]`).click();
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
}

/** Signs in on the portal with FranceConnect (sandbox) and waits for the dashboard. */
export async function signIn(page: Page, person: Person, from = "/connexion"): Promise<void> {
  await page.goto(from);
  await page.getByRole("button", { name: /S’identifier avec\s*FranceConnect/ }).click();
  await chooseIdentity(page, person);
  await expect(page.getByRole("banner").getByRole("link", { name: person.name, includeHidden: true }).first()).toBeAttached();
}

/** People whose read-only journeys start from a session saved by `signed-in.setup.ts`. */
export const STORED_SESSION_PEOPLE = ["jeanne", "karim"] as const;
type StoredSessionPerson = (typeof people)[(typeof STORED_SESSION_PEOPLE)[number]];

/** Where the setup project saves a person's signed-in browser state (in the run's output folder). */
export function storedSessionFile(person: Person): string {
  return path.join(test.info().project.outputDir, ".auth", `${person.key}.json`);
}

/**
 * Gives the page's browser context the session that the setup project saved
 * for this person (portal and identity provider cookies): the journey starts
 * signed in, as after `signIn`, without the round trip through the identity
 * provider. Only for journeys that neither sign out nor change the person's data.
 */
export async function resumeSession(page: Page, person: StoredSessionPerson): Promise<void> {
  const state = JSON.parse(await readFile(storedSessionFile(person), "utf8")) as Awaited<ReturnType<BrowserContext["storageState"]>>;
  await page.context().addCookies(state.cookies);
}

/**
 * Records every page the browser displays, so a test can prove that no
 * identity provider form was shown during a hand-over.
 */
export function recordDisplayedPages(page: Page): string[] {
  const urls: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) urls.push(frame.url());
  });
  return urls;
}

export function identityProviderFormsIn(urls: string[]): string[] {
  return urls.filter((url) => url.startsWith(identityProviderOrigin) && url.includes("/interaction/"));
}

/**
 * Intercepts the identity provider's answer to its sign-in form, follows its
 * internal redirects with the browser's cookies, and lets the test read or
 * change the authorization response (code, state) sent back to the portal.
 */
export async function interceptAuthorizationResponse(
  page: Page,
  transform: (callback: URL) => URL = (callback) => callback,
  /** Runs just before the browser is sent back to the portal (its flow cookies are still set). */
  beforeReturn: () => Promise<void> = async () => undefined,
): Promise<string[]> {
  const callbacks: string[] = [];
  await page.route("**/interaction/*/login", async (route) => {
    const first = await route.fetch({ maxRedirects: 0 });
    let location = first.headers().location;
    while (location && new URL(location, identityProviderOrigin).origin === identityProviderOrigin) {
      const next = await page.context().request.get(new URL(location, identityProviderOrigin).toString(), { maxRedirects: 0 });
      location = next.headers().location;
    }
    if (!location) throw new Error("the identity provider did not redirect back to the portal");
    callbacks.push(location);
    await beforeReturn();
    await route.fulfill({ status: 303, headers: { location: transform(new URL(location)).toString() } });
  });
  return callbacks;
}
