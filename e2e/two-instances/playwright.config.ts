import { defineConfig, devices } from "@playwright/test";

import { sandboxEnv } from "../../sandbox/ports";

// Two portal instances on one PostgreSQL (issue #17), run by `npm test` after the main suite when
// it has a PostgreSQL server (TEST_DATABASE_URL). Its own sandbox partners and ports
// (TWO_INSTANCES_PORT_BASE, default 4300: sandbox on 4310…4380, instances on 4390 and 4391), so it
// never meets the main suite's portal.
const portBase = Number(process.env.TWO_INSTANCES_PORT_BASE ?? 4300);
const sandboxUrl = (offset: number) => `http://localhost:${portBase + offset}`;
export const instanceUrls = [`http://localhost:${portBase + 90}`, `http://localhost:${portBase + 91}`] as const;

const env = {
  PORTAL_URL: instanceUrls[0],
  ...sandboxEnv(portBase),
  TWO_INSTANCES_PORTS: `${portBase + 90},${portBase + 91}`,
};
Object.assign(process.env, env);

export default defineConfig({
  testDir: ".",
  testMatch: /\.two-instances\.ts$/,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: "../../test-results/two-instances",
  reporter: [["list"], ["json", { outputFile: "../../test-results/two-instances.json" }]],
  use: {
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] },
    ...devices["Desktop Chrome"],
    channel: undefined,
    viewport: { width: 1280, height: 800 },
    trace: "off",
  },
  webServer: [
    { command: "npx tsx scripts/sandbox.ts", cwd: "../..", url: `${sandboxUrl(10)}/healthz`, timeout: 60_000, reuseExistingServer: false, env },
    { command: "node scripts/e2e-two-instances.mjs", cwd: "../..", url: `${instanceUrls[1]}/api/sante`, timeout: 180_000, reuseExistingServer: false, env },
  ],
});
