import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { ORIGINALS_DIR } from "../../scripts/build/purge-css";
import { openHeaderMenu } from "../support/header";
import { people, resumeSession } from "../support/sign-in";

// The build removes the DSFR rules no page can use (scripts/build/purge-css.ts). This proves it removed
// none a page needs: each page, in both themes and with the phone menu open, looks the same to the pixel
// with the stylesheets as Next.js wrote them (kept in .next/purge-css-originals) as with the purged ones.
// Runs at 1280 px and, tagged @mobile, at 375 px.
const originals = path.join(process.cwd(), ".next", ORIGINALS_DIR);

type Shot = { state: string; image: Buffer };

/**
 * A screenshot once the page has stopped changing: two in a row alike, as Playwright's own `toHaveScreenshot`
 * waits (the DSFR script and late layout, such as a table's scroll shadows, can still move things just after load).
 */
async function stableScreenshot(page: Page, fullPage: boolean): Promise<Buffer> {
  await page.evaluate(() => document.fonts.ready);
  let previous = await page.screenshot({ fullPage, animations: "disabled", caret: "hide" });
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.waitForTimeout(150);
    const next = await page.screenshot({ fullPage, animations: "disabled", caret: "hide" });
    if (next.equals(previous)) return next;
    previous = next;
  }
  return previous;
}

async function screenshots(page: Page, pagePath: string, isMobile: boolean): Promise<Shot[]> {
  const shots: Shot[] = [];
  await page.goto(pagePath);
  await expect(page.locator("main#main")).toBeVisible();
  // The DSFR script has started: the header's buttons are wired.
  await expect(page.locator("html")).toHaveAttribute("data-fr-js", "true");
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator("html")).toHaveAttribute("data-fr-theme", theme);
    shots.push({ state: theme, image: await stableScreenshot(page, true) });
  }
  if (isMobile) {
    await page.emulateMedia({ colorScheme: "light" });
    await openHeaderMenu(page);
    shots.push({ state: "menu", image: await stableScreenshot(page, false) });
  }
  return shots;
}

/** From now on, the page gets each purged stylesheet as Next.js wrote it. */
async function serveOriginalStylesheets(page: Page): Promise<void> {
  await page.route(/\/_next\/static\/(.+\.css)$/, async (route) => {
    const file = path.join(originals, decodeURIComponent(new URL(route.request().url()).pathname.replace(/^\/_next\/static\//, "")));
    if (existsSync(file)) await route.fulfill({ body: readFileSync(file), contentType: "text/css; charset=utf-8" });
    else await route.continue();
  });
}

async function firstOffers(page: Page): Promise<string[]> {
  await page.goto("/recherche?lieu=Lyon&rayon=50");
  const hrefs = await page.locator("main a[href^='/offres/']").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  return [...new Set(hrefs)].slice(0, 2).map((href) => decodeURIComponent(href.replace("/offres/", "")));
}

const pages: Array<{ name: string; path: string | ((offers: string[]) => string); signedIn?: boolean }> = [
  { name: "home", path: "/" },
  { name: "search results", path: "/recherche?lieu=Lyon&public=aidants" },
  { name: "search with errors", path: "/recherche?public=inconnu" },
  { name: "offer page", path: ([first]) => `/offres/${encodeURIComponent(first as string)}` },
  { name: "comparison", path: ([first, second]) => `/comparer?offres=${encodeURIComponent(first as string)}&offres=${encodeURIComponent(second as string)}` },
  { name: "content page", path: "/comprendre/aides/apa-a-domicile" },
  { name: "costs result", path: "/combien-ca-coute?onglet=ehpad&gir=2&ressources=1600&hebergement=70&dependance=22&dependance56=6,5" },
  { name: "page not found", path: "/cette-page-n-existe-pas" },
  { name: "Mes démarches", path: "/mes-demarches", signedIn: true },
];

test.beforeAll(() => {
  test.skip(!existsSync(originals), "the build was not purged (run npm run build)");
});

for (const entry of pages) {
  test(`the purged DSFR stylesheets draw ${entry.name} as the whole ones do @mobile`, async ({ page, isMobile }) => {
    if (entry.signedIn) await resumeSession(page, people.jeanne);
    const pagePath = typeof entry.path === "string" ? entry.path : entry.path(await firstOffers(page));
    const purged = await screenshots(page, pagePath, isMobile);
    await serveOriginalStylesheets(page);
    const whole = await screenshots(page, pagePath, isMobile);
    const differing = purged.filter((shot, index) => !shot.image.equals(whole[index]?.image ?? Buffer.alloc(0)));
    for (const shot of differing) {
      await test.info().attach(`${shot.state} purged`, { body: shot.image, contentType: "image/png" });
      await test.info().attach(`${shot.state} whole`, { body: whole.find((other) => other.state === shot.state)?.image ?? Buffer.alloc(0), contentType: "image/png" });
    }
    expect(differing.map((shot) => shot.state), `states of ${pagePath} drawn differently once purged`).toEqual([]);
  });
}
