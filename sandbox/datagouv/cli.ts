import { DEFAULT_OFFERS, DEFAULT_SEED } from "@/sandbox/catalogue-generator/generate";
import { cliOptions, closeOnSignal, numberOption } from "@/sandbox/catalogue-generator/serve";

import { startDatagouvSandbox } from "./server";

/** `npx tsx sandbox/datagouv/cli.ts [--port 4070] [--offers 5000] [--seed N] [--encoding latin1|utf8]` */
async function main(): Promise<void> {
  const options = cliOptions(process.argv.slice(2));
  const encoding = options.get("encoding") === "utf8" ? "utf8" : "latin1";
  const sandbox = await startDatagouvSandbox({
    port: numberOption(options, "port", 4070),
    host: options.get("host") ?? "127.0.0.1",
    offers: numberOption(options, "offers", DEFAULT_OFFERS),
    seed: numberOption(options, "seed", DEFAULT_SEED),
    encoding,
  });
  console.log(`Bac à sable data.gouv.fr : ${Object.values(sandbox.files).join(" ")}`);
  closeOnSignal([sandbox]);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
