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
const services = [{ name: "Portail Autonomie", url: `http://localhost:${port}`, command: "npx", args: ["next", "start", "-p", port] }];

const children = services.map((service) => {
  const child = spawn(service.command, service.args, { stdio: "inherit" });
  child.on("exit", (code) => {
    console.error(`\n${service.name} stopped (exit code ${code}).`);
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

console.log("\nServices started:");
for (const service of services) console.log(`  ${service.name.padEnd(24)} ${service.url}`);
console.log("\nCtrl+C to stop.");
