import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

import { GROUPS, PUBLIC_SLUGS } from "@/lib/offers/referentials";
import { hash32, Random } from "@/sandbox/catalogue-generator/prng";
import { startCataloguePartners } from "@/sandbox/catalogue-generator/partners";

import { INGEST_NODE_FLAGS } from "./ingest";

/**
 * `npm run bench -- search`: a catalogue of N offers (default 50,000) imported
 * from the sandbox, the built portal started on it, then, in the same run:
 * /recherche for random French places × filters at C concurrent connections
 * against a bare DSFR page of the app, the map JSON endpoint, the JavaScript
 * shipped by both pages, and the time to the first rendered map in Chromium.
 */
export const SEARCH_TARGETS = { ratio: 1.5, p95Ms: 50, mapP95Ms: 20, jsRatio: 1.3, firstMapMs: 1_500 };

type Latency = { requests: number; errors: number; medianMs: number; p95Ms: number };

export type SearchBenchResult = {
  offers: number;
  concurrency: number;
  search: Latency;
  bare: Latency;
  map: Latency;
  jsBytes: { search: number; bare: number };
  firstMapMs: number | null;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Requests every URL once, `concurrency` at a time; durations are full responses over loopback. */
async function load(urls: string[], concurrency: number): Promise<Latency> {
  const durations: number[] = [];
  let errors = 0;
  let next = 0;
  async function worker() {
    while (next < urls.length) {
      const url = urls[next++] as string;
      const started = performance.now();
      try {
        const response = await fetch(url);
        await response.arrayBuffer();
        if (response.status !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      durations.push(performance.now() - started);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  durations.sort((a, b) => a - b);
  return { requests: urls.length, errors, medianMs: percentile(durations, 50), p95Ms: percentile(durations, 95) };
}

/** Random real communes (names as people type them) and filter combinations, deterministic. */
function randomQueries(count: number): string[] {
  const require = createRequire(import.meta.url);
  const communes = (JSON.parse(readFileSync(require.resolve("@etalab/decoupage-administratif/data/communes.json"), "utf8")) as Array<{
    nom: string;
    type: string;
    departement?: string;
    population?: number;
  }>).filter((commune) => commune.type === "commune-actuelle" && commune.departement && !commune.departement.startsWith("97") && (commune.population ?? 0) > 2_000);
  const random = new Random(hash32("bench-search"));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random.next() * items.length)] as T;
  return Array.from({ length: count }, () => {
    const params = new URLSearchParams({ lieu: pick(communes).nom, rayon: String(pick([10, 20, 30, 50])) });
    if (random.next() < 0.5) params.set("public", pick(PUBLIC_SLUGS));
    if (random.next() < 0.5) params.set("groupe", pick(GROUPS).slug);
    if (random.next() < 0.2) params.set("temporalite", pick(["permanent", "temporaire", "accueil-de-jour"]));
    if (random.next() < 0.2) params.set("prixMax", String(pick([1800, 2200, 2600, 3000])));
    return `?${params.toString()}`;
  });
}

async function javaScriptBytes(pageUrl: string): Promise<number> {
  const html = await (await fetch(pageUrl)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] as string))];
  let total = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, pageUrl))).arrayBuffer());
    total += gzipSync(body, { level: 9 }).length;
  }
  return total;
}

async function firstMap(url: string): Promise<number | null> {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    return await page.evaluate(() => {
      const mark = performance.getEntriesByName("portail-map-ready")[0];
      return mark ? Math.round(mark.startTime) : null;
    });
  } finally {
    await browser.close();
  }
}

function run(script: string, args: string[], env: Record<string, string>, flags: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, "--import", "tsx", script, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${script} ${args.join(" ")} exited with ${code}`))));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function startPortal(databaseUrl: string, port: number): Promise<ChildProcess> {
  const portal = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORTAL_URL: `http://localhost:${port}`, LOG_LEVEL: "error" },
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

export async function benchSearch(options: { offers: number; requests: number; concurrency: number }): Promise<SearchBenchResult> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("Build the portal first: npm run build");
  const partners = await startCataloguePartners({ offers: options.offers, ports: { ror: 0, mba: 0, datagouv: 0 } });
  const folder = await mkdtemp(path.join(tmpdir(), "bench-search-"));
  const databaseUrl = `pglite:${path.join(folder, "db")}`;
  let portal: ChildProcess | undefined;
  try {
    await run("scripts/bench/prepare-database.ts", [databaseUrl], {});
    const env = { ...partners.env, DATABASE_URL: databaseUrl };
    await run("scripts/ingest.ts", ["ror", "--full"], env, INGEST_NODE_FLAGS);
    await run("scripts/ingest.ts", ["communes"], env, INGEST_NODE_FLAGS);
    await partners.close();
    const port = await freePort();
    portal = await startPortal(databaseUrl, port);
    const base = `http://localhost:${port}`;
    const queries = randomQueries(options.requests);
    // Warm-up: compile and cache code paths once, as a running server would be.
    await load(queries.slice(0, 20).map((query) => `${base}/recherche${query}`), 5);
    await load(Array.from({ length: 20 }, () => `${base}/mentions-legales`), 5);
    const search = await load(queries.map((query) => `${base}/recherche${query}`), options.concurrency);
    const bare = await load(queries.map(() => `${base}/mentions-legales`), options.concurrency);
    const map = await load(queries.map((query) => `${base}/api/carte${query}`), options.concurrency);
    const jsBytes = { search: await javaScriptBytes(`${base}/recherche${queries[0]}`), bare: await javaScriptBytes(`${base}/mentions-legales`) };
    const firstMapMs = await firstMap(`${base}/recherche/carte?lieu=Paris&rayon=100`).catch(() => null);
    return { offers: options.offers, concurrency: options.concurrency, search, bare, map, jsBytes, firstMapMs };
  } finally {
    portal?.kill("SIGTERM");
    await partners.close().catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ok = (pass: boolean) => (pass ? "OK" : "HORS CIBLE");

export function formatSearchBench(result: SearchBenchResult): string {
  const ratio = result.search.medianMs / result.bare.medianMs;
  const jsRatio = result.jsBytes.search / result.jsBytes.bare;
  return [
    `Banc d'essai recherche — catalogue de ${result.offers} offres (PGlite), ${result.search.requests} recherches, ${result.concurrency} connexions simultanées`,
    `  /recherche : médiane ${ms(result.search.medianMs)}, 95e centile ${ms(result.search.p95Ms)} (cible ≤ ${SEARCH_TARGETS.p95Ms} ms, ${ok(result.search.p95Ms <= SEARCH_TARGETS.p95Ms)}), erreurs ${result.search.errors}`,
    `  page DSFR simple : médiane ${ms(result.bare.medianMs)}, 95e centile ${ms(result.bare.p95Ms)}, erreurs ${result.bare.errors}`,
    `  rapport des médianes : ${ratio.toFixed(2)} (cible ≤ ${SEARCH_TARGETS.ratio}, ${ok(ratio <= SEARCH_TARGETS.ratio)})`,
    `  carte (JSON) : médiane ${ms(result.map.medianMs)}, 95e centile ${ms(result.map.p95Ms)} (cible ≤ ${SEARCH_TARGETS.mapP95Ms} ms, ${ok(result.map.p95Ms <= SEARCH_TARGETS.mapP95Ms)}), erreurs ${result.map.errors}`,
    `  JavaScript (gzip) : /recherche ${Math.round(result.jsBytes.search / 1024)} Ko, page simple ${Math.round(result.jsBytes.bare / 1024)} Ko, rapport ${jsRatio.toFixed(2)} (cible ≤ ${SEARCH_TARGETS.jsRatio}, ${ok(jsRatio <= SEARCH_TARGETS.jsRatio)})`,
    `  première carte affichée : ${result.firstMapMs === null ? "non mesurée" : `${result.firstMapMs} ms`} (cible ≤ ${SEARCH_TARGETS.firstMapMs} ms${result.firstMapMs === null ? "" : `, ${ok(result.firstMapMs <= SEARCH_TARGETS.firstMapMs)}`})`,
  ].join("\n");
}

export function meetsSearchTargets(result: SearchBenchResult): boolean {
  return (
    result.search.errors + result.bare.errors + result.map.errors === 0 &&
    result.search.p95Ms <= SEARCH_TARGETS.p95Ms &&
    result.search.medianMs / result.bare.medianMs <= SEARCH_TARGETS.ratio &&
    result.map.p95Ms <= SEARCH_TARGETS.mapP95Ms &&
    result.jsBytes.search / result.jsBytes.bare <= SEARCH_TARGETS.jsRatio &&
    result.firstMapMs !== null &&
    result.firstMapMs <= SEARCH_TARGETS.firstMapMs
  );
}
