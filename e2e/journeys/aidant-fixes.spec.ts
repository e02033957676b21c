import type { Browser, Locator, Page, TestInfo } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

import { acceptInvitation, inviteAidant } from "../support/mandates";
import { partnerUrls } from "../support/partners";
import { people, signIn, type Person } from "../support/sign-in";

// Issue #18, aidants: Lucie Bernard lets an aidant follow her requests; the
// aidant must be addressed as the aidant, never sent to a partner page that
// cannot be his, and Lucie's page must speak DSFR French. The aidant is
// Sophie Martin, not Marc: e2e/journeys/mandates.spec.ts owns the Lucie → Marc
// mandate and runs at the same time. Lucie's admission proposal
// (VT-2026-006230, ViaTrajectoire) is the request an aidant would act on.

test.describe.configure({ timeout: 180_000 });

const lucie = people.lucie;
const aidant: Person = people.sophie;
const AIDANT_LABEL = "Sophie, ma voisine";
const COPY_LABEL = "Invitation à copier";
const PROPOSAL = "VT-2026-006230";

const nameField = (page: Page) => page.getByRole("textbox", { name: /^Nom de votre aidant/ });

async function newSignedInPage(browser: Browser, testInfo: TestInfo, person: Person, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ ...testInfo.project.use });
  const page = await context.newPage();
  await signIn(page, person);
  if (options.javaScriptEnabled !== false) return page;
  const noScript = await browser.newContext({ ...testInfo.project.use, javaScriptEnabled: false, storageState: await context.storageState() });
  return noScript.newPage();
}

/**
 * What the aidant reads must not address him as the applicant. Quoted partner
 * messages (`<q>`, "Message pour Lucie Bernard : « … »") keep their own words.
 */
async function expectWordedForTheAidant(area: Locator) {
  const text = await area.evaluate((element) => {
    const clone = element.cloneNode(true) as Element;
    for (const quote of clone.querySelectorAll("q")) quote.remove();
    return clone.textContent ?? "";
  });
  expect(text).not.toMatch(/vous propose (une admission|une place)/);
  expect(text).not.toMatch(/confirmez-la|Répondez avant/);
  expect(text).not.toMatch(/votre admission|Vous attendez qu'une place|accepte de vous accueillir/);
}

/** No link of the area leads to a partner page of one request (the partner answers 404 to anyone but Lucie). */
async function expectNoRequestHandover(area: Locator) {
  const hrefs = await area.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  for (const base of Object.values(partnerUrls)) {
    expect(hrefs.filter((href) => href.startsWith(`${base}/demandes/`))).toEqual([]);
  }
}

test.describe("Lucie and her aidant", () => {
  test.skip(({ isMobile }) => isMobile, "one mandate between two fixed people: desktop only");

  test("an empty aidant name gets a French DSFR error, with and without JavaScript", async ({ browser }, testInfo) => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await newSignedInPage(browser, testInfo, lucie, { javaScriptEnabled });
      await page.goto("/mon-compte/aidants");
      await page.getByRole("button", { name: "Créer l'invitation" }).click();
      const error = page.locator(".fr-input-group--error .fr-error-text");
      await expect(error, `JavaScript ${javaScriptEnabled}`).toHaveText("Indiquez le nom de votre aidant, par exemple : Marc, mon fils.");
      await expect(nameField(page)).toHaveAttribute("aria-invalid", "true");
      await expect(nameField(page)).toHaveAccessibleDescription(/Indiquez le nom de votre aidant/);
      if (javaScriptEnabled) await expect(nameField(page)).toBeFocused();
      await expect(page.getByText(/Code d'invitation pour/)).toHaveCount(0);
      await page.context().close();
    }
  });

  test("Lucie copies the invitation link with one button and is told it is copied", async ({ browser }, testInfo) => {
    const luciePage = await newSignedInPage(browser, testInfo, lucie);
    await luciePage.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const created = await inviteAidant(luciePage, COPY_LABEL);
    // The link stays on the page as text, for anyone who copies it by hand.
    await expect(luciePage.getByTestId("lien-invitation")).toHaveText(created.link);
    await luciePage.getByRole("button", { name: "Copier le lien" }).click();
    await expect(luciePage.getByRole("status").filter({ hasText: "Lien copié" })).toBeVisible();
    expect(await luciePage.evaluate(() => navigator.clipboard.readText())).toBe(created.link);
    const entry = luciePage.getByRole("list", { name: "Vos aidants et vos invitations" }).locator(":scope > li").filter({ hasText: COPY_LABEL });
    await entry.getByRole("button", { name: /Annuler l'invitation/ }).click();
    await expect(luciePage.getByRole("heading", { name: "Accès retiré" })).toBeVisible();
  });

  test("Lucie's aidant follows her admission proposal as her aidant, and Lucie sees its title in her log", async ({ browser }, testInfo) => {
    const luciePage = await newSignedInPage(browser, testInfo, lucie);
    const invitation = await test.step("Lucie invites her aidant", () => inviteAidant(luciePage, AIDANT_LABEL));

    const aidantPage = await newSignedInPage(browser, testInfo, aidant);
    const forLucie = await test.step("the aidant accepts and opens Lucie's requests", async () => {
      await acceptInvitation(aidantPage, invitation.code);
      await expect(aidantPage.getByText(`Vous aidez maintenant ${lucie.name}.`)).toBeVisible();
      const href = (await aidantPage.getByRole("link", { name: `Voir les démarches de ${lucie.name}` }).first().getAttribute("href")) ?? "";
      await aidantPage.goto(href);
      return href;
    });

    await test.step("on the list, the proposal is worded for the aidant and explains what he can do", async () => {
      const card = aidantPage.getByRole("main").locator("article.fr-card").filter({ hasText: "Résidence Les Hortensias" });
      await expect(card.getByText("À faire")).toBeVisible();
      await expect(card).toContainText(`${lucie.name} doit confirmer`);
      await expect(card).toContainText(`Sur ViaTrajectoire, seul le compte de ${lucie.name} donne accès à cette demande`);
      await expectWordedForTheAidant(card);
      await expectNoRequestHandover(aidantPage.getByRole("main"));
    });

    const title = await test.step("on the request page too, in both reading versions", async () => {
      await aidantPage.getByRole("main").locator("article.fr-card").filter({ hasText: "Résidence Les Hortensias" }).getByRole("heading", { level: 3 }).getByRole("link").click();
      await expect(aidantPage).toHaveURL(new RegExp(`/mes-demarches/via-trajectoire/${PROPOSAL}\\?pour=`));
      const main = aidantPage.getByRole("main");
      await expect(main.getByRole("heading", { name: "Où en est la demande" })).toBeVisible();
      await expect(main).toContainText(`${lucie.name} doit confirmer`);
      await expect(main).toContainText(`Sur ViaTrajectoire, seul le compte de ${lucie.name} donne accès à cette demande`);
      await expectWordedForTheAidant(main);
      await expectNoRequestHandover(main);
      const heading = (await main.getByRole("heading", { level: 1 }).innerText()).trim();

      await aidantPage.getByRole("button", { name: "Facile à lire" }).click();
      await expect(aidantPage.getByRole("button", { name: "Version standard" })).toBeVisible();
      await expect(main).toContainText(lucie.name);
      await expectWordedForTheAidant(main);
      await expectNoRequestHandover(main);
      await aidantPage.getByRole("button", { name: "Version standard" }).click();
      await expect(aidantPage.getByRole("button", { name: "Facile à lire" })).toBeVisible();
      return heading;
    });

    await test.step("the partner link the aidant is given opens a page of his own", async () => {
      const link = aidantPage.getByRole("main").getByRole("link", { name: /Ouvrir votre espace ViaTrajectoire/ });
      await expect(link).toHaveAttribute("href", `${partnerUrls["via-trajectoire"]}/demandes`);
      await link.click();
      await expect(aidantPage.getByRole("heading", { level: 1, name: "Mes demandes d’admission" })).toBeVisible();
      await aidantPage.goto(forLucie);
    });

    await test.step("Lucie's access log names the request by its title", async () => {
      await luciePage.goto("/mon-compte/aidants");
      const log = luciePage.getByRole("table", { name: /Ce que vos aidants ont consulté/ });
      await expect(log.getByRole("row").filter({ hasText: aidant.name }).filter({ hasText: title }).first()).toBeVisible();
      await expect(log).not.toContainText(`La démarche ${PROPOSAL}`);
    });

    await test.step("Lucie withdraws the access", async () => {
      const entry = luciePage.getByRole("list", { name: "Vos aidants et vos invitations" }).locator(":scope > li").filter({ hasText: aidant.name }).filter({ hasText: "Accès actif" });
      await entry.getByRole("button", { name: /Retirer l'accès/ }).click();
      await expect(luciePage.getByRole("heading", { name: "Accès retiré" })).toBeVisible();
    });
  });
});
