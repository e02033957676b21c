import autocannon from "autocannon";
import { loadavg } from "node:os";

import { BENCH_RATE_LIMITS, startBenchPortal } from "./bench-portal";
import { percentile } from "./search";

/**
 * `npm run bench -- load`: the built portal on a generated catalogue, on PGlite
 * and on PostgreSQL, under `connections` simultaneous connections for `duration`
 * seconds (autocannon), on a mix of what people open: the home page, searches,
 * offer pages and the map endpoint. Every answer but a 200 is an error.
 */
export const LOAD_TARGETS = { errors: 0, p50Ms: 2_000, p95Ms: 5_000, p99Ms: 8_000 };

export type LoadBenchOptions = { offers: number; connections: number; durationSeconds: number; databases: string[] };

export type LoadRun = {
  database: string;
  requests: number;
  errors: { non200: number; socket: number; timeouts: number };
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  loadAverage: { before: number[]; after: number[] };
};

export type LoadBenchResult = { options: LoadBenchOptions; runs: Array<LoadRun | { database: string; skipped: string }> };

const SEARCHES = ["lieu=Lyon", "lieu=Paris&rayon=10", "lieu=Marseille&groupe=en-etablissement", "lieu=69100&tri=prix", "lieu=Lille&rayon=30&public=personnes-agees"];

/** Offer pages people reach from a search: the first links of a few result pages. */
async function offerPaths(base: string): Promise<string[]> {
  const paths = new Set<string>();
  for (const query of SEARCHES) {
    const html = await (await fetch(`${base}/recherche?${query}`)).text();
    for (const match of html.matchAll(/href="(\/offres\/[^"?#]+)/g)) if (paths.size < 20 && match[1]) paths.add(match[1]);
  }
  if (paths.size === 0) throw new Error("no offer link found on the search pages: is the catalogue empty?");
  return [...paths];
}

/** One request in eight is the home page, three are searches, two offer pages, two the map endpoint. */
function mix(offers: string[]): Array<{ method: "GET"; path: string }> {
  const paths: string[] = [];
  for (let round = 0; round < 10; round += 1) {
    const search = SEARCHES[round % SEARCHES.length] as string;
    const other = SEARCHES[(round + 2) % SEARCHES.length] as string;
    paths.push("/", `/recherche?${search}`, offers[(2 * round) % offers.length] as string, `/api/carte?${search}`);
    paths.push(`/recherche?${other}`, `/recherche?${search}&page=2`, offers[(2 * round + 1) % offers.length] as string, `/api/carte?${other}`);
  }
  return paths.map((path) => ({ method: "GET", path }));
}

function non200(result: autocannon.Result): number {
  if (!result.statusCodeStats) return result.non2xx;
  return Object.entries(result.statusCodeStats).reduce((sum, [code, stats]) => sum + (code === "200" ? 0 : (stats.count ?? 0)), 0);
}

async function measure(base: string, database: string, options: LoadBenchOptions): Promise<LoadRun> {
  const requests = mix(await offerPaths(base));
  // Warm-up: compile and cache code paths once, as a running server would be.
  for (const { path } of requests.slice(0, 16)) await (await fetch(`${base}${path}`)).arrayBuffer();
  const before = loadavg();
  const durations: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: base, connections: options.connections, duration: options.durationSeconds, timeout: 30, requests }, (error, done) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    // autocannon's histogram has no 95th percentile: every response time is kept here.
    instance.on("response", (_client, _status, _bytes, responseTime) => durations.push(responseTime));
  });
  durations.sort((a, b) => a - b);
  return {
    database,
    requests: result.requests.total,
    // Redirects and 429s are errors too: people asked for a page and did not get it.
    errors: { non200: non200(result), socket: result.errors - result.timeouts, timeouts: result.timeouts },
    perSecond: result.requests.average,
    p50Ms: percentile(durations, 50),
    p95Ms: percentile(durations, 95),
    p99Ms: percentile(durations, 99),
    maxMs: durations.at(-1) ?? Number.NaN,
    loadAverage: { before, after: loadavg() },
  };
}

export async function benchLoad(options: LoadBenchOptions): Promise<LoadBenchResult> {
  const runs: LoadBenchResult["runs"] = [];
  for (const choice of options.databases) {
    let portal;
    try {
      portal = await startBenchPortal({ offers: options.offers, database: choice });
    } catch (error) {
      // No PostgreSQL on this machine (and no URL given): say so rather than fail the PGlite figures.
      runs.push({ database: choice, skipped: error instanceof Error ? error.message : String(error) });
      continue;
    }
    try {
      runs.push(await measure(portal.base, portal.database, options));
    } finally {
      await portal.close();
    }
  }
  return { options, runs };
}

const ms = (value: number) => `${Math.round(value)} ms`;
const ok = (pass: boolean) => (pass ? "OK" : "HORS CIBLE");
const errorCount = (run: LoadRun) => run.errors.non200 + run.errors.socket + run.errors.timeouts;

export function formatLoadBench(result: LoadBenchResult): string {
  const { options } = result;
  const lines = [
    `Banc d'essai charge — ${options.connections} connexions simultanées pendant ${options.durationSeconds} s, catalogue de ${options.offers} offres`,
    "  mélange : accueil, recherches (/recherche), fiches (/offres/…), carte (/api/carte) ; toute réponse autre que 200 compte comme une erreur",
    `  limites contre les abus : relevées pour ce banc (${Object.entries(BENCH_RATE_LIMITS).map(([name, value]) => `${name}=${value}`).join(", ")}), car tout vient de 127.0.0.1 ; les compteurs sont quand même écrits à chaque requête`,
  ];
  for (const run of result.runs) {
    if ("skipped" in run) {
      lines.push(`  ${run.database} : non mesuré — ${run.skipped}`);
      continue;
    }
    const errors = errorCount(run);
    lines.push(
      `  ${run.database} (load average 1 min : ${run.loadAverage.before[0]?.toFixed(2)} au début, ${run.loadAverage.after[0]?.toFixed(2)} à la fin)`,
      `    requêtes traitées : ${run.requests} (${run.perSecond.toFixed(1)} par seconde)`,
      `    erreurs : ${errors} (réponses non 200 : ${run.errors.non200}, connexions : ${run.errors.socket}, délais dépassés : ${run.errors.timeouts}) — cible ${LOAD_TARGETS.errors}, ${ok(errors <= LOAD_TARGETS.errors)}`,
      `    durée vue par le client : médiane ${ms(run.p50Ms)} (cible ≤ ${ms(LOAD_TARGETS.p50Ms)}, ${ok(run.p50Ms <= LOAD_TARGETS.p50Ms)}), 95e centile ${ms(run.p95Ms)} (cible ≤ ${ms(LOAD_TARGETS.p95Ms)}, ${ok(run.p95Ms <= LOAD_TARGETS.p95Ms)}), 99e centile ${ms(run.p99Ms)} (cible ≤ ${ms(LOAD_TARGETS.p99Ms)}, ${ok(run.p99Ms <= LOAD_TARGETS.p99Ms)}), maximum ${ms(run.maxMs)}`,
    );
  }
  return lines.join("\n");
}

export function meetsLoadTargets(result: LoadBenchResult): boolean {
  // Only a missing PostgreSQL server may be skipped (said in the output); PGlite is always there.
  return result.runs.every(
    (run) =>
      "skipped" in run
        ? run.database === "postgres"
        : errorCount(run) <= LOAD_TARGETS.errors && run.p50Ms <= LOAD_TARGETS.p50Ms && run.p95Ms <= LOAD_TARGETS.p95Ms && run.p99Ms <= LOAD_TARGETS.p99Ms,
  );
}
