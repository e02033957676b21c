import { startDatagouvSandbox, type DatagouvSandbox } from "@/sandbox/datagouv/server";
import { startMbaSandbox, type MbaSandbox } from "@/sandbox/mba/server";
import { startRorSandbox, type RorSandbox } from "@/sandbox/ror/server";

import { DEFAULT_OFFERS, DEFAULT_SEED, generateCatalogue } from "./generate";

export type CataloguePartners = {
  ror: RorSandbox;
  mba: MbaSandbox;
  datagouv: DatagouvSandbox;
  /** Environment variables pointing the importers at these sandboxes (ingestConfigFromEnv). */
  env: Record<string, string>;
  close(): Promise<void>;
};

export type CataloguePartnersOptions = {
  offers?: number;
  seed?: number;
  host?: string;
  /** Ports (0 = any free port, as in tests). */
  ports?: { ror?: number; mba?: number; datagouv?: number };
};

/** Starts the three catalogue partner sandboxes on one shared generated catalogue. */
export async function startCataloguePartners(options: CataloguePartnersOptions = {}): Promise<CataloguePartners> {
  const offers = options.offers ?? DEFAULT_OFFERS;
  const seed = options.seed ?? DEFAULT_SEED;
  const started: Array<{ close(): Promise<void> }> = [];
  try {
    // Each sandbox gets its own copy: the ROR sandbox mutates its offers.
    const ror = await startRorSandbox({ port: options.ports?.ror ?? 4050, host: options.host, offers, seed });
    started.push(ror);
    const mba = await startMbaSandbox({ port: options.ports?.mba ?? 4060, host: options.host, catalogue: generateCatalogue({ offers, seed }) });
    started.push(mba);
    const datagouv = await startDatagouvSandbox({ port: options.ports?.datagouv ?? 4070, host: options.host, catalogue: generateCatalogue({ offers, seed }) });
    started.push(datagouv);
    return {
      ror,
      mba,
      datagouv,
      env: {
        ROR_FHIR_BASE_URL: ror.fhirBaseUrl,
        ROR_TOKEN_URL: ror.tokenUrl,
        MBA_API_BASE_URL: mba.url,
        DATAGOUV_FRANCE_SERVICES_URL: datagouv.files.franceServices,
        DATAGOUV_FINESS_URL: datagouv.files.finess,
        DATAGOUV_PRIX_EHPAD_URL: datagouv.files.prixEhpad,
        DATAGOUV_CODES_POSTAUX_URL: datagouv.files.codesPostaux,
      },
      close: async () => {
        await Promise.all(started.map((server) => server.close()));
      },
    };
  } catch (error) {
    await Promise.all(started.map((server) => server.close()));
    throw error;
  }
}
