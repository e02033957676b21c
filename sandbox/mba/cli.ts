import { DEFAULT_OFFERS, DEFAULT_SEED } from "@/sandbox/catalogue-generator/generate";
import { cliOptions, closeOnSignal, numberOption } from "@/sandbox/catalogue-generator/serve";

import { startMbaSandbox } from "./server";

/** `npx tsx sandbox/mba/cli.ts [--port 4060] [--offers 5000] [--seed N]` */
async function main(): Promise<void> {
  const options = cliOptions(process.argv.slice(2));
  const sandbox = await startMbaSandbox({
    port: numberOption(options, "port", 4060),
    host: options.get("host") ?? "127.0.0.1",
    offers: numberOption(options, "offers", DEFAULT_OFFERS),
    seed: numberOption(options, "seed", DEFAULT_SEED),
  });
  console.log(`Bac à sable Ma Boussole Aidants : ${sandbox.url}/v1/client/structures — ${sandbox.structures.length} structures`);
  closeOnSignal([sandbox]);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
