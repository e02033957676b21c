import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { gzipSync } from "node:zlib";

import type { Browser } from "@playwright/test";

import { GROUPS, PUBLIC_SLUGS } from "@/lib/offers/referentials";
import { hash32, Random } from "@/sandbox/catalogue-generator/prng";

import { startBenchPortal } from "./bench-portal";
import { formatLoadAverages, type ProcessMemory } from "./child-process";
import { startMapFloor } from "./map-floor";

/**
 * `npm run bench -- search`: a catalogue of N offers (default 50,000) imported
 * from the sandbox into PGlite or PostgreSQL, the built portal started on it,
 * then, in the same run:
 * - under load: /recherche for random French places × filters at C concurrent
 *   connections, a bare DSFR page of the app the same way, the map JSON endpoint;
 * - server time: the same three, one request at a time (no queueing), on
 *   another set of random searches (so that no answer was computed before);
 * - the JavaScript shipped by both pages, and the time to the first rendered
 *   map in Chromium (median of 3 page loads), beside the same map on a static
 *   page with MapLibre alone (the floor, `map-floor.ts`), loads interleaved.
 * Every duration is measured by this client over loopback, from sending the
 * request to the last byte of the answer. "Server time" is that duration
 * without concurrency: the time the server takes to produce one whole answer.
 */
export const SEARCH_TARGETS = { ratio: 1.3, p95Ms: 50, mapP95Ms: 20, jsRatio: 1.3, firstMapRatio: 1.25 };

type Latency = {
  requests: number;
  /** Answers other than 200 and 4xx, and requests that got no answer. */
  errors: number;
  /**
   * 4xx answers: the map endpoint answers 404 for a commune it does not know and 409 for an ambiguous name, with
   * its French message (the page says the same with a 200); a person gets an answer, the bench counts it apart.
   */
  placeAnswers: number;
  medianMs: number;
  p95Ms: number;
  /** The handler's own time from its Server-Timing header ("app"), when it sends one. */
  handlerP95Ms: number | null;
};

export type SearchBenchResult = {
  offers: number;
  database: string;
  concurrency: number;
  load: { search: Latency; bare: Latency; map: Latency };
  serverTime: { search: Latency; bare: Latency; map: Latency };
  jsBytes: { search: number; bare: number };
  firstMapMs: number | null;
  /** The same map on a static page with MapLibre alone, in the same run (median of 3). */
  floorMapMs: number | null;
  /** The portal process once warmed up, then after the searches under load and one at a time (issue #17: memory of one instance). */
  memory: { warm: ProcessMemory | null; afterLoad: ProcessMemory | null };
  loadAverage: { before: number[]; after: number[] };
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Requests every URL once, `concurrency` at a time; durations are full responses over loopback. */
async function load(urls: string[], concurrency: number): Promise<Latency> {
  const durations: number[] = [];
  const handler: number[] = [];
  let errors = 0;
  let placeAnswers = 0;
  let next = 0;
  async function worker() {
    while (next < urls.length) {
      const url = urls[next++] as string;
      const started = performance.now();
      try {
        const response = await fetch(url);
        await response.arrayBuffer();
        if (response.status >= 400 && response.status < 500) placeAnswers += 1;
        else if (response.status !== 200) errors += 1;
        const app = /(?:^|,)\s*app;dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "");
        if (app?.[1]) handler.push(Number(app[1]));
      } catch {
        errors += 1;
      }
      durations.push(performance.now() - started);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  durations.sort((a, b) => a - b);
  handler.sort((a, b) => a - b);
  return {
    requests: urls.length,
    errors,
    placeAnswers,
    medianMs: percentile(durations, 50),
    p95Ms: percentile(durations, 95),
    handlerP95Ms: handler.length > 0 ? percentile(handler, 95) : null,
  };
}

/** Random real communes (names as people type them) and filter combinations, deterministic. */
function randomQueries(count: number, seed = "bench-search"): string[] {
  const require = createRequire(import.meta.url);
  const communes = (JSON.parse(readFileSync(require.resolve("@etalab/decoupage-administratif/data/communes.json"), "utf8")) as Array<{
    nom: string;
    type: string;
    departement?: string;
    population?: number;
  }>).filter((commune) => commune.type === "commune-actuelle" && commune.departement && !/^9[78]/.test(commune.departement) && (commune.population ?? 0) > 2_000);
  const random = new Random(hash32(seed));
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

/** Milliseconds from navigation start to the `portail-map-ready` mark (points drawn, map idle), in a new context (empty HTTP cache). */
async function timeToMap(browser: Browser, url: string): Promise<number | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    return await page.evaluate(() => {
      const mark = performance.getEntriesByName("portail-map-ready")[0];
      return mark ? Math.round(mark.startTime) : null;
    });
  } finally {
    await context.close();
  }
}

/** The portal's first map and the floor's, loads interleaved so that both see the same machine; medians of `runs`. */
async function firstMaps(portalUrl: string, floorUrl: string, runs = 3): Promise<{ portal: number | null; floor: number | null }> {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
  });
  try {
    const portal: number[] = [];
    const floor: number[] = [];
    for (let run = 0; run < runs; run++) {
      // A load that fails leaves its side "non mesuré": say why, or the report hides the cause.
      const measure = (url: string, side: string) =>
        timeToMap(browser, url).catch((error: unknown) => {
          console.error(`first map (${side}, load ${run + 1}) not measured: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
          return null;
        });
      const portalTime = await measure(portalUrl, "portal");
      const floorTime = await measure(floorUrl, "floor");
      if (portalTime !== null) portal.push(portalTime);
      if (floorTime !== null) floor.push(floorTime);
    }
    const median = (times: number[]) => (times.length === runs ? percentile(times.sort((a, b) => a - b), 50) : null);
    return { portal: median(portal), floor: median(floor) };
  } finally {
    await browser.close();
  }
}

export type SearchBenchOptions = {
  offers: number;
  requests: number;
  concurrency: number;
  /** "pglite" (a temporary folder), "postgres" (a temporary cluster) or a postgres:// URL of an empty database. */
  database: string;
};

export async function benchSearch(options: SearchBenchOptions): Promise<SearchBenchResult> {
  const loadBefore = loadavg();
  const portal = await startBenchPortal({ offers: options.offers, database: options.database });
  try {
    const { base, database } = portal;
    const queries = randomQueries(options.requests);
    // Warm-up: compile and cache code paths once, as a running server would be.
    await load(queries.slice(0, 20).map((query) => `${base}/recherche${query}`), 5);
    await load(Array.from({ length: 20 }, () => `${base}/mentions-legales`), 5);
    const warmMemory = await portal.memory();
    const loaded = {
      search: await load(queries.map((query) => `${base}/recherche${query}`), options.concurrency),
      bare: await load(queries.map(() => `${base}/mentions-legales`), options.concurrency),
      map: await load(queries.map((query) => `${base}/api/carte${query}`), options.concurrency),
    };
    // Other searches than above: no answer of this phase was computed before.
    const alone = randomQueries(options.requests, "bench-search-server-time");
    const serverTime = {
      search: await load(alone.map((query) => `${base}/recherche${query}`), 1),
      bare: await load(alone.map(() => `${base}/mentions-legales`), 1),
      map: await load(alone.map((query) => `${base}/api/carte${query}`), 1),
    };
    const afterLoadMemory = await portal.memory();
    const jsBytes = { search: await javaScriptBytes(`${base}/recherche${queries[0]}`), bare: await javaScriptBytes(`${base}/mentions-legales`) };
    const mapSearch = "?lieu=Paris&rayon=100";
    const floor = await startMapFloor(base, mapSearch);
    const maps = await firstMaps(`${base}/recherche/carte${mapSearch}`, floor.url).finally(() => floor.close());
    return {
      offers: options.offers,
      database,
      concurrency: options.concurrency,
      load: loaded,
      serverTime,
      jsBytes,
      firstMapMs: maps.portal,
      floorMapMs: maps.floor,
      memory: { warm: warmMemory, afterLoad: afterLoadMemory },
      loadAverage: { before: loadBefore, after: loadavg() },
    };
  } finally {
    await portal.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ok = (pass: boolean) => (pass ? "OK" : "HORS CIBLE");
const figures = (latency: Latency) =>
  `médiane ${ms(latency.medianMs)}, 95e centile ${ms(latency.p95Ms)}${latency.handlerP95Ms === null ? "" : ` (dont gestionnaire, en-tête Server-Timing : 95e centile ${ms(latency.handlerP95Ms)})`}, erreurs ${latency.errors}${latency.placeAnswers > 0 ? ` (hors ${latency.placeAnswers} réponses 404/409 : commune inconnue ou ambiguë)` : ""}`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} Mo`;
const memoryFigures = (memory: ProcessMemory | null) =>
  memory === null ? "non mesurée (/proc absent)" : `résidente ${megabytes(memory.rssBytes)}, pic ${megabytes(memory.peakRssBytes)}`;

export function formatSearchBench(result: SearchBenchResult): string {
  const { load, serverTime } = result;
  const ratio = load.search.medianMs / load.bare.medianMs;
  const jsRatio = result.jsBytes.search / result.jsBytes.bare;
  const mapRatio = firstMapRatio(result);
  return [
    `Banc d'essai recherche — catalogue de ${result.offers} offres, base ${result.database}, ${load.search.requests} recherches tirées au hasard`,
    `  charge de la machine (load average 1 / 5 / 15 min) : ${formatLoadAverages(result.loadAverage.before)} au début, ${formatLoadAverages(result.loadAverage.after)} à la fin`,
    `  Sous charge (${result.concurrency} connexions simultanées ; durée vue par le client, file d'attente comprise) :`,
    `    /recherche : ${figures(load.search)}`,
    `    page DSFR simple (/mentions-legales) : ${figures(load.bare)}`,
    `    rapport des médianes /recherche ÷ page simple : ${ratio.toFixed(2)} (cible ≤ ${SEARCH_TARGETS.ratio}, ${ok(ratio <= SEARCH_TARGETS.ratio)})`,
    `    carte (JSON) : ${figures(load.map)}`,
    `  Temps serveur (une requête à la fois, d'autres recherches ; de l'envoi de la requête au dernier octet reçu) :`,
    `    /recherche : ${figures(serverTime.search)} — cible 95e centile ≤ ${SEARCH_TARGETS.p95Ms} ms, ${ok(serverTime.search.p95Ms <= SEARCH_TARGETS.p95Ms)}`,
    `    page DSFR simple : ${figures(serverTime.bare)}`,
    `    carte (JSON) : ${figures(serverTime.map)} — cible 95e centile ≤ ${SEARCH_TARGETS.mapP95Ms} ms, ${ok(serverTime.map.p95Ms <= SEARCH_TARGETS.mapP95Ms)}`,
    `  Mémoire de l'instance (next start) : une fois chaude ${memoryFigures(result.memory.warm)} ; après les recherches ${memoryFigures(result.memory.afterLoad)}`,
    `  JavaScript (gzip) : /recherche ${Math.round(result.jsBytes.search / 1024)} Ko, page simple ${Math.round(result.jsBytes.bare / 1024)} Ko, rapport ${jsRatio.toFixed(2)} (cible ≤ ${SEARCH_TARGETS.jsRatio}, ${ok(jsRatio <= SEARCH_TARGETS.jsRatio)})`,
    `  première carte affichée (Chromium sans cache, Paris 100 km, médiane de 3) : portail ${result.firstMapMs === null ? "non mesurée" : `${result.firstMapMs} ms`}, plancher (page statique, MapLibre seul, mêmes points et même fond) ${result.floorMapMs === null ? "non mesuré" : `${result.floorMapMs} ms`}, rapport ${mapRatio === null ? "non mesuré" : mapRatio.toFixed(2)} (cible ≤ ${SEARCH_TARGETS.firstMapRatio}${mapRatio === null ? "" : `, ${ok(mapRatio <= SEARCH_TARGETS.firstMapRatio)}`})`,
  ].join("\n");
}

/** Portal's first map ÷ the floor's, both from the same run; null when either was not measured. */
export function firstMapRatio(result: Pick<SearchBenchResult, "firstMapMs" | "floorMapMs">): number | null {
  return result.firstMapMs === null || result.floorMapMs === null || result.floorMapMs === 0 ? null : result.firstMapMs / result.floorMapMs;
}

export function meetsSearchTargets(result: SearchBenchResult): boolean {
  const { load, serverTime } = result;
  const errors = [load.search, load.bare, load.map, serverTime.search, serverTime.bare, serverTime.map].reduce((sum, latency) => sum + latency.errors, 0);
  return (
    errors === 0 &&
    serverTime.search.p95Ms <= SEARCH_TARGETS.p95Ms &&
    load.search.medianMs / load.bare.medianMs <= SEARCH_TARGETS.ratio &&
    serverTime.map.p95Ms <= SEARCH_TARGETS.mapP95Ms &&
    result.jsBytes.search / result.jsBytes.bare <= SEARCH_TARGETS.jsRatio &&
    (firstMapRatio(result) ?? Number.POSITIVE_INFINITY) <= SEARCH_TARGETS.firstMapRatio
  );
}
