import { loadavg } from "node:os";

import { cliOptions, numberOption } from "@/sandbox/catalogue-generator/serve";

import { formatLoadAverages, freePort } from "./child-process";
import { benchIngest, formatBench, meetsTargets } from "./ingest";
import { benchLoad, formatLoadBench, meetsLoadTargets } from "./load";
import { benchPages, formatPagesBench, meetsPagesTargets } from "./pages";
import { startTemporaryPostgres } from "./postgres";
import { benchSearch, formatSearchBench, meetsSearchTargets } from "./search";
import { benchSnapshot, formatSnapshotBench } from "./snapshot-memory";

const USAGE = `Usage : npm run bench -- ingest [--offers 50000] [--changes 1000] [--database postgres|URL]
        npm run bench -- search [--offers 50000] [--requests 200] [--concurrency 50] [--database pglite|postgres|URL]
        npm run bench -- pages [--runs 3] [--port-base 4900] [--only NOM]
        npm run bench -- snapshot [--offers 100000] [--database pglite|postgres|URL]
        npm run bench -- load [--duration 60] [--connections 200] [--offers 20000] [--database pglite|postgres|URL] (défaut : pglite puis postgres)
`;

/** `npm run bench -- <name> [options]`; benchmarks: ingest, search, snapshot, load, pages. */
async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const options = cliOptions(rest);
  if (name === "search") {
    const result = await benchSearch({
      offers: numberOption(options, "offers", 50_000),
      requests: numberOption(options, "requests", 200),
      concurrency: numberOption(options, "concurrency", 50),
      database: options.get("database") ?? "pglite",
    });
    process.stdout.write(`${formatSearchBench(result)}\n`);
    return meetsSearchTargets(result) ? 0 : 1;
  }
  if (name === "load") {
    const database = options.get("database");
    const result = await benchLoad({
      offers: numberOption(options, "offers", 20_000),
      connections: numberOption(options, "connections", 200),
      durationSeconds: numberOption(options, "duration", 60),
      databases: database ? [database] : ["pglite", "postgres"],
    });
    process.stdout.write(`${formatLoadBench(result)}\n`);
    return meetsLoadTargets(result) ? 0 : 1;
  }
  if (name === "pages") {
    const result = await benchPages({ runs: numberOption(options, "runs", 3), portBase: numberOption(options, "port-base", 4900), only: options.get("only") });
    process.stdout.write(`${formatPagesBench(result)}\n`);
    return meetsPagesTargets(result) ? 0 : 1;
  }
  if (name === "snapshot") {
    const result = await benchSnapshot({ offers: numberOption(options, "offers", 100_000), database: options.get("database") ?? "pglite" });
    process.stdout.write(`${formatSnapshotBench(result)}\n`);
    return 0;
  }
  if (name !== "ingest") {
    process.stderr.write(USAGE);
    return 2;
  }
  const database = options.get("database") ?? null;
  // "postgres": a throw-away cluster, as the other benches take it.
  const postgres = database === "postgres" ? startTemporaryPostgres(await freePort()) : null;
  const loadBefore = loadavg();
  const result = await benchIngest({
    offers: numberOption(options, "offers", 50_000),
    changes: numberOption(options, "changes", 1_000),
    databaseUrl: postgres?.url ?? database,
  }).finally(() => postgres?.stop());
  process.stdout.write(`${formatBench(result)}\n  charge de la machine (load average 1 / 5 / 15 min) : ${formatLoadAverages(loadBefore)} au début, ${formatLoadAverages(loadavg())} à la fin\n`);
  return meetsTargets(result) ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
