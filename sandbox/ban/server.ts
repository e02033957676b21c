import { territory, type Commune } from "@/sandbox/catalogue-generator/territory";
import { closeServer, listen, sendJson, type RunningServer } from "@/sandbox/catalogue-generator/serve";

/**
 * Local stand-in for the Base Adresse Nationale search API
 * (api-adresse.data.gouv.fr / Géoplateforme), municipality search only:
 * `GET /search/?q=…&type=municipality&limit=…[&postcode=…]` answers a GeoJSON
 * FeatureCollection in the real layout. It answers from the communes the
 * data.gouv.fr sandbox publishes in its La Poste postal code file (same names,
 * postal codes and synthetic points), so a place found here is where the
 * generated offers are.
 */

export type BanSandboxOptions = {
  port?: number;
  host?: string;
  /** Answer every request after this delay (tests of the portal's timeout). */
  delayMs?: number;
};

export type BanSandbox = RunningServer & { requests: number };

/** As the real API: at most 20 results, 5 by default. */
const MAX_LIMIT = 20;
const DEFAULT_LIMIT = 5;

const GEOJSON = "application/json; charset=utf-8";

/** Lower case, no accents, punctuation as spaces, "st" = "saint": the usual commune spellings meet. */
export function normalize(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/\bste\b/g, "sainte")
    .replace(/\bst\b/g, "saint");
}

type Entry = { commune: Commune; key: string };

let entries: Entry[] | undefined;
function index(): Entry[] {
  entries ??= territory().communes.map((commune) => ({ commune, key: normalize(commune.nom) }));
  return entries;
}

type Scored = { commune: Commune; score: number; postcode: string };

/** A crude relevance in [0, 1]: exact name, then name prefix, then a word of the name; postal codes match exactly. */
function search(q: string, postcode: string | null): Scored[] {
  const wanted = normalize(q);
  const found: Scored[] = [];
  for (const { commune, key } of index()) {
    if (postcode && !commune.codesPostaux.includes(postcode)) continue;
    let score = 0;
    if (/^\d{5}$/.test(wanted)) score = commune.codesPostaux.includes(wanted) ? 0.9 : 0;
    else if (key === wanted) score = 0.95;
    else if (key.startsWith(wanted)) score = 0.7;
    else if (key.split(" ").some((word) => word.length > 2 && wanted.split(" ").includes(word))) score = 0.4;
    if (score === 0) continue;
    // A little importance for large communes, as the real ranking does.
    score = Math.min(1, score + Math.log10(Math.max(commune.population, 1)) / 200);
    const code = postcode ?? (/^\d{5}$/.test(wanted) ? wanted : commune.codePostal);
    found.push({ commune, score: Number(score.toFixed(4)), postcode: code });
  }
  return found.sort((a, b) => b.score - a.score || b.commune.population - a.commune.population);
}

function feature({ commune, score, postcode }: Scored) {
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: [Number(commune.longitude.toFixed(6)), Number(commune.latitude.toFixed(6))] },
    properties: {
      label: commune.nom,
      score,
      id: commune.code,
      type: "municipality",
      name: commune.nom,
      postcode,
      citycode: commune.code,
      population: commune.population,
      city: commune.nom,
      context: commune.departement,
      importance: Number(Math.min(1, Math.log10(Math.max(commune.population, 1)) / 7).toFixed(5)),
      municipality: commune.nom,
    },
  };
}

export async function startBanSandbox(options: BanSandboxOptions = {}): Promise<BanSandbox> {
  const state = { requests: 0 };
  const { server, url } = await listen(async (request, response, requestUrl) => {
    state.requests += 1;
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    if (requestUrl.pathname !== "/search/" && requestUrl.pathname !== "/search") {
      return sendJson(response, 404, { code: 404, message: "Not found" });
    }
    const q = (requestUrl.searchParams.get("q") ?? "").trim();
    if (q.length < 3 || q.length > 200 || !/^[\p{L}\p{N}]/u.test(q)) {
      return sendJson(response, 400, { code: 400, message: "q must contain between 3 and 200 chars and start with a number or a letter" });
    }
    const type = requestUrl.searchParams.get("type");
    if (type !== "municipality") {
      return sendJson(response, 400, { code: 400, message: "This stand-in only answers type=municipality" });
    }
    const limit = Math.min(MAX_LIMIT, Math.max(1, Number(requestUrl.searchParams.get("limit")) || DEFAULT_LIMIT));
    const postcode = requestUrl.searchParams.get("postcode");
    const features = search(q, postcode && /^\d{5}$/.test(postcode) ? postcode : null).slice(0, limit).map(feature);
    sendJson(
      response,
      200,
      { type: "FeatureCollection", version: "draft", features, attribution: "BAN", licence: "ETALAB-2.0", query: q, filters: { type: "municipality", ...(postcode ? { postcode } : {}) }, limit },
      GEOJSON,
    );
  }, options.port ?? 4080, options.host);
  return {
    url,
    get requests() {
      return state.requests;
    },
    close: () => closeServer(server),
  };
}
