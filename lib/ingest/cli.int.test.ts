import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openDatabase } from "@/lib/database/open-database";
import { createTestDatabase, postgresTestServerUrl } from "@/lib/testing/test-database";
import { startRorSandbox, type RorSandbox, type RorSandboxFaults } from "@/sandbox/ror/server";

import { catalogueSnapshot } from "./testing";

type Result = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** Runs `scripts/ingest.ts` in its own process; `killWhen` decides when to send `killWith`. */
function ingest(
  args: string[],
  env: Record<string, string>,
  kill?: { when: () => boolean; signal: NodeJS.Signals },
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...args], {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = kill
      ? setInterval(() => {
          if (kill.when()) {
            clearInterval(timer);
            child.kill(kill.signal);
          }
        }, 20)
      : undefined;
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (timer) clearInterval(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

// Each test spawns fresh processes (tsx compile, PGlite start): give them time.
describe("npm run ingest (CLI process)", { timeout: 120_000 }, () => {
  const faults: RorSandboxFaults = {};
  let sandbox: RorSandbox;
  let folder: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    sandbox = await startRorSandbox({ port: 0, offers: 1_000, faults });
    folder = await mkdtemp(path.join(tmpdir(), "ingest-cli-"));
    env = { ROR_FHIR_BASE_URL: sandbox.fhirBaseUrl, ROR_TOKEN_URL: sandbox.tokenUrl, DATABASE_URL: `pglite:${path.join(folder, "db")}` };
  });
  afterAll(async () => {
    await sandbox?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("imports the ROR, prints the report and exits 0; a second run changes nothing", async () => {
    const first = await ingest(["ror"], env);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/✔ ROR – Répertoire opérationnel des ressources \(FHIR\) — synchronisation complète réussie/);
    expect(first.stdout).toMatch(/lus 1000 · créés \d+ · mis à jour 0 · inchangés 0 · supprimés 0 · rejetés 0 · hors champ \d+/);
    // Not a terminal: no progress bar redraws in the output.
    expect(first.stdout).not.toContain("\r");

    const second = await ingest(["ror", "--full"], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/créés 0 · mis à jour 0 · inchangés \d+ · supprimés 0/);
  });

  it("exits 2 with the usage on bad arguments", async () => {
    const result = await ingest(["ror", "--since", "hier"], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--since attend une date ISO 8601");
  });

  it("rolls back a run stopped by SIGTERM half-way: the catalogue stays as it was", async () => {
    const db = await openDatabase(env.DATABASE_URL as string);
    const before = await catalogueSnapshot(db);
    await db.close();

    sandbox.mutate(400, 25);
    faults.pageDelayMs = 300;
    const searches = sandbox.stats.searches;
    // Killed after two pages of five have been read.
    const result = await ingest(["ror", "--full"], env, { when: () => sandbox.stats.searches >= searches + 2, signal: "SIGTERM" });
    faults.pageDelayMs = undefined;
    expect(result.code).toBe(130);
    expect(result.stdout).toContain("synchronisation complète ÉCHOUÉE");
    expect(result.stdout).toContain("le catalogue précédent est conservé, intact.");

    const after = await openDatabase(env.DATABASE_URL as string);
    try {
      expect(await catalogueSnapshot(after)).toEqual(before);
      const last = await after.prisma.importRun.findFirstOrThrow({ orderBy: { startedAt: "desc" } });
      expect(last).toMatchObject({ status: "failed", error: "Importation interrompue avant la fin : le catalogue précédent est conservé." });
      expect(last.readCount).toBeGreaterThan(0);
      expect(last.readCount).toBeLessThan(1_000);
    } finally {
      await after.close();
    }
  });

  it.runIf(postgresTestServerUrl())("survives a SIGKILL half-way on PostgreSQL: nothing of the run is committed", async () => {
    const db = await createTestDatabase("postgres");
    try {
      const url = db.target.kind === "postgres" ? db.target.url : "";
      const pgEnv = { ...env, DATABASE_URL: url };
      expect((await ingest(["ror", "--full"], pgEnv)).code).toBe(0);
      const before = await catalogueSnapshot(db);

      sandbox.mutate(500, 30);
      faults.pageDelayMs = 300;
      const searches = sandbox.stats.searches;
      const killed = await ingest(["ror", "--full"], pgEnv, { when: () => sandbox.stats.searches >= searches + 2, signal: "SIGKILL" });
      faults.pageDelayMs = undefined;
      expect(killed.signal).toBe("SIGKILL");
      expect(await catalogueSnapshot(db)).toEqual(before);
      const running = await db.prisma.importRun.findFirstOrThrow({ orderBy: { startedAt: "desc" } });
      expect(running.status).toBe("running");

      // The next run takes over: it marks the killed run as interrupted and applies the changes.
      const next = await ingest(["ror", "--full"], pgEnv);
      expect(next.code).toBe(0);
      expect(await db.prisma.importRun.findUniqueOrThrow({ where: { id: running.id } })).toMatchObject({ status: "interrupted" });
      expect(next.stdout).toMatch(/mis à jour [1-9]\d* /);
    } finally {
      await db.close();
    }
  });
});
