// Starts two instances of the built portal on one PostgreSQL database (issue #17) for
// e2e/two-instances: a fresh database on the TEST_DATABASE_URL server, migrated, seeded and given
// the commune index from the sandbox (started by Playwright first), then `next start` twice.
// The offer catalogue stays empty: the journey imports it through the job queue.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";

import pg from "pg";

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set: the two-instance test needs a PostgreSQL server");
const [portA, portB] = (process.env.TWO_INSTANCES_PORTS ?? "4390,4391").split(",");
const name = `portail_two_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
await admin.end();
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const databaseUrl = url.toString();
console.log(`Two instances on ${name}`);

async function dropDatabase() {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  await client.end();
}

const base = { ...process.env, DATABASE_URL: databaseUrl, JOB_POLLING_SECONDS: "0.5", SYNC_SCHEDULE: "off" };
for (const [command, ...args] of [["npx", "tsx", "scripts/db.ts", "seed"], ["node", "--import", "tsx", "scripts/ingest.ts", "communes"]]) {
  const result = spawnSync(command, args, { env: base, stdio: "inherit" });
  if (result.status !== 0) {
    await dropDatabase();
    process.exit(result.status ?? 1);
  }
}

const servers = [portA, portB].map((port) =>
  spawn("npx", ["next", "start", "-p", port], { env: { ...base, PORTAL_URL: `http://localhost:${port}` }, stdio: "inherit" }),
);
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const server of servers) server.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await dropDatabase();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop(0));
for (const server of servers) server.on("exit", (code) => void stop(code ?? 0));
