import { DEFAULT_OFFERS, DEFAULT_SEED } from "./generate";
import { startCataloguePartners } from "./partners";
import { cliOptions, closeOnSignal, numberOption } from "./serve";

/**
 * Starts the catalogue's partner sandboxes (ROR FHIR, Ma Boussole Aidants,
 * data.gouv.fr files): `npx tsx sandbox/catalogue-generator/cli.ts [--offers 5000] [--seed N]`.
 */
async function main(): Promise<void> {
  const options = cliOptions(process.argv.slice(2));
  const partners = await startCataloguePartners({
    offers: numberOption(options, "offers", DEFAULT_OFFERS),
    seed: numberOption(options, "seed", DEFAULT_SEED),
    host: options.get("host") ?? "127.0.0.1",
    ports: {
      ror: numberOption(options, "ror-port", 4050),
      mba: numberOption(options, "mba-port", 4060),
      datagouv: numberOption(options, "datagouv-port", 4070),
    },
  });
  console.log(`ROR (FHIR)          ${partners.ror.fhirBaseUrl}  (jeton : ${partners.ror.tokenUrl}, ${partners.ror.catalogue.offers.length} offres)`);
  console.log(`Ma Boussole Aidants ${partners.mba.url}/v1/client/structures  (${partners.mba.structures.length} structures)`);
  console.log(`data.gouv.fr        ${Object.values(partners.datagouv.files).join("  ")}`);
  closeOnSignal([partners]);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
