import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "../support/axe";
import { people, signIn } from "../support/sign-in";

// The per-person limit the suite's portal runs with (playwright.config.ts writes it into process.env).
const perPersonLimit = Number((process.env.RATE_LIMIT_MANDATE_CODE_PER_USER ?? "10/1h").split("/")[0]);

/** Well-formed invitation codes (10 characters of the code alphabet) that no invitation has. */
const guessedCode = (attempt: number) => `QQQQQ-QQQ${"ABCDEFGHJKMNPQRSTWXYZ"[Math.floor(attempt / 8)]}${"23456789"[attempt % 8]}`;

test.describe("abuse limits", () => {
  // Hélène is this journey's own person; her counter is on the portal's database, so the
  // journey runs once (desktop). The per-address and portal-wide limits are covered in lib/rate-limit.
  test.skip(({ isMobile }) => isMobile, "runs once, on desktop");

  test("an aidant who guesses invitation codes is stopped with a 429 and a French message", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, people.helene);

    let refusal: { status: number; retryAfter: string | undefined; attempt: number } | null = null;
    // On a fresh portal the first `perPersonLimit` guesses get the usual message; on a reused one
    // (a re-run within the hour) the stop may come sooner, never later.
    // Each refused code comes back to the same form, as a person would retype it.
    await page.goto("/aidant/accepter");
    for (let attempt = 0; attempt <= perPersonLimit && !refusal; attempt += 1) {
      await page.getByRole("textbox", { name: /^Code d'invitation/ }).fill(guessedCode(attempt));
      const answer = page.waitForResponse((response) => response.url().endsWith("/api/aidants/acceptation") && response.request().method() === "POST");
      await page.getByRole("button", { name: "Accepter l'invitation" }).click();
      const response = await answer;
      if (response.status() === 429) {
        refusal = { status: 429, retryAfter: response.headers()["retry-after"], attempt };
      } else {
        expect(response.status()).toBe(303);
        await expect(page.getByText("Ce code ne correspond à aucune invitation.").first()).toBeVisible();
      }
    }

    expect(refusal, `no 429 after ${perPersonLimit + 1} wrong codes`).not.toBeNull();
    expect(refusal!.attempt).toBeLessThanOrEqual(perPersonLimit);
    expect(Number(refusal!.retryAfter)).toBeGreaterThan(0);
    expect(Number(refusal!.retryAfter)).toBeLessThanOrEqual(3600);

    await expect(page.getByRole("heading", { level: 1, name: "Trop de tentatives" })).toBeVisible();
    await expect(page.getByRole("alert")).toContainText(/Trop de tentatives\. Réessayez dans \d+ minutes?\./);
    await expectNoAxeViolations(page);

    // The way back works, and the next guess is refused too: the stop holds for the whole window.
    await page.getByRole("link", { name: "Revenir à la saisie du code" }).click();
    await expect(page).toHaveURL(/\/aidant\/accepter$/);
    await page.getByRole("textbox", { name: /^Code d'invitation/ }).fill(guessedCode(perPersonLimit + 1));
    const again = page.waitForResponse((response) => response.url().endsWith("/api/aidants/acceptation"));
    await page.getByRole("button", { name: "Accepter l'invitation" }).click();
    expect((await again).status()).toBe(429);
    await expect(page.getByRole("alert")).toContainText("Trop de tentatives.");

    // A code in the wrong format probes nothing: it still gets the format help, not the 429.
    await page.goto("/aidant/accepter");
    await page.getByRole("textbox", { name: /^Code d'invitation/ }).fill("ABC");
    const mistyped = page.waitForResponse((response) => response.url().endsWith("/api/aidants/acceptation"));
    await page.getByRole("button", { name: "Accepter l'invitation" }).click();
    expect((await mistyped).status()).toBe(303);
    await expect(page.getByText(/Ce code n'a pas le bon format/).first()).toBeVisible();
  });
});
