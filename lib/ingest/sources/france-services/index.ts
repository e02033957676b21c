import type { SourceDefinition } from "@/lib/ingest/source";
import { countBytes, decodeText, openBytes } from "@/lib/ingest/text";

import { mapFranceServices } from "./map";
import { parseFranceServices, type FranceServicesRow } from "./parse";

/** ANCT list of France Services (data.gouv.fr CSV): extract bytes → parse CSV rows → map offers. */
export const franceServicesSource: SourceDefinition<FranceServicesRow> = {
  id: "france-services",
  label: "France Services (data.gouv.fr)",
  regulated: false,
  incremental: false,
  acceptsFile: true,
  async *read(config, options) {
    const bytes = await openBytes({ file: options.file, url: options.url ?? config.franceServices.url }, config, options.signal);
    yield* parseFranceServices(decodeText(countBytes(bytes, options.onProgress)));
  },
  map: mapFranceServices,
};
