/**
 * `npm run sandbox`: starts every local partner service, each on its own
 * localhost port, configured by the same environment variables the portal and
 * the importers read (so both sides always agree), and stops them on Ctrl+C.
 * `npm run demo` and the Playwright suite start it too. The two requests
 * partners also serve a /sandbox control page (see `npm run sandbox:avancer`).
 */
import { ingestConfigFromEnv } from "@/lib/ingest/config";
import { env } from "@/lib/env";
import { startBanSandbox } from "@/sandbox/ban/server";
import { startCataloguePartners } from "@/sandbox/catalogue-generator/partners";
import { startIdentityProvider } from "@/sandbox/identity-provider/server";
import { startMdphEnLigne } from "@/sandbox/mdph-en-ligne/server";
import { startMonEspaceSante } from "@/sandbox/mon-espace-sante/server";
import { startViaTrajectoire } from "@/sandbox/via-trajectoire/server";

type Running = { close(): Promise<void> };

const portOf = (url: string) => Number(new URL(url).port || 80);

async function main(): Promise<void> {
  const running: Running[] = [];
  const stop = async () => {
    await Promise.allSettled(running.map((service) => service.close()));
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  const identityProvider = await startIdentityProvider();
  running.push(identityProvider);
  console.log(`  ${"Identité (type FranceConnect)".padEnd(32)} ${identityProvider.url}`);
  const viaTrajectoire = await startViaTrajectoire();
  running.push(viaTrajectoire);
  console.log(`  ${"ViaTrajectoire".padEnd(32)} ${viaTrajectoire.url}  (pilotage : ${viaTrajectoire.url}/sandbox)`);
  const mdphEnLigne = await startMdphEnLigne();
  running.push(mdphEnLigne);
  console.log(`  ${"MDPH en ligne".padEnd(32)} ${mdphEnLigne.url}  (pilotage : ${mdphEnLigne.url}/sandbox)`);
  const monEspaceSante = await startMonEspaceSante();
  running.push(monEspaceSante);
  console.log(`  ${"Mon espace santé (FHIR)".padEnd(32)} ${monEspaceSante.url}/fhir  (pilotage : ${monEspaceSante.url}/sandbox)`);
  console.log(`  ${"".padEnd(32)} webhooks signés vers ${viaTrajectoire.webhooks.url} et ${mdphEnLigne.webhooks.url}`);

  const ingest = ingestConfigFromEnv(process.env);
  const catalogue = await startCataloguePartners({
    ports: { ror: portOf(ingest.ror.baseUrl), mba: portOf(ingest.mba.baseUrl), datagouv: portOf(ingest.franceServices.url) },
  });
  running.push(catalogue);
  console.log(`  ${"ROR (FHIR)".padEnd(32)} ${catalogue.ror.fhirBaseUrl}`);
  console.log(`  ${"Ma Boussole Aidants (API)".padEnd(32)} ${catalogue.mba.url}`);
  console.log(`  ${"data.gouv.fr (fichiers)".padEnd(32)} ${catalogue.datagouv.url}`);
  const ban = await startBanSandbox({ port: portOf(env().BAN_API_URL) });
  running.push(ban);
  console.log(`  ${"Base Adresse Nationale".padEnd(32)} ${ban.url}`);
  console.log("Sandbox services ready.");
}

main().catch((error: unknown) => {
  console.error(`Sandbox failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
