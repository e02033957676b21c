import type { ServerResponse } from "node:http";

import iconv from "iconv-lite";

import { DEFAULT_OFFERS, DEFAULT_SEED, generateCatalogue, type GeneratedCatalogue } from "@/sandbox/catalogue-generator/generate";
import { generateFranceServices } from "@/sandbox/catalogue-generator/other-sources";
import { territory } from "@/sandbox/catalogue-generator/territory";
import { closeServer, listen, sendJson, type RunningServer } from "@/sandbox/catalogue-generator/serve";

import { codesPostauxCsv, finessCsv, franceServicesCsv, prixEhpadCsv } from "./files";

/**
 * Local stand-in for the data.gouv.fr file downloads the catalogue uses,
 * serving generated files in the published layouts and encodings.
 */

export type DatagouvSandboxOptions = {
  port?: number;
  host?: string;
  offers?: number;
  seed?: number;
  /** Number of France Services in the generated list. */
  franceServices?: number;
  /** FINESS and CNSA files are Latin-1 (Windows-1252) by default, like the published ones. */
  encoding?: "latin1" | "utf8";
  /** Cut the connection after this many bytes of a file (tests of interrupted downloads). */
  abortAfterBytes?: number;
  catalogue?: GeneratedCatalogue;
};

export type DatagouvSandbox = RunningServer & {
  files: { franceServices: string; finess: string; prixEhpad: string; codesPostaux: string };
  catalogue: GeneratedCatalogue;
  /** Replace a file's content (tests of malformed files). */
  override(name: string, content: string | Buffer | null): void;
};

export const DATAGOUV_FILES = {
  franceServices: "/france-services.csv",
  finess: "/finess-etalab.csv",
  prixEhpad: "/prix-ehpad.csv",
  codesPostaux: "/codes-postaux.csv",
} as const;

export async function startDatagouvSandbox(options: DatagouvSandboxOptions = {}): Promise<DatagouvSandbox> {
  const catalogue = options.catalogue ?? generateCatalogue({ offers: options.offers ?? DEFAULT_OFFERS, seed: options.seed ?? DEFAULT_SEED });
  const franceServices = generateFranceServices(options.franceServices ?? 300, catalogue.seed);
  const encoding = options.encoding ?? "latin1";
  const overrides = new Map<string, string | Buffer>();
  const generators: Record<string, { type: string; encoding: "utf8" | "latin1"; lines: () => Iterable<string> }> = {
    [DATAGOUV_FILES.franceServices]: { type: "text/csv", encoding: "utf8", lines: () => franceServicesCsv(franceServices) },
    [DATAGOUV_FILES.finess]: { type: "text/csv", encoding, lines: () => finessCsv(catalogue, "2025-01-06") },
    [DATAGOUV_FILES.prixEhpad]: { type: "text/csv", encoding, lines: () => prixEhpadCsv(catalogue) },
    [DATAGOUV_FILES.codesPostaux]: { type: "text/csv", encoding: "utf8", lines: () => codesPostauxCsv(territory().communes) },
  };

  const { server, url } = await listen(async (request, response, requestUrl) => {
    const path = requestUrl.pathname;
    if (path === "/") {
      return sendJson(response, 200, { fichiers: Object.keys(generators).map((name) => `${url}${name}`) });
    }
    const file = generators[path];
    if (!file || (request.method !== "GET" && request.method !== "HEAD")) {
      return sendJson(response, 404, { message: "Fichier inconnu" });
    }
    const charset = file.encoding === "latin1" ? "windows-1252" : "utf-8";
    response.writeHead(200, { "Content-Type": `${file.type}; charset=${charset}`, "Cache-Control": "no-store" });
    if (request.method === "HEAD") return void response.end();
    const override = overrides.get(path);
    if (override !== undefined) return void response.end(override);
    await stream(response, file.lines(), file.encoding, options.abortAfterBytes);
  }, options.port ?? 4070, options.host);

  return {
    url,
    catalogue,
    files: {
      franceServices: `${url}${DATAGOUV_FILES.franceServices}`,
      finess: `${url}${DATAGOUV_FILES.finess}`,
      prixEhpad: `${url}${DATAGOUV_FILES.prixEhpad}`,
      codesPostaux: `${url}${DATAGOUV_FILES.codesPostaux}`,
    },
    override(name, content) {
      if (content === null) overrides.delete(name);
      else overrides.set(name, content);
    },
    close: () => closeServer(server),
  };
}

async function stream(response: ServerResponse, lines: Iterable<string>, encoding: "utf8" | "latin1", abortAfterBytes?: number): Promise<void> {
  let buffer = "";
  let sent = 0;
  const flush = async (text: string) => {
    const bytes = encoding === "latin1" ? iconv.encode(text, "win1252") : Buffer.from(text, "utf8");
    sent += bytes.byteLength;
    if (abortAfterBytes !== undefined && sent > abortAfterBytes) {
      response.write(bytes.subarray(0, Math.max(0, bytes.byteLength - (sent - abortAfterBytes))));
      response.destroy();
      return false;
    }
    if (!response.write(bytes)) await new Promise((resolve) => response.once("drain", resolve));
    return true;
  };
  for (const line of lines) {
    buffer += line;
    if (buffer.length >= 64 * 1024) {
      if (!(await flush(buffer))) return;
      buffer = "";
    }
  }
  if (buffer && !(await flush(buffer))) return;
  response.end();
}
