import type { PrismaClient } from "@prisma/client";

import { errorContext, logger } from "@/lib/logger";
import { catalogueSnapshot, snapshotMapPoints, type CatalogueSnapshot, placeResolver, resolveSearch, parseSearchParams, type SearchFormErrors } from "@/lib/search";

import { AnswerCache } from "./answer-cache";
import { toMapOffersAnswer } from "./feature-collection";
import { ifNoneMatchSatisfied, MAP_CACHE_CONTROL, NO_STORE, weakEtag } from "./http-cache";

/** A response as plain data, so that the route handler stays a two-liner and tests need no server. */
export type MapHttpResponse = { status: number; headers: Record<string, string>; body: string | null };

/** The JSON body of every error answer: a French sentence to show, and details when there are some. */
export type MapErrorBody = { message: string; erreurs?: SearchFormErrors; candidats?: string[] };

export const MAP_MESSAGES = {
  invalid: "Les critères de recherche ne sont pas valides. Corrigez-les dans le formulaire, puis relancez la recherche.",
  needsPlace: "Indiquez une commune ou un code postal pour afficher la carte.",
  placeNotFound: (lieu: string) => `Nous n'avons pas trouvé la commune « ${lieu} ». Vérifiez l'orthographe ou indiquez un code postal.`,
  placeAmbiguous: (lieu: string) => `Plusieurs communes correspondent à « ${lieu} ». Précisez la commune, par exemple avec son code postal.`,
  unavailable: "La carte est momentanément indisponible. Réessayez dans quelques instants ; la liste des résultats reste disponible.",
} as const;

/** Recent answers by search, valid while the catalogue snapshot they were computed on is current. */
const answers = new AnswerCache<CatalogueSnapshot, { snapshot: CatalogueSnapshot; body: string; etag: string; points: number }>({
  entries: 200,
  bytes: 32 * 1024 * 1024,
});
const JSON_TYPE = "application/json; charset=utf-8";

/** `URLSearchParams` as the record `parseSearchParams` reads (repeated keys become lists). */
export function searchParamsToRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return record;
}

function errorResponse(status: number, body: MapErrorBody): MapHttpResponse {
  return { status, headers: { "Content-Type": JSON_TYPE, "Cache-Control": NO_STORE }, body: JSON.stringify(body) };
}

/**
 * `GET /api/carte`: every offer of a search within its radius, as compact rows (`MapOffersAnswer`).
 * Bad criteria → 400, unknown place → 404, ambiguous place → 409, anything
 * unexpected → 503 (logged in English); never a 500. Next.js gzips every answer
 * on the way out (it drops a route handler's own Content-Encoding, so bytes
 * cannot be compressed once and kept): compact rows keep that work small.
 */
export async function mapPointsResponse(
  getPrisma: () => Promise<PrismaClient>,
  params: URLSearchParams,
  ifNoneMatch: string | null = null,
): Promise<MapHttpResponse> {
  const parsed = parseSearchParams(searchParamsToRecord(params));
  if (!parsed.ok) return errorResponse(400, { message: MAP_MESSAGES.invalid, erreurs: parsed.errors });
  const started = performance.now();
  try {
    const prisma = await getPrisma();
    const resolved = await resolveSearch(placeResolver(prisma), parsed.query);
    switch (resolved.status) {
      case "needs-place":
        return errorResponse(400, { message: MAP_MESSAGES.needsPlace, erreurs: { lieu: MAP_MESSAGES.needsPlace } });
      case "place-not-found":
        return errorResponse(404, { message: MAP_MESSAGES.placeNotFound(resolved.lieu) });
      case "place-ambiguous":
        return errorResponse(409, {
          message: MAP_MESSAGES.placeAmbiguous(resolved.lieu),
          candidats: resolved.candidates.map((candidate) => candidate.label),
        });
      case "ready":
        break;
    }
    const snapshot = await catalogueSnapshot(prisma);
    // The same search on the same catalogue gives the same bytes: keep the last answers (the page preloads
    // the URL the map then fetches; people come back to a search).
    const key = JSON.stringify([resolved.place.label, resolved.search]);
    let answer = answers.get(key, snapshot);
    if (!answer) {
      const points = snapshotMapPoints(snapshot, resolved.search);
      const body = JSON.stringify(
        toMapOffersAnswer(points, {
          lieu: resolved.place.label,
          centre: [resolved.search.origin.longitude, resolved.search.origin.latitude],
          rayonKm: resolved.search.radiusKm,
        }),
      );
      answer = { snapshot, body, etag: weakEtag(body), points: points.length };
    }
    answers.set(key, answer);
    const { body, etag } = answer;
    const durationMs = performance.now() - started;
    // Server-Timing: the handler's own time, read by `npm run bench -- search` and the browser's devtools.
    const headers = { "Cache-Control": MAP_CACHE_CONTROL, ETag: etag, "Server-Timing": `app;dur=${durationMs.toFixed(1)}` };
    logger.debug("Map points served", { points: answer.points, bytes: body.length, durationMs: Math.round(durationMs) });
    if (ifNoneMatchSatisfied(ifNoneMatch, etag)) return { status: 304, headers, body: null };
    return { status: 200, headers: { ...headers, "Content-Type": JSON_TYPE }, body };
  } catch (error) {
    // Parameter names only: a position typed or shared by a person is not written to the logs.
    logger.error("Map points request failed", { ...errorContext(error), params: [...new Set(params.keys())] });
    return errorResponse(503, { message: MAP_MESSAGES.unavailable });
  }
}
