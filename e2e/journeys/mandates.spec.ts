import type { Page } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

import { acceptInvitation, inviteAidant } from "../support/mandates";
import { chooseIdentity, type Person } from "../support/sign-in";

// Invented people of the sandbox identity provider: Lucie gives the mandate, her son Marc is her aidant.
const lucie: Person = { key: "lucie-bernard", name: "Lucie Bernard" };
const marc: Person = { key: "marc-bernard", name: "Marc Bernard" };

/** The entries of « Vos aidants » on /mon-compte/aidants. */
const aidantsList = (page: Page) => page.getByRole("list", { name: "Vos aidants et vos invitations" }).locator(":scope > li");

test.describe("aidant mandate", () => {
  // One mandate between two fixed people: running it in both projects at once would make the
  // second acceptance « déjà aidant ». The rules themselves are covered by lib/mandates integration tests.
  test.skip(({ isMobile }) => isMobile, "runs once, on desktop");

  test("Lucie invites Marc, Marc follows her requests, Lucie sees it and revokes, Marc is refused at once", async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const lucieContext = await browser.newContext();
    const marcContext = await browser.newContext();
    const luciePage = await lucieContext.newPage();
    const marcPage = await marcContext.newPage();

    const { code, link } = await test.step("Lucie signs in and invites Marc", async () => {
      await luciePage.goto("/mon-compte/aidants");
      await luciePage.getByRole("button", { name: /S’identifier avec\s*FranceConnect/ }).click();
      await chooseIdentity(luciePage, lucie);
      await expect(luciePage).toHaveURL(/\/mon-compte\/aidants$/);
      const invitation = await inviteAidant(luciePage, "Marc, mon fils", { notifications: true });
      expect(invitation.link).toBe(`${baseURL}/aidant/accepter?code=${invitation.code.replace("-", "")}`);
      await expect(luciePage.getByText(/Valable jusqu.au/)).toBeVisible();
      // Shown once: a reload no longer shows the code.
      await luciePage.reload();
      await expect(luciePage.getByTestId("code-invitation")).toHaveCount(0);
      await expect(luciePage.getByText(invitation.code)).toHaveCount(0);
      await expect(aidantsList(luciePage).filter({ hasText: "Marc, mon fils" })).toContainText("Invitation en attente");
      return invitation;
    });

    const pour = await test.step("Marc opens the link, signs in, and accepts", async () => {
      await marcPage.goto(link);
      await expect(marcPage.getByRole("heading", { level: 1, name: "Aider un proche" })).toBeVisible();
      await marcPage.getByRole("button", { name: /S’identifier avec\s*FranceConnect/ }).click();
      await chooseIdentity(marcPage, marc);
      await expect(marcPage).toHaveURL(/\/aidant\/accepter\?code=/);
      await expect(marcPage.getByRole("textbox", { name: /^Code d'invitation/ })).toHaveValue(code.replace("-", ""));
      await marcPage.getByRole("button", { name: "Accepter l'invitation" }).click();
      await expect(marcPage.getByText(`Vous aidez maintenant ${lucie.name}.`)).toBeVisible();
      const dashboardLink = marcPage.getByRole("link", { name: `Voir les démarches de ${lucie.name}` }).first();
      const href = (await dashboardLink.getAttribute("href")) ?? "";
      expect(href).toMatch(/^\/mes-demarches\?pour=[A-Za-z0-9_-]+$/);
      return { href, userId: new URL(href, baseURL).searchParams.get("pour") ?? "" };
    });

    await test.step("the same code does not work twice", async () => {
      await acceptInvitation(marcPage, code);
      await expect(marcPage.getByText("Ce code a déjà été utilisé", { exact: false }).first()).toBeVisible();
    });

    await test.step("Marc consults Lucie's requests", async () => {
      await marcPage.goto(pour.href);
      await expect(marcPage).toHaveURL(pour.href);
      await expect(marcPage.getByRole("main")).toContainText(lucie.name);
      await expect(marcPage.getByLabel("Je consulte pour")).toHaveValue(pour.userId);
      // Lucie's Mon espace santé link is hers alone: her requests, seen by Marc, lead nowhere near it.
      await expect(marcPage.getByRole("main").getByRole("link", { name: "Mon espace santé" })).toHaveCount(0);
    });

    await test.step("Lucie sees the access in her log and revokes", async () => {
      await luciePage.goto("/mon-compte/aidants");
      const entry = aidantsList(luciePage).filter({ hasText: marc.name }).filter({ hasText: "Accès actif" });
      await expect(entry).toBeVisible();
      const log = luciePage.getByRole("table", { name: /Ce que vos aidants ont consulté/ });
      await expect(log.getByRole("row").filter({ hasText: marc.name }).first()).toContainText("La liste de vos démarches");
      await entry.getByRole("button", { name: /Retirer l'accès/ }).click();
      await expect(luciePage.getByRole("heading", { name: "Accès retiré" })).toBeVisible();
      await expect(aidantsList(luciePage).filter({ hasText: marc.name })).toContainText("Accès retiré");
    });

    await test.step("Marc's next read is refused at once, without any of Lucie's data", async () => {
      const response = await marcPage.goto(pour.href);
      expect(response?.status()).toBeLessThan(500);
      await expect(marcPage.getByRole("heading", { name: "Vous ne pouvez pas consulter les démarches de cette personne" })).toBeVisible();
      await expect(marcPage.getByRole("main")).not.toContainText(lucie.name);
      await expect(marcPage.getByLabel("Je consulte pour")).toHaveCount(0);
      await marcPage.goto("/aidant/accepter");
      await expect(marcPage.getByText("Vous n'aidez encore personne sur ce portail.")).toBeVisible();
    });

    await lucieContext.close();
    await marcContext.close();
  });

  test("mandate forms posted from another site are refused", async ({ request, baseURL }) => {
    for (const action of ["invitations", "acceptation", "retrait"]) {
      const response = await request.post(`/api/aidants/${action}`, {
        headers: { Origin: "https://evil.example" },
        form: { aidantLabel: "X", scopes: "voir-demarches", code: "ABCDE-23456", mandat: "x" },
        maxRedirects: 0,
      });
      expect(response.status(), action).toBe(303);
      expect(response.headers().location, action).toMatch(new RegExp(`^${baseURL}/(mon-compte/aidants|aidant/accepter)\\?erreur=origine$`));
    }
  });
});
