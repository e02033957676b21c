import { timingSafeEqual } from "node:crypto";

import { DEFAULT_OFFERS, DEFAULT_SEED, generateCatalogue, type GeneratedCatalogue } from "@/sandbox/catalogue-generator/generate";
import { generateMbaStructures, type GeneratedMbaStructure } from "@/sandbox/catalogue-generator/other-sources";
import { closeServer, listen, sendJson, type RunningServer } from "@/sandbox/catalogue-generator/serve";

/**
 * Local stand-in for the Ma Boussole Aidants partner API:
 * `GET /v1/client/structures?idTypeStructure=<id>&page=<n>` (pages from 0)
 * with an `x-api-key` header; an empty list ends the paging.
 */

export const SANDBOX_MBA_API_KEY = "cle-bac-a-sable-mba";

export type MbaSandboxOptions = {
  port?: number;
  host?: string;
  /** Size of the ROR catalogue the structures are derived from. */
  offers?: number;
  seed?: number;
  /** Number of structures (default: one per twelve ROR offers). */
  structures?: number;
  apiKey?: string;
  pageSize?: number;
  faults?: { malformedEvery?: number; failAtRequest?: number };
  catalogue?: GeneratedCatalogue;
};

export type MbaSandbox = RunningServer & { structures: GeneratedMbaStructure[]; stats: { requests: number; rejected: number } };

export async function startMbaSandbox(options: MbaSandboxOptions = {}): Promise<MbaSandbox> {
  const catalogue = options.catalogue ?? generateCatalogue({ offers: options.offers ?? DEFAULT_OFFERS, seed: options.seed ?? DEFAULT_SEED });
  const structures = generateMbaStructures(catalogue, options.structures);
  const apiKey = options.apiKey ?? SANDBOX_MBA_API_KEY;
  const pageSize = options.pageSize ?? 20;
  const faults = options.faults ?? {};
  const stats = { requests: 0, rejected: 0 };
  const byType = new Map<number, GeneratedMbaStructure[]>();
  for (const structure of structures) {
    const list = byType.get(structure.idTypeStructure) ?? [];
    list.push(structure);
    byType.set(structure.idTypeStructure, list);
  }

  const { server, url } = await listen((request, response, requestUrl) => {
    if (requestUrl.pathname !== "/v1/client/structures" || request.method !== "GET") {
      return sendJson(response, 404, { status: 404, message: "Ressource inconnue" });
    }
    const key = request.headers["x-api-key"];
    if (typeof key !== "string" || !safeEqual(key, apiKey)) {
      stats.rejected += 1;
      return sendJson(response, 401, { status: 401, message: "Clé d'API absente ou invalide (en-tête x-api-key)" });
    }
    stats.requests += 1;
    if (faults.failAtRequest === stats.requests) return sendJson(response, 500, { status: 500, message: "Erreur interne simulée" });
    const type = Number(requestUrl.searchParams.get("idTypeStructure"));
    const page = Number(requestUrl.searchParams.get("page") ?? "0");
    if (!Number.isInteger(type) || type <= 0) return sendJson(response, 400, { status: 400, message: "Paramètre idTypeStructure obligatoire" });
    if (!Number.isInteger(page) || page < 0) return sendJson(response, 400, { status: 400, message: "Paramètre page invalide" });
    const list = byType.get(type) ?? [];
    const slice = list.slice(page * pageSize, (page + 1) * pageSize);
    sendJson(
      response,
      200,
      slice.map((structure) => render(structure, faults.malformedEvery ? Number(structure.idStructure) % faults.malformedEvery === 0 : false)),
    );
  }, options.port ?? 4060, options.host);

  return { url, structures, stats, close: () => closeServer(server) };
}

function render(structure: GeneratedMbaStructure, malformed: boolean): Record<string, unknown> {
  return {
    idStructure: structure.idStructure,
    nomStructure: structure.nomStructure,
    source: "Ma Boussole Aidants",
    adresse: {
      ligneAdresse: structure.ligneAdresse,
      codePostal: structure.commune.codePostal,
      latitude: malformed ? "quarante-six" : structure.latitude,
      longitude: structure.longitude,
    },
    ville: { codeCommune: structure.commune.code, nomVille: structure.commune.nom },
    departement: { codeDepartement: structure.commune.departement },
    ageMin: structure.ageMin,
    ageMax: structure.ageMax,
    email: structure.email,
    telephone1: structure.telephone1,
    siteWeb: structure.siteWeb,
    rayonAction: { nomRayonAction: "Départemental" },
    typeStructure: { idTypeStructure: structure.idTypeStructure, nomTypeStructure: structure.nomTypeStructure },
    services: structure.services,
    situations: structure.situations,
    lastModifiedDate: structure.lastModifiedDate,
  };
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
