import { DEFAULT_OFFERS, DEFAULT_SEED } from "@/sandbox/catalogue-generator/generate";
import { cliOptions, closeOnSignal, numberOption } from "@/sandbox/catalogue-generator/serve";

import { startRorSandbox } from "./server";

/** `npx tsx sandbox/ror/cli.ts [--port 4050] [--offers 5000] [--seed N]` */
async function main(): Promise<void> {
  const options = cliOptions(process.argv.slice(2));
  const offers = numberOption(options, "offers", DEFAULT_OFFERS);
  const sandbox = await startRorSandbox({
    port: numberOption(options, "port", 4050),
    host: options.get("host") ?? "127.0.0.1",
    offers,
    seed: numberOption(options, "seed", DEFAULT_SEED),
  });
  console.log(`Bac à sable ROR (FHIR) : ${sandbox.fhirBaseUrl} — jeton : ${sandbox.tokenUrl} — ${sandbox.catalogue.offers.length} offres`);
  closeOnSignal([sandbox]);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
