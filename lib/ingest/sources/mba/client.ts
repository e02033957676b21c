import { z } from "zod";

import { httpJson } from "@/lib/http";
import type { IngestConfig } from "@/lib/ingest/config";
import { SourceError } from "@/lib/ingest/source";

import type { MbaStructure } from "./types";

/** Safety net against a server that never returns an empty page. */
const MAX_PAGES = 10_000;

/**
 * Pages through `GET /v1/client/structures?idTypeStructure=<id>&page=<n>`
 * (pages from 0, header `x-api-key`) for each configured type de structure,
 * until a page comes back empty.
 */
export async function* mbaPages(
  config: IngestConfig,
  baseUrl: string,
  signal: AbortSignal,
): AsyncIterable<{ typeStructureId: number; page: number; structures: MbaStructure[] }> {
  for (const typeStructureId of config.mba.typeStructureIds) {
    for (let page = 0; ; page++) {
      if (page >= MAX_PAGES) throw new SourceError(`Ma Boussole Aidants : plus de ${MAX_PAGES} pages pour le type ${typeStructureId}`);
      const url = `${baseUrl}/v1/client/structures?${new URLSearchParams({ idTypeStructure: String(typeStructureId), page: String(page) })}`;
      const body = await httpJson(url, z.unknown(), {
        headers: { "x-api-key": config.mba.apiKey },
        timeoutMs: config.http.timeoutMs,
        retries: config.http.retries,
        signal,
      });
      if (!Array.isArray(body)) throw new SourceError(`Ma Boussole Aidants : la page ${page} du type ${typeStructureId} n'est pas une liste`);
      if (body.length === 0) break;
      yield { typeStructureId, page, structures: body as MbaStructure[] };
    }
  }
}
