import type { SourceDefinition } from "@/lib/ingest/source";

import { mapFiness } from "./map";
import { readFiness, type FinessEtablissement } from "./parse";

/** FINESS extraction (data.gouv.fr): extract to a local copy → parse lines → map establishments of the PA/PH categories. */
export const finessSource: SourceDefinition<FinessEtablissement> = {
  id: "finess",
  label: "FINESS – établissements (data.gouv.fr)",
  regulated: true,
  incremental: false,
  acceptsFile: true,
  read(config, options) {
    return readFiness({ file: options.file, url: options.url ?? config.finess.url }, config, options);
  },
  map: mapFiness,
};
