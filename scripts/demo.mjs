// `npm run demo`: installs dependencies if missing, migrates and seeds the
// embedded database, builds, then starts the portal and the local partner
// services, printing their URLs. Ctrl+C stops everything.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);

function step(message, command, args) {
  console.log(`\n▶ ${message}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✘ ${message} failed (exit code ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync("node_modules/.package-lock.json")) step("Installing dependencies (npm ci)", "npm", ["ci", "--no-audit", "--no-fund"]);
step("Migrating and seeding the database", "npx", ["tsx", "scripts/db.ts", "seed"]);
step("Building the portal", "npm", ["run", "build", "--silent"]);

const port = process.env.PORT ?? "3000";
const processes = [
  { name: "sandbox", command: "npx", args: ["tsx", "scripts/sandbox.ts"] },
  { name: "portal", command: "npx", args: ["next", "start", "-p", port] },
];
// Addresses printed once everything answers (defaults of .env.example).
const addresses = [
  ["Portail Autonomie", `http://localhost:${port}`, `http://localhost:${port}/api/sante`],
  ["Identité (type FranceConnect)", "http://localhost:4010", "http://localhost:4010/healthz"],
  ["ViaTrajectoire (bac à sable)", "http://localhost:4020/demandes", "http://localhost:4020/healthz"],
  ["MDPH en ligne (bac à sable)", "http://localhost:4030/demandes", "http://localhost:4030/healthz"],
];

const children = processes.map((entry) => {
  const child = spawn(entry.command, entry.args, { stdio: ["ignore", "inherit", "inherit"] });
  child.on("exit", (code) => {
    if (stopping) return;
    console.error(`\n${entry.name} stopped (exit code ${code}).`);
    shutdown(code ?? 1);
  });
  return child;
});

let stopping = false;
function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

async function answers(url) {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}

const deadline = Date.now() + 90_000;
while (Date.now() < deadline && !(await Promise.all(addresses.map(([, , health]) => answers(health)))).every(Boolean)) {
  await new Promise((resolve) => setTimeout(resolve, 500));
}
console.log("\nPortail Autonomie et services partenaires locaux :");
for (const [name, url, health] of addresses) {
  console.log(`  ${name.padEnd(32)} ${url}${(await answers(health)) ? "" : "  (ne répond pas)"}`);
}
console.log("\nCtrl+C pour tout arrêter.");
