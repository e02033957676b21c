// `npm test`: installs what the suite needs, then runs lint, type-check, unit
// and integration tests (PGlite, and PostgreSQL when a server can be started)
// and the Playwright suite. Ends with the line "N passed, N failed".
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const isRoot = process.getuid?.() === 0;
const results = { passed: 0, failed: 0, skipped: 0 };
const cleanups = [];

function log(message) {
  console.log(`\n▶ ${message}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  return result.status === 0;
}

function aptInstall(packages) {
  if (!isRoot) return false;
  log(`Installing Debian packages: ${packages.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  return run("apt-get", ["update", "-qq"], { env }) && run("apt-get", ["install", "-y", "-qq", ...packages], { env });
}

function ensureDependencies() {
  const marker = "node_modules/.package-lock.json";
  const stale = !existsSync(marker) || statSync("package-lock.json").mtimeMs > statSync(marker).mtimeMs;
  if (stale) {
    log("Installing npm dependencies (npm ci)");
    if (!run("npm", ["ci", "--no-audit", "--no-fund"])) throw new Error("npm ci failed");
  }
}

function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(chromium)) return;
  if (!aptInstall(["chromium"]) || !existsSync(chromium)) {
    throw new Error(
      `Chromium is missing at ${chromium}. Install Debian's package as root (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
}

function findPostgresBin() {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((name) => existsSync(path.join(base, name, "bin", "initdb")));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], "bin") : undefined;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a throw-away PostgreSQL cluster so the production database path is tested. */
async function startPostgres() {
  if (process.env.TEST_DATABASE_URL) return `using TEST_DATABASE_URL`;
  let bin = findPostgresBin();
  if (!bin && aptInstall(["postgresql"])) bin = findPostgresBin();
  if (!bin) return "skipped: PostgreSQL is not installed and cannot be installed without root";
  const dir = mkdtempSync(path.join(tmpdir(), "portail-pg-"));
  const asPostgres = (command, args) =>
    isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  if (isRoot) execFileSync("chown", ["postgres", dir]);
  const port = await freePort();
  const [initCommand, initArgs] = asPostgres(path.join(bin, "initdb"), ["-D", path.join(dir, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  if (!run(initCommand, initArgs, { stdio: "ignore" })) return "skipped: initdb failed";
  const [startCommand, startArgs] = asPostgres(path.join(bin, "pg_ctl"), [
    "-D", path.join(dir, "data"), "-l", path.join(dir, "server.log"), "-w",
    "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start",
  ]);
  if (!run(startCommand, startArgs, { stdio: "ignore" })) return `skipped: PostgreSQL did not start (see ${dir}/server.log)`;
  cleanups.push(() => {
    const [stopCommand, stopArgs] = asPostgres(path.join(bin, "pg_ctl"), ["-D", path.join(dir, "data"), "-m", "immediate", "stop"]);
    run(stopCommand, stopArgs, { stdio: "ignore" });
    rmSync(dir, { recursive: true, force: true });
  });
  process.env.TEST_DATABASE_URL = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return `started PostgreSQL (${path.basename(path.dirname(bin))}) on port ${port}`;
}

/**
 * Runs several checks at once (lint, types and the build each use about one core
 * for most of their time) and prints each one's output in one block when it ends,
 * so the log stays readable. Resolves with one boolean per check.
 */
async function parallelSteps(steps) {
  log(`${steps.map(({ name }) => name).join(", ")} — in parallel`);
  return Promise.all(
    steps.map(
      ({ name, command, args, env }) =>
        new Promise((resolve) => {
          const started = Date.now();
          const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
          const output = [];
          child.stdout.on("data", (chunk) => output.push(chunk));
          child.stderr.on("data", (chunk) => output.push(chunk));
          child.on("close", (code) => {
            log(`${name} (${Math.round((Date.now() - started) / 1000)} s)`);
            process.stdout.write(Buffer.concat(output));
            if (code === 0) results.passed += 1;
            else {
              results.failed += 1;
              console.error(`✘ ${name} failed`);
            }
            resolve(code === 0);
          });
        }),
    ),
  );
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, "utf8"));
  results.passed += report.numPassedTests;
  results.failed += report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0);
  results.skipped += report.numPendingTests + report.numTodoTests;
  return true;
}

function countPlaywright(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, "utf8"));
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  results.passed += expected;
  results.failed += unexpected + flaky;
  results.skipped += skipped;
  if ((report.errors ?? []).length > 0 && expected + unexpected === 0) results.failed += 1;
  return true;
}

async function main() {
  ensureDependencies();
  ensureChromium();
  log("Database servers for integration tests");
  console.log(`PostgreSQL: ${await startPostgres()}`);

  const [, , built] = await parallelSteps([
    { name: "Lint (ESLint)", command: "npx", args: ["eslint", "--max-warnings", "0", "."] },
    { name: "Type-check (tsc)", command: "npx", args: ["tsc", "--noEmit", "-p", "."] },
    // The type-check beside it covers the whole tree (tests, scripts, sandbox): the build need not repeat it.
    { name: "Build (next build)", command: "npm", args: ["run", "build", "--silent"], env: { SKIP_BUILD_TYPECHECK: "1" } },
  ]);

  log("Unit and integration tests (Vitest)");
  rmSync("test-results", { recursive: true, force: true });
  run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"]);
  if (!countVitest("test-results/vitest.json")) results.failed += 1;
  // Playwright empties test-results when it starts: the Vitest report is kept beside it.
  if (existsSync("test-results/vitest.json")) writeFileSync("vitest-report.json", readFileSync("test-results/vitest.json"));

  if (built) {
    log("Browser tests (Playwright, Debian Chromium)");
    run("npx", ["playwright", "test"], { env: { ...process.env, CI: process.env.CI ?? "1" } });
    if (!countPlaywright("test-results/playwright.json")) results.failed += 1;
    // Two portal instances on one PostgreSQL (issue #17): needs the server started above.
    if (process.env.TEST_DATABASE_URL) {
      log("Two portal instances on one PostgreSQL (Playwright, e2e/two-instances)");
      run("npx", ["playwright", "test", "--config", "e2e/two-instances/playwright.config.ts"], { env: { ...process.env, CI: process.env.CI ?? "1" } });
      if (!countPlaywright("test-results/two-instances.json")) results.failed += 1;
    }
  } else {
    results.failed += 1;
  }
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(`\n✘ ${error instanceof Error ? error.message : error}`);
  results.failed += 1;
} finally {
  for (const cleanup of cleanups) cleanup();
  exitCode = results.failed > 0 ? 1 : 0;
  mkdirSync(path.join(root, "test-results"), { recursive: true });
  writeFileSync(path.join(root, "test-results", "summary.json"), JSON.stringify(results));
  console.log(`\nSkipped: ${results.skipped}`);
  console.log(`${results.passed} passed, ${results.failed} failed`);
}
process.exit(exitCode);
