/**
 * `npm run sandbox`: starts every local partner service, each on its own
 * localhost port (configured by the same environment variables the portal
 * reads), and stops them on Ctrl+C. `npm run demo` and the Playwright suite
 * start it too.
 */
import { startIdentityProvider } from "@/sandbox/identity-provider/server";
import { startMdphEnLigne } from "@/sandbox/mdph-en-ligne/server";
import { startViaTrajectoire } from "@/sandbox/via-trajectoire/server";

type Running = { url: string; close(): Promise<void> };

const services: Array<{ name: string; start: () => Promise<Running>; show: (url: string) => string }> = [
  {
    name: "Identité (type FranceConnect)",
    start: () => startIdentityProvider(),
    show: (url) => url,
  },
  { name: "ViaTrajectoire (bac à sable)", start: () => startViaTrajectoire(), show: (url) => url },
  { name: "MDPH en ligne (bac à sable)", start: () => startMdphEnLigne(), show: (url) => url },
];

async function main(): Promise<void> {
  const running: Running[] = [];
  const stop = async () => {
    await Promise.allSettled(running.map((service) => service.close()));
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  for (const service of services) {
    const started = await service.start();
    running.push(started);
    console.log(`  ${service.name.padEnd(32)} ${service.show(started.url)}`);
  }
  console.log("Sandbox services ready.");
}

main().catch((error: unknown) => {
  console.error(`Sandbox failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
