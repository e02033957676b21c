import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";

import type { Result as LighthouseResult } from "lighthouse";

import { contentPagePath, listContentPages } from "@/lib/content";
import { READING_VERSION_COOKIE } from "@/lib/preferences/reading-version";

import { sandboxEnv } from "../../sandbox/ports";

import { startPortal } from "./bench-portal";
import { formatLoadAverages, freePort, runScript } from "./child-process";
import { INGEST_NODE_FLAGS } from "./ingest";
import { startPageFloor, type PageFloor } from "./page-floor";
import { percentile } from "./search";

/**
 * `npm run bench -- pages`: Lighthouse 12 (mobile preset: Moto G Power screen, simulated slow 4G and 4× CPU
 * slowdown) on Debian's Chromium, median of 3 runs, on the pages people land on: home, search results, an
 * offer, a comparison, a FALC page and « Mes démarches » signed in. The built portal runs on a fresh PGlite
 * folder, seeded and filled from the sandbox partners like the Playwright suite's, with the whole sandbox
 * (identity provider, ViaTrajectoire, MDPH en ligne) on ports of its own. Each page's floor, the same HTML
 * without JavaScript (`page-floor.ts`), is measured right after it and printed beside it.
 */
export const PAGE_TARGETS = { performance: 95, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 2_500 };

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

export type PageFigures = {
  name: string;
  path: string;
  /** Median of the runs, 0–100 per category. */
  scores: Record<Category, number>;
  lcpMs: number;
  /** Audits under 1 in the median performance run (ids), for the categories other than performance. */
  failedAudits: string[];
  /** What the performance score is made of, in the median performance run: to see what to work on. */
  detail: PerformanceDetail;
  /** The same page without JavaScript (`page-floor.ts`), measured in the same way right after it. */
  floor: FloorFigures;
};

export type FloorFigures = { performance: number; lcpMs: number; detail: PerformanceDetail };

export type PerformanceDetail = { fcpMs: number; tbtMs: number; cls: number; speedIndexMs: number; lcpElement: string | null };

export type PagesBenchResult = { runs: number; pages: PageFigures[]; loadAverage: { before: number[]; after: number[] } };

type BenchPage = { name: string; path: string; cookie?: string };

const chromiumPath = () => process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer`);
}

/** Sandbox, seeded and ingested PGlite folder, built portal: what the Playwright suite runs on. */
async function startSeededPortal(portBase: number): Promise<{ base: string; sandbox: Record<string, string>; close(): Promise<void> }> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("Build the portal first: npm run build");
  const sandbox = sandboxEnv(portBase);
  const folder = await mkdtemp(path.join(tmpdir(), "bench-pages-"));
  const databaseUrl = `pglite:${path.join(folder, "db")}`;
  const children: ChildProcess[] = [];
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const close = async () => {
    for (const child of children.reverse()) child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    await rm(folder, { recursive: true, force: true });
  };
  try {
    // The identity provider accepts the portal's address as a redirect URI only when it knows it.
    children.push(spawn(process.execPath, ["--import", "tsx", "scripts/sandbox.ts"], { env: { ...process.env, ...sandbox, PORTAL_URL: base }, stdio: "ignore" }));
    await waitFor(`${sandbox.DATAGOUV_CODES_POSTAUX_URL}`);
    await waitFor(`http://localhost:${portBase + 10}/healthz`);
    const env = { ...sandbox, DATABASE_URL: databaseUrl };
    await runScript("scripts/db.ts", ["seed"], env);
    await runScript("scripts/ingest.ts", ["all"], env, INGEST_NODE_FLAGS);
    children.push(await startPortal(databaseUrl, port, sandbox));
    return { base, sandbox, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Signs Jeanne Martin in through the sandbox identity provider (as a person would) and returns the portal's cookies as a header. */
async function signedInCookie(base: string): Promise<string> {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/connexion`);
    await page.getByRole("button", { name: /S’identifier avec\s*FranceConnect/ }).click();
    await page
      .locator("label[for=person-jeanne-martin]")
      .click()
      .catch(async (error: unknown) => {
        throw new Error(`sign-in: no identity choice on ${page.url()} (« ${await page.locator("h1").first().textContent().catch(() => "")} »)`, { cause: error });
      });
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await page.waitForURL((url) => url.origin === base, { timeout: 30_000 });
    await page.getByRole("banner").getByRole("link", { name: "Jeanne Marie Martin", includeHidden: true }).first().waitFor({ state: "attached" });
    const cookies = await page.context().cookies(base);
    return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

/** The first offers listed by a search, for the offer page and the comparison. */
async function offerIds(base: string): Promise<string[]> {
  const html = await (await fetch(`${base}/recherche?lieu=Lyon&rayon=50`)).text();
  const ids = [...html.matchAll(/href="\/offres\/([^"?#]+)/g)].map((match) => decodeURIComponent(match[1] as string));
  const unique = [...new Set(ids)];
  if (unique.length < 2) throw new Error("the search for Lyon listed fewer than 2 offers");
  return unique.slice(0, 2);
}

/** One Chromium per run, with a fresh profile: an empty cache, as a first visit. */
async function launchChromium(): Promise<{ port: number; close(): Promise<void> }> {
  const profile = await mkdtemp(path.join(tmpdir(), "bench-pages-chromium-"));
  const child = spawn(chromiumPath(), ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", `--user-data-dir=${profile}`, "--remote-debugging-port=0", "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error("Chromium did not open its DevTools port")), 30_000);
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on("exit", () => reject(new Error(`Chromium exited: ${output.slice(-500)}`)));
  });
  return {
    port,
    close: async () => {
      child.kill("SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 300));
      await rm(profile, { recursive: true, force: true });
    },
  };
}

type Run = { scores: Record<Category, number>; lcpMs: number; failedAudits: string[]; detail: PerformanceDetail };

/** The LCP element's HTML snippet, as Lighthouse reports it in the "largest-contentful-paint-element" table. */
function lcpElement(lhr: LighthouseResult): string | null {
  const details = lhr.audits["largest-contentful-paint-element"]?.details as { items?: Array<{ items?: Array<{ node?: { snippet?: string } }> }> } | undefined;
  const snippet = details?.items?.[0]?.items?.[0]?.node?.snippet;
  return snippet ? snippet.slice(0, 120) : null;
}

/**
 * One Lighthouse run, through its CLI in a plain Node process: Lighthouse sends some of its functions to the
 * page as source text, and tsx (which runs this bench) would have rewritten them with helpers the page lacks.
 */
async function lighthouseJson(url: string, port: number, cookie: string | undefined): Promise<LighthouseResult> {
  const cli = path.join("node_modules", "lighthouse", "cli", "index.js");
  const args = [cli, url, `--port=${port}`, "--output=json", "--output-path=stdout", "--quiet", `--only-categories=${CATEGORIES.join(",")}`];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let errors = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(`Lighthouse exited with ${code} on ${url}: ${errors.slice(-500)}`));
      else resolve(JSON.parse(output) as LighthouseResult);
    });
  });
}

async function lighthouseRun(url: string, cookie: string | undefined): Promise<Run> {
  const chromium = await launchChromium();
  try {
    const lhr = await lighthouseJson(url, chromium.port, cookie);
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Record<Category, number>;
    const failedAudits = CATEGORIES.filter((id) => id !== "performance").flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${id}:${ref.id}`),
    );
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const detail: PerformanceDetail = {
      fcpMs: Math.round(numeric("first-contentful-paint")),
      tbtMs: Math.round(numeric("total-blocking-time")),
      cls: Number(numeric("cumulative-layout-shift").toFixed(3)),
      speedIndexMs: Math.round(numeric("speed-index")),
      lcpElement: lcpElement(lhr),
    };
    return { scores, lcpMs: Math.round(numeric("largest-contentful-paint")), failedAudits, detail };
  } finally {
    await chromium.close();
  }
}

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

/** Median of `runs` Lighthouse runs; the failed audits and the detail are the median performance run's. */
async function measure(url: string, cookie: string | undefined, runs: number): Promise<Run> {
  const results: Run[] = [];
  for (let run = 0; run < runs; run++) {
    // On a busy machine Chromium sometimes loses the trace (NO_NAVSTART, NO_FCP): that run is made again, once.
    results.push(await lighthouseRun(url, cookie).catch(() => lighthouseRun(url, cookie)));
  }
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(results.map((result) => result.scores[id]))])) as Record<Category, number>;
  // The failed audits of the run whose performance is the median, so the list matches a real page load.
  const byPerformance = [...results].sort((a, b) => a.scores.performance - b.scores.performance);
  const middle = byPerformance[Math.floor((byPerformance.length - 1) / 2)] as Run;
  return { scores, lcpMs: median(results.map((result) => result.lcpMs)), failedAudits: middle.failedAudits, detail: middle.detail };
}

async function benchPage(base: string, floor: PageFloor, page: BenchPage, runs: number): Promise<PageFigures> {
  const measured = await measure(`${base}${page.path}`, page.cookie, runs);
  const floorMeasured = await measure(await floor.add(page.path, page.cookie), page.cookie, runs);
  return {
    name: page.name,
    path: page.path,
    ...measured,
    floor: { performance: floorMeasured.scores.performance, lcpMs: floorMeasured.lcpMs, detail: floorMeasured.detail },
  };
}

export type PagesBenchOptions = { runs: number; portBase: number; only?: string };

export async function benchPages(options: PagesBenchOptions): Promise<PagesBenchResult> {
  const loadBefore = loadavg();
  const portal = await startSeededPortal(options.portBase);
  let floor: PageFloor | null = null;
  try {
    const { base } = portal;
    floor = await startPageFloor(base);
    const [first, second] = await offerIds(base);
    const falc = listContentPages()[0];
    if (!falc) throw new Error("no content page");
    const pages: BenchPage[] = [
      { name: "Accueil", path: "/" },
      { name: "Résultats de recherche", path: "/recherche?lieu=Lyon" },
      { name: "Fiche d'une offre", path: `/offres/${encodeURIComponent(first as string)}` },
      { name: "Comparaison", path: `/comparer?offres=${encodeURIComponent(first as string)}&offres=${encodeURIComponent(second as string)}` },
      { name: "Page FALC", path: contentPagePath(falc), cookie: `${READING_VERSION_COOKIE}=facile` },
      { name: "Mes démarches (connectée)", path: "/mes-demarches", cookie: await signedInCookie(base) },
    ].filter((page) => !options.only || page.name.toLowerCase().includes(options.only.toLowerCase()));
    const figures: PageFigures[] = [];
    for (const page of pages) {
      const result = await benchPage(base, floor, page, options.runs);
      // Each page as soon as it is measured: a full run takes a quarter of an hour on a busy machine.
      process.stderr.write(`${pageLines(result).join("\n")}\n`);
      figures.push(result);
    }
    return { runs: options.runs, pages: figures, loadAverage: { before: loadBefore, after: loadavg() } };
  } finally {
    await floor?.close();
    await portal.close();
  }
}

const ok = (pass: boolean) => (pass ? "OK" : "HORS CIBLE");

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

const detailLine = (detail: PerformanceDetail) =>
  `FCP ${detail.fcpMs} ms, TBT ${detail.tbtMs} ms, CLS ${detail.cls}, Speed Index ${detail.speedIndexMs} ms ; élément LCP ${detail.lcpElement ?? "non indiqué"}`;

function pageLines(page: PageFigures): string[] {
  const { scores } = page;
  return [
    `  ${page.name} (${page.path})`,
    `    performance ${scores.performance} (cible ≥ ${PAGE_TARGETS.performance}, ${ok(scores.performance >= PAGE_TARGETS.performance)}) ; accessibilité ${scores.accessibility} (cible ${PAGE_TARGETS.accessibility}, ${ok(scores.accessibility >= PAGE_TARGETS.accessibility)}) ; bonnes pratiques ${scores["best-practices"]} (cible ${PAGE_TARGETS.bestPractices}, ${ok(scores["best-practices"] >= PAGE_TARGETS.bestPractices)}) ; SEO ${scores.seo} (cible ${PAGE_TARGETS.seo}, ${ok(scores.seo >= PAGE_TARGETS.seo)})`,
    `    LCP ${page.lcpMs} ms (cible ≤ ${PAGE_TARGETS.lcpMs} ms, ${ok(page.lcpMs <= PAGE_TARGETS.lcpMs)})${page.failedAudits.length > 0 ? ` ; audits en échec : ${page.failedAudits.join(", ")}` : ""}`,
    `    passage médian : ${detailLine(page.detail)}`,
    `    plancher, la même page sans JavaScript : performance ${page.floor.performance}, LCP ${page.floor.lcpMs} ms ; écart : performance ${signed(page.scores.performance - page.floor.performance)}, LCP ${signed(page.lcpMs - page.floor.lcpMs)} ms`,
    `    plancher, passage médian : ${detailLine(page.floor.detail)}`,
  ];
}

export function formatPagesBench(result: PagesBenchResult): string {
  return [
    `Banc d'essai pages — Lighthouse 12 (préréglage mobile, Chromium de Debian), médiane de ${result.runs} passages par page`,
    `  charge de la machine (load average 1 / 5 / 15 min) : ${formatLoadAverages(result.loadAverage.before)} au début, ${formatLoadAverages(result.loadAverage.after)} à la fin`,
    ...result.pages.flatMap(pageLines),
  ].join("\n");
}

export function meetsPagesTargets(result: PagesBenchResult): boolean {
  return result.pages.every(
    ({ scores, lcpMs }) =>
      scores.performance >= PAGE_TARGETS.performance &&
      scores.accessibility >= PAGE_TARGETS.accessibility &&
      scores["best-practices"] >= PAGE_TARGETS.bestPractices &&
      scores.seo >= PAGE_TARGETS.seo &&
      lcpMs <= PAGE_TARGETS.lcpMs,
  );
}
