import type { SourceDefinition } from "@/lib/ingest/source";

import { RorClient } from "./client";
import { mapRor } from "./map";
import { parseRorBundle, type RorRecord } from "./parse";

/** ROR (ANS) FHIR API: extract searchset pages → parse offers with their includes → map. Incremental with `_lastUpdated`. */
export const rorSource: SourceDefinition<RorRecord> = {
  id: "ror",
  label: "ROR – Répertoire opérationnel des ressources (FHIR)",
  regulated: true,
  incremental: true,
  acceptsFile: false,
  async *read(config, options) {
    const client = new RorClient(config, options.signal, options.url ?? config.ror.baseUrl);
    let done = 0;
    for await (const bundle of client.pages(options.mode === "incremental" ? options.since : null)) {
      for (const item of parseRorBundle(bundle)) {
        done += 1;
        yield item;
      }
      options.onProgress({ done, total: typeof bundle.total === "number" ? bundle.total : null, unit: "records" });
    }
  },
  map: mapRor,
};
