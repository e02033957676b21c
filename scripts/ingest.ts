import { runCli } from "@/lib/ingest/cli";

/**
 * `npm run ingest -- <source|all> [--file PATH | --url URL] [--since ISO-DATE] [--full]`
 * Imports partner data into the catalogue (lib/ingest). Endpoints come from the
 * environment (see lib/ingest/config.ts); the database from DATABASE_URL.
 */
async function main(): Promise<void> {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(signal === "SIGINT" ? 130 : 143);
    process.stderr.write(`\nArrêt demandé (${signal}) : annulation de l'importation en cours…\n`);
    controller.abort(new Error(`interrompu par ${signal}`));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const isTty = Boolean(process.stdout.isTTY);
  const code = await runCli(
    process.argv.slice(2),
    process.env,
    {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
      isTty,
      progress: (line) => {
        if (!isTty) return;
        process.stdout.write(line === null ? "\r\x1b[2K" : `\r\x1b[2K${line}`);
      },
    },
    controller.signal,
  );
  process.exitCode = controller.signal.aborted ? 130 : code;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
