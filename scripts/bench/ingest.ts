import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * `npm run bench -- ingest [--offers 50000] [--changes 1000] [--database URL]`
 *
 * Runs the real importer (`scripts/ingest.ts`, in its own process with the
 * flags of the `ingest` npm script) against the ROR sandbox (another process):
 * a full sync of the generated catalogue, then an incremental sync after
 * `--changes` offers changed. Figures are those the importer reports: the
 * duration of each run and the peak RSS of the importer process.
 * Targets: full ≤ 60 s and ≤ 512 MB, incremental ≤ 5 s. Exits 1 when missed.
 */

/** Node flags of `npm run ingest` (keep in sync with package.json): cap the heap so that garbage is collected early. */
export const INGEST_NODE_FLAGS = ["--max-old-space-size=128"];

export const TARGETS = { fullSeconds: 60, peakRssMb: 512, incrementalSeconds: 5 };

export type RunFigures = { seconds: number; peakRssMb: number; summary: string };

export type IngestBenchResult = {
  offers: number;
  changes: number;
  database: string;
  full: RunFigures;
  incremental: RunFigures;
};

export async function benchIngest(options: { offers: number; changes: number; databaseUrl: string | null }): Promise<IngestBenchResult> {
  const sandbox = await startSandboxProcess(options.offers);
  const folder = options.databaseUrl ? null : await mkdtemp(path.join(tmpdir(), "bench-ingest-"));
  const databaseUrl = options.databaseUrl ?? `pglite:${path.join(folder as string, "db")}`;
  try {
    // Creating a PGlite folder (initdb) is a one-off cost, not part of a sync.
    await node([], "scripts/bench/prepare-database.ts", [databaseUrl], {});
    const env = { ROR_FHIR_BASE_URL: `${sandbox.url}/fhir`, ROR_TOKEN_URL: `${sandbox.url}/oauth/token`, DATABASE_URL: databaseUrl };
    const full = figures(await node(INGEST_NODE_FLAGS, "scripts/ingest.ts", ["ror", "--full"], env));
    const response = await fetch(`${sandbox.url}/_sandbox/mutate?count=${options.changes}`, { method: "POST" });
    if (!response.ok) throw new Error(`sandbox mutate failed: HTTP ${response.status}`);
    const incremental = figures(await node(INGEST_NODE_FLAGS, "scripts/ingest.ts", ["ror"], env));
    // Search speed is measured on the in-memory snapshot by `npm run bench -- search` (ADR 0007).
    return {
      offers: options.offers,
      changes: options.changes,
      database: databaseUrl.startsWith("pglite:") ? "PGlite (dossier)" : "PostgreSQL",
      full,
      incremental,
    };
  } finally {
    sandbox.process.kill("SIGTERM");
    if (folder) await rm(folder, { recursive: true, force: true });
  }
}

/** Reads "réussie en 12.3 s", the counts line and "pic 345 Mo" from the importer's report. */
function figures(output: string): RunFigures {
  const seconds = /réussie en ([\d.]+) s/.exec(output)?.[1];
  const peak = /Mémoire : pic (\d+) Mo/.exec(output)?.[1];
  const summary = /^\s*(lus .*)$/m.exec(output)?.[1];
  if (!seconds || !peak || !summary) throw new Error(`unexpected importer output:\n${output}`);
  return { seconds: Number(seconds), peakRssMb: Number(peak), summary };
}

/** Runs a TypeScript script in its own Node process (with `flags`) and returns its standard output. */
function node(flags: string[], script: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, "--import", "tsx", script, ...args], {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`${script} ${args.join(" ")} exited with ${code}\n${output}`))));
  });
}

async function startSandboxProcess(offers: number): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", "sandbox/ror/cli.ts", "--port", "0", "--offers", String(offers)], {
    cwd: process.cwd(),
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = "";
    // Generating the catalogue takes about a minute per 100,000 offers on a busy 2-core machine.
    const startMs = Math.max(60_000, offers * 1.5);
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`ROR sandbox did not start within ${Math.round(startMs / 1000)} s`));
    }, startMs);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/[^\s]+)\/fhir/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`ROR sandbox exited (${code})`)));
  });
  return { url, process: child };
}

export function formatBench(result: IngestBenchResult): string {
  const ok = (pass: boolean) => (pass ? "OK" : "DÉPASSÉ");
  const { full, incremental } = result;
  return [
    `Banc d'essai ingestion ROR — ${result.offers} offres, base ${result.database}, importeur lancé avec ${INGEST_NODE_FLAGS.join(" ")}`,
    `  synchronisation complète : ${full.seconds.toFixed(1)} s (cible ≤ ${TARGETS.fullSeconds} s, ${ok(full.seconds <= TARGETS.fullSeconds)})` +
      ` · pic mémoire ${full.peakRssMb} Mo (cible ≤ ${TARGETS.peakRssMb} Mo, ${ok(full.peakRssMb <= TARGETS.peakRssMb)})`,
    `    ${full.summary}`,
    `  synchronisation incrémentale (${result.changes} offres modifiées) : ${incremental.seconds.toFixed(1)} s (cible ≤ ${TARGETS.incrementalSeconds} s, ${ok(
      incremental.seconds <= TARGETS.incrementalSeconds,
    )}) · pic mémoire ${incremental.peakRssMb} Mo`,
    `    ${incremental.summary}`,
  ].join("\n");
}

export function meetsTargets(result: IngestBenchResult): boolean {
  return (
    result.full.seconds <= TARGETS.fullSeconds && result.full.peakRssMb <= TARGETS.peakRssMb && result.incremental.seconds <= TARGETS.incrementalSeconds
  );
}
