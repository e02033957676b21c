import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { openDatabase, type Database } from "@/lib/database/open-database";
import { loadCatalogueSnapshot, type CatalogueSnapshot, communeIndex } from "@/lib/search";
import { startCataloguePartners } from "@/sandbox/catalogue-generator/partners";

import { formatLoadAverages, freePort, runScript } from "./child-process";
import { INGEST_NODE_FLAGS } from "./ingest";
import { startTemporaryPostgres } from "./postgres";

/**
 * `npm run bench -- snapshot [--offers 100000] [--database pglite|postgres|URL]`:
 * the memory and build time of the in-memory search copies (ADR 0007). A
 * catalogue of N offers and the sandbox's commune index are imported with the
 * real importer, then another process started with `--expose-gc` (so that only
 * live objects are counted) opens the database and measures the heap retained
 * by `loadCatalogueSnapshot` and by the commune index, and the build times.
 */
const MEASURE = "--measure";
const BUILDS = 3;

type Measure = {
  offers: number;
  communes: number;
  /** Heap used after a full GC, before any copy is built. */
  baseHeapBytes: number;
  /** Heap retained by the catalogue snapshot (after GC, the snapshot still referenced). */
  snapshotHeapBytes: number;
  /** The latitude column, a typed array whose bytes live outside the JavaScript heap. */
  latitudesBytes: number;
  /** Heap used right after the first build, before GC: rows and copy alive at once. */
  buildPeakHeapBytes: number;
  buildMs: number[];
  communeHeapBytes: number;
  communeBuildMs: number;
};

export type SnapshotBenchResult = Measure & { database: string; loadAverage: { before: number[]; after: number[] } };

/**
 * Heap used by live objects. A query first: without it, the last catalogue copy, no longer
 * referenced, was still counted until the next query (the commune index came out at -138 MB).
 */
async function collect(db: Database): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with node --expose-gc");
  await db.prisma.$queryRaw`SELECT 1`;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** The child process: opens the prepared database and prints the figures as JSON. */
async function measure(url: string): Promise<void> {
  const db = await openDatabase(url);
  try {
    const baseHeapBytes = await collect(db);
    let started = performance.now();
    let snapshot: CatalogueSnapshot | null = await loadCatalogueSnapshot(db.prisma);
    const buildMs = [performance.now() - started];
    const buildPeakHeapBytes = process.memoryUsage().heapUsed - baseHeapBytes;
    const snapshotHeapBytes = (await collect(db)) - baseHeapBytes;
    const offers = snapshot.offers.length;
    const latitudesBytes = snapshot.latitudes.byteLength;
    for (let build = 1; build < BUILDS; build++) {
      started = performance.now();
      snapshot = await loadCatalogueSnapshot(db.prisma);
      buildMs.push(performance.now() - started);
    }
    snapshot = null;
    const beforeCommunes = await collect(db);
    started = performance.now();
    const index = await communeIndex(db.prisma, { maxAgeMs: 0 });
    const communeBuildMs = performance.now() - started;
    const communeHeapBytes = (await collect(db)) - beforeCommunes;
    const result: Measure = {
      offers,
      communes: index.communes.length,
      baseHeapBytes,
      snapshotHeapBytes,
      latitudesBytes,
      buildPeakHeapBytes,
      buildMs,
      communeHeapBytes,
      communeBuildMs,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await db.close();
  }
}

export async function benchSnapshot(options: { offers: number; database: string }): Promise<SnapshotBenchResult> {
  const loadBefore = loadavg();
  const partners = await startCataloguePartners({ offers: options.offers, ports: { ror: 0, mba: 0, datagouv: 0 } });
  const folder = await mkdtemp(path.join(tmpdir(), "bench-snapshot-"));
  const postgres = options.database === "postgres" ? startTemporaryPostgres(await freePort()) : null;
  const databaseUrl = postgres?.url ?? (options.database === "pglite" ? `pglite:${path.join(folder, "db")}` : options.database);
  const database = postgres ? `PostgreSQL ${postgres.version} (grappe temporaire)` : databaseUrl.startsWith("pglite:") ? "PGlite (dossier)" : "PostgreSQL";
  try {
    await runScript("scripts/bench/prepare-database.ts", [databaseUrl], {}, []);
    const env = { ...partners.env, DATABASE_URL: databaseUrl };
    await runScript("scripts/ingest.ts", ["ror", "--full"], env, INGEST_NODE_FLAGS);
    await runScript("scripts/ingest.ts", ["communes"], env, INGEST_NODE_FLAGS);
    await partners.close();
    const output = await runScript("scripts/bench/snapshot-memory.ts", [MEASURE, databaseUrl], { DATABASE_URL: databaseUrl, LOG_LEVEL: "error" }, ["--expose-gc"]);
    return { ...(JSON.parse(output) as Measure), database, loadAverage: { before: loadBefore, after: loadavg() } };
  } finally {
    await partners.close().catch(() => undefined);
    postgres?.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} Mo`;

export function formatSnapshotBench(result: SnapshotBenchResult): string {
  const retained = result.snapshotHeapBytes + result.latitudesBytes;
  const sorted = [...result.buildMs].sort((a, b) => a - b);
  return [
    `Banc d'essai copie en mémoire — ${result.offers} offres listées géolocalisées, base ${result.database}`,
    `  charge de la machine (load average 1 / 5 / 15 min) : ${formatLoadAverages(result.loadAverage.before)} au début, ${formatLoadAverages(result.loadAverage.after)} à la fin`,
    `  catalogue : ${mb(retained)} retenus (tas ${mb(result.snapshotHeapBytes)} + latitudes ${mb(result.latitudesBytes)}), ` +
      `${Math.round(retained / Math.max(1, result.offers))} octets par offre, ${mb((retained / Math.max(1, result.offers)) * 100_000)} pour 100 000 offres`,
    `    pendant la construction (lignes et copie vivantes, avant GC) : +${mb(result.buildPeakHeapBytes)} de tas`,
    `    construction : ${result.buildMs.map((value) => `${Math.round(value)} ms`).join(", ")} (médiane ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms)`,
    `  index des communes : ${result.communes} communes, ${mb(result.communeHeapBytes)} retenus, construit en ${Math.round(result.communeBuildMs)} ms`,
    `  tas avant toute copie (Prisma et base ouverts, après GC) : ${mb(result.baseHeapBytes)}`,
  ].join("\n");
}

if (process.argv[2] === MEASURE && process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  measure(process.argv[3] ?? "").catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
