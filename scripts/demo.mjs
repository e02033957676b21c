// `npm run demo`: installs dependencies if missing, builds the portal, starts
// the local partner services, migrates and seeds the embedded database,
// imports the partners' catalogue, then starts the portal and prints every
// address. Idempotent: running it again changes nothing. Ctrl+C stops everything.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const children = [];
let stopping = false;

function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

function step(message, command, args) {
  console.log(`\n▶ ${message}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✘ ${message} failed (exit code ${result.status}).`);
    shutdown(result.status ?? 1);
    throw new Error(message);
  }
}

function start(name, command, args, readyLine) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"] });
    children.push(child);
    child.stdout.on("data", (chunk) => {
      const text = chunk.toString();
      process.stdout.write(text);
      if (readyLine && text.includes(readyLine)) resolve(child);
    });
    child.on("exit", (code) => {
      if (stopping) return;
      console.error(`\n${name} stopped (exit code ${code}).`);
      reject(new Error(`${name} stopped`));
      shutdown(code ?? 1);
    });
    if (!readyLine) resolve(child);
  });
}

async function answers(url) {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}

try {
  if (!existsSync("node_modules/.package-lock.json")) step("Installing dependencies (npm ci)", "npm", ["ci", "--no-audit", "--no-fund"]);
  step("Building the portal", "npm", ["run", "build", "--silent"]);
  console.log("\n▶ Starting the local partner services");
  await start("Sandbox", "npx", ["tsx", "scripts/sandbox.ts"], "Sandbox services ready.");
  step("Migrating and seeding the database", "npx", ["tsx", "scripts/db.ts", "seed"]);
  step("Importing the catalogue from the partner services", "npm", ["run", "ingest", "--silent", "--", "all"]);
  const port = process.env.PORT ?? "3000";
  await start("Portal", "npx", ["next", "start", "-p", port]);
  const addresses = [
    ["Portail Autonomie", `http://localhost:${port}`],
    ["Identité (type FranceConnect)", "http://localhost:4010"],
    ["ViaTrajectoire (bac à sable)", "http://localhost:4020/demandes"],
    ["MDPH en ligne (bac à sable)", "http://localhost:4030/demandes"],
    ["ROR (FHIR, bac à sable)", "http://localhost:4050/fhir"],
    ["Ma Boussole Aidants (bac à sable)", "http://localhost:4060"],
    ["data.gouv.fr (bac à sable)", "http://localhost:4070"],
    ["Base Adresse Nationale (bac à sable)", "http://localhost:4080/search/?q=Lyon&type=municipality"],
  ];
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !(await answers(`http://localhost:${port}/api/sante`))) await new Promise((resolve) => setTimeout(resolve, 500));
  console.log("\nPortail Autonomie et services partenaires locaux :");
  for (const [name, url] of addresses) console.log(`  ${name.padEnd(34)} ${url}`);
  console.log("\nCtrl+C pour tout arrêter.");
} catch (error) {
  if (!stopping) {
    console.error(error instanceof Error ? error.message : error);
    shutdown(1);
  }
}
