import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { startCataloguePartners } from "@/sandbox/catalogue-generator/partners";

import { freePort, processTreeMemory, runScript, type ProcessMemory } from "./child-process";
import { INGEST_NODE_FLAGS } from "./ingest";
import { startTemporaryPostgres } from "./postgres";

/**
 * Benches are one client on 127.0.0.1 sending far more than a person would: the
 * portal under test gets per-address limits high enough that the abuse limits
 * (lib/rate-limit) never answer 429 to the bench. The counters are still written
 * on every request, so their cost is part of what is measured.
 */
export const BENCH_RATE_LIMITS = { RATE_LIMIT_JSON_API: "1000000/1min", RATE_LIMIT_SIGN_IN: "1000000/1min" } as const;

export type BenchPortal = {
  /** http://localhost:<port> */
  base: string;
  /** The database, in French, for the report. */
  database: string;
  /** The `next start` process's resident memory (with any child it started), null when /proc cannot tell. */
  memory(): Promise<ProcessMemory | null>;
  close(): Promise<void>;
};

/** The built portal (`next start`) on `databaseUrl`, once it answers; `extraEnv` names the partner services when they are not the defaults. */
export async function startPortal(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const portal = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    env: { ...process.env, ...extraEnv, ...BENCH_RATE_LIMITS, DATABASE_URL: databaseUrl, PORTAL_URL: `http://localhost:${port}`, LOG_LEVEL: "error" },
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://localhost:${port}/api/sante`)).ok) return portal;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  portal.kill();
  throw new Error("the portal did not start");
}

/**
 * The built portal on a generated catalogue of `offers` offers and the sandbox's
 * commune index, imported with the real importer into a temporary PGlite folder
 * ("pglite"), a throw-away PostgreSQL cluster ("postgres") or the empty
 * PostgreSQL database named by a postgres:// URL.
 */
export async function startBenchPortal(options: { offers: number; database: string }): Promise<BenchPortal> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("Build the portal first: npm run build");
  const partners = await startCataloguePartners({ offers: options.offers, ports: { ror: 0, mba: 0, datagouv: 0 } });
  const folder = await mkdtemp(path.join(tmpdir(), "bench-portal-"));
  let postgres: ReturnType<typeof startTemporaryPostgres> | null = null;
  let portal: ChildProcess | undefined;
  const close = async () => {
    portal?.kill("SIGTERM");
    await partners.close().catch(() => undefined);
    postgres?.stop();
    await rm(folder, { recursive: true, force: true });
  };
  try {
    postgres = options.database === "postgres" ? startTemporaryPostgres(await freePort()) : null;
    const databaseUrl = postgres?.url ?? (options.database === "pglite" ? `pglite:${path.join(folder, "db")}` : options.database);
    const database = postgres ? `PostgreSQL ${postgres.version} (grappe temporaire)` : databaseUrl.startsWith("pglite:") ? "PGlite (dossier)" : "PostgreSQL";
    await runScript("scripts/bench/prepare-database.ts", [databaseUrl], {});
    const env = { ...partners.env, DATABASE_URL: databaseUrl };
    await runScript("scripts/ingest.ts", ["ror", "--full"], env, INGEST_NODE_FLAGS);
    await runScript("scripts/ingest.ts", ["communes"], env, INGEST_NODE_FLAGS);
    await partners.close();
    const port = await freePort();
    portal = await startPortal(databaseUrl, port);
    const pid = portal.pid;
    return { base: `http://localhost:${port}`, database, memory: async () => (pid === undefined ? null : processTreeMemory(pid)), close };
  } catch (error) {
    await close();
    throw error;
  }
}
