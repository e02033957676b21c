import type { SourceDefinition } from "@/lib/ingest/source";
import { countBytes, decodeText, openBytes } from "@/lib/ingest/text";

import { mapPrixEhpad } from "./map";
import { parsePrixEhpad, type PrixEhpadRow } from "./parse";

/** CNSA EHPAD prices (data.gouv.fr CSV), joined on the FINESS ET number of the structures. */
export const prixEhpadSource: SourceDefinition<PrixEhpadRow> = {
  id: "prix-ehpad",
  label: "Prix des EHPAD (CNSA, data.gouv.fr)",
  regulated: true,
  incremental: false,
  acceptsFile: true,
  async *read(config, options) {
    const bytes = await openBytes({ file: options.file, url: options.url ?? config.prixEhpad.url }, config, options.signal);
    yield* parsePrixEhpad(decodeText(countBytes(bytes, options.onProgress)));
  },
  map: mapPrixEhpad,
};
