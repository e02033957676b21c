import type { SourceDefinition } from "@/lib/ingest/source";

import { mbaPages } from "./client";
import { mapMba } from "./map";
import type { MbaStructure } from "./types";

/** Ma Boussole Aidants (CNSA/Agirc-Arrco) REST API: extract pages per type de structure → structures → map. */
export const mbaSource: SourceDefinition<MbaStructure> = {
  id: "mba",
  label: "Ma Boussole Aidants (API)",
  regulated: false,
  incremental: false,
  acceptsFile: false,
  async *read(config, options) {
    let done = 0;
    for await (const page of mbaPages(config, (options.url ?? config.mba.baseUrl).replace(/\/+$/, ""), options.signal)) {
      for (const structure of page.structures) {
        done += 1;
        const id = structure?.idStructure;
        if (typeof structure !== "object" || structure === null) {
          yield { ok: false, localId: null, reason: `élément non objet dans la page ${page.page} du type ${page.typeStructureId}` };
          continue;
        }
        yield { ok: true, localId: id === undefined ? "" : String(id), raw: structure };
      }
      options.onProgress({ done, total: null, unit: "records" });
    }
  },
  map: mapMba,
};
