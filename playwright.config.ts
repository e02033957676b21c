import { defineConfig, devices } from "@playwright/test";

import { sandboxEnv } from "./sandbox/ports";

// Debian's Chromium (apt), never a downloaded browser build. The flags keep it
// quiet on a machine without outside network.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// E2E_PORT_BASE moves every port at once (4100: sandbox on 4110…4180, portal on 3100),
// so several checkouts can run the suite side by side.
const portBase = Number(process.env.E2E_PORT_BASE ?? 4100);
const portalPort = Number(process.env.E2E_PORTAL_PORT ?? (portBase === 4100 ? 3100 : portBase + 90));
export const portalUrl = `http://localhost:${portalPort}`;
const sandboxUrl = (offset: number) => `http://localhost:${portBase + offset}`;

// The suite runs its own portal and sandbox services on ports of their own, so
// it never collides with a running `npm run demo`. Test files read these too.
const e2eEnv = {
  PORTAL_URL: portalUrl,
  ...sandboxEnv(portBase),
  // Abuse limits (lib/rate-limit): every test comes from 127.0.0.1 and the suite signs in ~20 times
  // a minute, so the per-address limits are raised far above it (they are tested in lib/rate-limit).
  // The per-person mandate-code limit is the one journeys/abuse-limits.spec.ts reaches, with its own
  // person; 10 an hour leaves room for the few codes the mandate journeys' aidants type, even when
  // a developer re-runs them against a reused portal.
  RATE_LIMIT_SIGN_IN: "2000/1min",
  RATE_LIMIT_JSON_API: "20000/1min",
  RATE_LIMIT_WEBHOOKS: "20000/1min",
  RATE_LIMIT_MANDATE_CODE_PER_USER: "10/1h",
  RATE_LIMIT_MANDATE_CODE_PER_ADDRESS: "5000/1h",
  RATE_LIMIT_MANDATE_CODE_GLOBAL: "5000/1h",
};
Object.assign(process.env, e2eEnv);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // An axe audit of a DSFR page takes about 10 s on a 2-core machine running the whole suite.
  timeout: 60_000,
  // The map's code and data take several seconds to arrive while two workers audit pages.
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: portalUrl,
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
    // A trace records every action's DOM and screen for each test, failed or not: about a tenth of the
    // suite's CPU here. CI keeps only the log, so it records none; local runs keep the failures' traces.
    trace: process.env.CI ? "off" : "retain-on-failure",
  },
  projects: [
    { name: "setup", testMatch: /support\/.*\.setup\.ts/ },
    {
      name: "desktop",
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, channel: undefined },
    },
    {
      // At 375 px: every accessibility audit (e2e/a11y), plus the journeys tagged
      // @mobile, whose layout or controls differ on a phone (menu, filters, popups).
      // One device pixel per CSS pixel: layout, media queries and axe see the same
      // 375 px page, and software rendering (no GPU here) draws a quarter of the pixels.
      name: "mobile",
      dependencies: ["setup"],
      grep: [/a11y\//, /@mobile/],
      use: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    },
  ],
  webServer: [
    {
      command: "npx tsx scripts/sandbox.ts",
      url: `${sandboxUrl(10)}/healthz`,
      timeout: 60_000,
      reuseExistingServer: !process.env.CI,
      env: e2eEnv,
    },
    {
      // Built by `npm test` before Playwright runs; a dedicated embedded database.
      command: "node scripts/e2e-server.mjs",
      url: `${portalUrl}/api/sante`,
      timeout: 240_000,
      reuseExistingServer: !process.env.CI,
      env: { ...e2eEnv, E2E_PORTAL_PORT: String(portalPort) },
    },
  ],
});
