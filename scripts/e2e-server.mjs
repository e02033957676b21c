// Starts the built portal for the Playwright suite on its own embedded
// database (data/e2e-pglite), migrated and seeded from scratch each run.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.env.E2E_PORTAL_PORT ?? "3100";
const env = { ...process.env, DATABASE_URL: "pglite:./data/e2e-pglite", PORTAL_URL: `http://localhost:${port}` };

rmSync("data/e2e-pglite", { recursive: true, force: true });
const seed = spawnSync("npx", ["tsx", "scripts/db.ts", "seed"], { env, stdio: "inherit" });
if (seed.status !== 0) process.exit(seed.status ?? 1);

const server = spawn("npx", ["next", "start", "-p", port], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
