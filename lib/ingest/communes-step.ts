import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";

import type { Database } from "@/lib/database/open-database";
import { httpRequest } from "@/lib/http";
import { importCommunes } from "@/lib/search";

/**
 * The commune index of the search is not an offer source: it is rebuilt whole
 * from La Poste's postal code file, after the offer sources of `ingest all`.
 */
export async function runCommunesImport(
  database: Database,
  options: { file?: string; url: string; timeoutMs: number },
): Promise<{ ok: boolean; text: string }> {
  const origin = options.file ?? options.url;
  try {
    let input: Readable;
    if (options.file) {
      input = createReadStream(options.file);
    } else {
      const response = await httpRequest(options.url, { timeoutMs: options.timeoutMs });
      input = response.body ? Readable.fromWeb(response.body as unknown as WebReadableStream) : Readable.from([]);
    }
    const report = await importCommunes(database.prisma, input);
    const rejected = report.rejected.slice(0, 10).map((rejection) => `  ligne ${rejection.line} : ${rejection.reason}`);
    return {
      ok: true,
      text: [
        `Communes (${origin}) : ${report.communes} communes indexées, ${report.read} lignes lues, ${report.rejected.length} rejetées`,
        ...rejected,
        ...(report.rejected.length > 10 ? [`  … et ${report.rejected.length - 10} autres`] : []),
      ].join("\n"),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, text: `Communes (${origin}) : échec, l'index des communes est inchangé. Raison : ${reason}` };
  }
}
