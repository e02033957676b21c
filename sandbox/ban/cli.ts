import { cliOptions, closeOnSignal, numberOption } from "@/sandbox/catalogue-generator/serve";

import { startBanSandbox } from "./server";

/** `npx tsx sandbox/ban/cli.ts [--port 4080]` */
async function main(): Promise<void> {
  const options = cliOptions(process.argv.slice(2));
  const sandbox = await startBanSandbox({ port: numberOption(options, "port", 4080), host: options.get("host") ?? "127.0.0.1" });
  console.log(`Bac à sable Base Adresse Nationale : ${sandbox.url}/search/?q=Lyon&type=municipality`);
  closeOnSignal([sandbox]);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
