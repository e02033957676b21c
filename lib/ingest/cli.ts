import { openDatabase } from "@/lib/database/open-database";

import { ingestConfigFromEnv } from "./config";
import { runCommunesImport } from "./communes-step";
import { SOURCES, sourceById } from "./registry";
import { formatReport, progressLine } from "./report";
import { runImport, type ImportOptions } from "./run-import";
import type { SourceDefinition } from "./source";

export const USAGE = `Usage : npm run ingest -- <source|all> [--file CHEMIN | --url URL] [--since DATE-ISO] [--full]
Sources : ${SOURCES.map((source) => source.id).join(", ")}, communes, all
  --file   lit un fichier local (sources fichiers : finess, prix-ehpad, france-services, communes)
  --url    interroge une autre adresse que celle configurée
  --since  synchronisation incrémentale depuis cette date (ror)
  --full   synchronisation complète (supprime ce que la source ne fournit plus)`;

export type CliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
  isTty: boolean;
  /** Redraws the progress line in place (TTY only). */
  progress: (line: string | null) => void;
};

export type CliArguments = {
  sources: SourceDefinition<unknown>[];
  /** Also rebuild the commune index of the search (`communes`, and part of `all`). */
  communes: boolean;
  options: Pick<ImportOptions, "file" | "url" | "since" | "mode">;
};

export class UsageError extends Error {
  override name = "UsageError";
}

export function parseArguments(argv: string[]): CliArguments {
  const positional: string[] = [];
  const options: CliArguments["options"] = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${arg} attend une valeur`);
      return next;
    };
    if (arg === "--file") options.file = value();
    else if (arg === "--url") options.url = value();
    else if (arg === "--since") {
      const text = value();
      const since = new Date(text);
      if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(since.getTime())) throw new UsageError(`--since attend une date ISO 8601, reçu "${text}"`);
      options.since = since;
    } else if (arg === "--full") options.mode = "full";
    else if (arg === "--help" || arg === "-h") throw new UsageError(USAGE);
    else if (arg.startsWith("--")) throw new UsageError(`option inconnue : ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError(USAGE);
  const name = positional[0] as string;
  if (name === "communes") {
    if (options.file && options.url) throw new UsageError("--file et --url sont incompatibles");
    if (options.since || options.mode) throw new UsageError("la source communes se reconstruit toujours en entier");
    return { sources: [], communes: true, options };
  }
  const sources = name === "all" ? [...SOURCES] : [sourceById(name)].filter((source): source is SourceDefinition<unknown> => !!source);
  if (sources.length === 0) throw new UsageError(`source inconnue : ${name}\n${USAGE}`);
  if (options.mode === "full" && options.since) throw new UsageError("--full et --since sont incompatibles");
  if ((options.file || options.url) && sources.length !== 1) throw new UsageError("--file et --url s'utilisent avec une seule source");
  if (options.file && options.url) throw new UsageError("--file et --url sont incompatibles");
  const [single] = sources;
  if (options.file && single && !single.acceptsFile) throw new UsageError(`la source ${single.id} ne lit pas de fichier local`);
  return { sources: sources as SourceDefinition<unknown>[], communes: name === "all", options };
}

/**
 * `npm run ingest`: runs the sources one after the other, prints each report
 * (also stored in ImportRun) and returns the exit code: 0 when every run
 * succeeded, 1 otherwise, 2 on a usage error. `signal` aborts the current run
 * (SIGINT/SIGTERM), which is then rolled back.
 */
export async function runCli(argv: string[], env: Record<string, string | undefined>, io: CliIo, signal: AbortSignal): Promise<number> {
  let parsed: CliArguments;
  try {
    parsed = parseArguments(argv);
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const config = ingestConfigFromEnv(env);
  const database = await openDatabase(env.DATABASE_URL ?? "pglite:./data/pglite", { migrate: true });
  let failures = 0;
  try {
    for (const source of parsed.sources) {
      if (signal.aborted) break;
      let lastDraw = 0;
      const report = await runImport(database, source, config, {
        ...parsed.options,
        signal,
        onProgress: (progress) => {
          if (!io.isTty) return;
          const now = Date.now();
          if (now - lastDraw < 100 && progress.done !== progress.total) return;
          lastDraw = now;
          io.progress(progressLine(source.id, progress));
        },
      });
      io.progress(null);
      io.out(formatReport(report, source.label));
      if (report.status !== "succeeded") failures += 1;
    }
    if (parsed.communes && !signal.aborted) {
      const outcome = await runCommunesImport(database, { file: parsed.options.file ?? undefined, url: parsed.options.url ?? config.codesPostaux.url, timeoutMs: config.http.timeoutMs });
      io.out(outcome.text);
      if (!outcome.ok) failures += 1;
    }
  } finally {
    await database.close();
  }
  io.out(`Mémoire : pic ${Math.round(process.resourceUsage().maxRSS / 1024)} Mo (RSS du processus)`);
  return failures === 0 && !signal.aborted ? 0 : 1;
}
