// Starts the built portal for the Playwright suite on its own embedded
// database (data/e2e-pglite), migrated, seeded and filled from the sandbox
// partner services (started by Playwright first) afresh each run.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.env.E2E_PORTAL_PORT ?? "3100";
const env = { ...process.env, DATABASE_URL: "pglite:./data/e2e-pglite", PORTAL_URL: `http://localhost:${port}` };

async function waitFor(url) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

function run(command, args) {
  const result = spawnSync(command, args, { env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

rmSync("data/e2e-pglite", { recursive: true, force: true });
await waitFor(env.DATAGOUV_CODES_POSTAUX_URL ?? "http://localhost:4070/codes-postaux.csv");
run("npx", ["tsx", "scripts/db.ts", "seed"]);
run("npm", ["run", "ingest", "--silent", "--", "all"]);

const server = spawn("npx", ["next", "start", "-p", port], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
