import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

import { DEFAULT_OFFERS, DEFAULT_SEED, generateCatalogue, type GeneratedCatalogue, type GeneratedOffer } from "@/sandbox/catalogue-generator/generate";
import { Random } from "@/sandbox/catalogue-generator/prng";
import { closeServer, listen, readBody, sendJson, type RunningServer } from "@/sandbox/catalogue-generator/serve";

import { healthcareService, location, locationId, operationOutcome, organization } from "./resources";

/**
 * Local stand-in for the ROR FHIR API (ANS): an OAuth2 client_credentials
 * token endpoint and a FHIR R4 server answering `HealthcareService` searches
 * with `_include`, `_lastUpdated`, `service-category`, `_count` (≤ 200),
 * `next` links and `Bundle.total`, over a generated deterministic catalogue.
 */

export const ROR_HEADERS = ["ror-profil-utilisateur-code", "ror-profil-utilisateur-system", "ror-role-metier-code", "ror-role-metier-system"] as const;
export const MAX_COUNT = 200;
const DEFAULT_COUNT = 50;

export type RorSandboxFaults = {
  /** Answer page N (1-based) of every search with HTTP 500. */
  failAtPage?: number;
  /** Answer page N with a truncated, invalid JSON body. */
  invalidJsonAtPage?: number;
  /** Every Nth offer is malformed (no name, or a position out of range). */
  malformedEvery?: number;
  /** Delay each search page (ms). */
  pageDelayMs?: number;
};

export type RorSandboxOptions = {
  port?: number;
  host?: string;
  offers?: number;
  seed?: number;
  clientId?: string;
  clientSecret?: string;
  tokenTtlSeconds?: number;
  faults?: RorSandboxFaults;
  catalogue?: GeneratedCatalogue;
};

export type RorSandbox = RunningServer & {
  fhirBaseUrl: string;
  tokenUrl: string;
  catalogue: GeneratedCatalogue;
  /** Changes `count` offers (capacity, name) and closes `deactivate` more, stamping them now. Returns their ids. */
  mutate(count: number, deactivate?: number): string[];
  /** Requests served, for tests. */
  stats: { tokens: number; searches: number; rejected: number };
};

export const SANDBOX_ROR_CREDENTIALS = { clientId: "portail-autonomie-local", clientSecret: "secret-bac-a-sable-ror" };

export async function startRorSandbox(options: RorSandboxOptions = {}): Promise<RorSandbox> {
  const catalogue = options.catalogue ?? generateCatalogue({ offers: options.offers ?? DEFAULT_OFFERS, seed: options.seed ?? DEFAULT_SEED });
  const offers = catalogue.offers;
  const clientId = options.clientId ?? SANDBOX_ROR_CREDENTIALS.clientId;
  const clientSecret = options.clientSecret ?? SANDBOX_ROR_CREDENTIALS.clientSecret;
  const ttl = options.tokenTtlSeconds ?? 3_600;
  const faults = options.faults ?? {};
  const tokens = new Map<string, number>();
  const stats = { tokens: 0, searches: 0, rejected: 0 };
  let mutations = 0;

  const { server, url } = await listen(async (request, response, requestUrl) => {
    const path = requestUrl.pathname;
    if (path === "/oauth/token") return token(request, response);
    if (path === "/fhir/metadata" && request.method === "GET") return sendFhir(response, 200, capabilityStatement());
    if (path === "/_sandbox/mutate" && request.method === "POST") {
      const count = Number(requestUrl.searchParams.get("count") ?? "0");
      const deactivate = Number(requestUrl.searchParams.get("deactivate") ?? "0");
      return sendJson(response, 200, { changed: mutate(count, deactivate) });
    }
    if (!path.startsWith("/fhir/")) return sendFhir(response, 404, operationOutcome("not-found", `Unknown path ${path}`));
    if (!authorized(request, response)) return;
    if (request.method !== "GET") return sendFhir(response, 405, operationOutcome("not-supported", "Only GET is supported by the sandbox"));
    const [, , type, id, ...rest] = path.split("/");
    if (rest.length > 0) return sendFhir(response, 404, operationOutcome("not-found", `Unknown path ${path}`));
    if (type === "HealthcareService" && !id) return search(requestUrl, response);
    if (id) return read(type ?? "", id, response);
    return sendFhir(response, 404, operationOutcome("not-supported", `Search on ${type} is not offered by the sandbox`));
  }, options.port ?? 4050, options.host);

  async function token(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== "POST") return sendJson(response, 405, { error: "invalid_request", error_description: "POST required" });
    const params = new URLSearchParams(await readBody(request));
    let id = params.get("client_id");
    let secret = params.get("client_secret");
    const basic = /^Basic (.+)$/i.exec(request.headers.authorization ?? "");
    if (basic?.[1]) {
      const [user, pass] = Buffer.from(basic[1], "base64").toString("utf8").split(":", 2);
      id = decodeURIComponent(user ?? "");
      secret = decodeURIComponent(pass ?? "");
    }
    if (params.get("grant_type") !== "client_credentials") {
      return sendJson(response, 400, { error: "unsupported_grant_type", error_description: "grant_type must be client_credentials" });
    }
    if (!id || !secret || !safeEqual(id, clientId) || !safeEqual(secret, clientSecret)) {
      stats.rejected += 1;
      return sendJson(response, 401, { error: "invalid_client", error_description: "Unknown client or wrong secret" }, undefined, {
        "WWW-Authenticate": 'Basic realm="ror-sandbox"',
      });
    }
    const value = randomBytes(24).toString("base64url");
    tokens.set(value, Date.now() + ttl * 1_000);
    stats.tokens += 1;
    sendJson(response, 200, { access_token: value, token_type: "Bearer", expires_in: ttl, scope: "ror.read" });
  }

  function authorized(request: IncomingMessage, response: ServerResponse): boolean {
    const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? "")?.[1];
    const expires = bearer ? tokens.get(bearer) : undefined;
    if (!bearer || expires === undefined || expires < Date.now()) {
      stats.rejected += 1;
      sendFhir(response, 401, operationOutcome("login", bearer ? "Access token expired or unknown" : "Missing Bearer access token"), {
        "WWW-Authenticate": 'Bearer realm="ror-sandbox", error="invalid_token"',
      });
      return false;
    }
    const missing = ROR_HEADERS.filter((name) => !request.headers[name]);
    if (missing.length > 0) {
      stats.rejected += 1;
      sendFhir(response, 403, operationOutcome("forbidden", `Missing required header(s): ${missing.join(", ")}`));
      return false;
    }
    return true;
  }

  async function search(requestUrl: URL, response: ServerResponse): Promise<void> {
    stats.searches += 1;
    const params = requestUrl.searchParams;
    const count = Math.min(MAX_COUNT, Math.max(1, Number(params.get("_count") ?? DEFAULT_COUNT) || DEFAULT_COUNT));
    const filters = lastUpdatedFilters(params.getAll("_lastUpdated"));
    if (filters instanceof Error) return sendFhir(response, 400, operationOutcome("invalid", filters.message));
    const categories = params
      .getAll("service-category")
      .flatMap((value) => value.split(","))
      .map((token) => token.split("|").pop() ?? "")
      .filter(Boolean);
    const includes = new Set(params.getAll("_include"));
    const unknown = [...includes].filter((value) => value !== "HealthcareService:organization" && value !== "HealthcareService:location");
    if (unknown.length > 0) return sendFhir(response, 400, operationOutcome("not-supported", `Unsupported _include: ${unknown.join(", ")}`));
    let page = { after: -1, number: 1 };
    const pageToken = params.get("_page_token");
    if (pageToken) {
      try {
        const decoded = JSON.parse(Buffer.from(pageToken, "base64url").toString("utf8")) as { a: number; p: number };
        page = { after: Number(decoded.a), number: Number(decoded.p) };
      } catch {
        return sendFhir(response, 400, operationOutcome("invalid", "Invalid _page_token"));
      }
    }
    if (faults.pageDelayMs) await new Promise((resolve) => setTimeout(resolve, faults.pageDelayMs));
    if (faults.failAtPage === page.number) return sendFhir(response, 500, operationOutcome("exception", "Erreur interne simulée du bac à sable"));

    const matches = (offer: GeneratedOffer) =>
      (categories.length === 0 || categories.includes(offer.typeOffre)) && filters.every((filter) => filter(offer.lastUpdated));
    let total = 0;
    const selected: GeneratedOffer[] = [];
    for (const offer of offers) {
      if (!matches(offer)) continue;
      total += 1;
      if (offer.index > page.after && selected.length < count) selected.push(offer);
    }
    const last = selected[selected.length - 1];
    const hasNext = last !== undefined && offers.some((offer) => offer.index > last.index && matches(offer));
    const self = new URL(requestUrl.toString());
    const links: Array<{ relation: string; url: string }> = [{ relation: "self", url: self.toString() }];
    if (hasNext && last) {
      const next = new URL(requestUrl.toString());
      next.searchParams.set("_count", String(count));
      next.searchParams.set("_page_token", Buffer.from(JSON.stringify({ a: last.index, p: page.number + 1 })).toString("base64url"));
      links.push({ relation: "next", url: next.toString() });
    }
    const base = `${url}/fhir`;
    const entries: Array<Record<string, unknown>> = [];
    const seen = new Set<string>();
    for (const offer of selected) {
      const site = catalogue.sites[offer.siteIndex];
      if (!site) continue;
      const broken = faults.malformedEvery && (offer.index + 1) % faults.malformedEvery === 0;
      // Malformed offers alternate between a missing name and a position out of range.
      const brokenName = broken && ((offer.index + 1) / (faults.malformedEvery ?? 1)) % 2 === 1;
      entries.push({ fullUrl: `${base}/HealthcareService/${offer.rorId}`, resource: healthcareService(offer, site, brokenName ? "name" : null), search: { mode: "match" } });
      if (includes.has("HealthcareService:organization") && !seen.has(`O${site.rorId}`)) {
        seen.add(`O${site.rorId}`);
        entries.push({ fullUrl: `${base}/Organization/${site.rorId}`, resource: organization(site), search: { mode: "include" } });
      }
      if (includes.has("HealthcareService:location")) {
        entries.push({
          fullUrl: `${base}/Location/${locationId(offer)}`,
          resource: location(offer, site, broken && !brokenName ? "position" : null),
          search: { mode: "include" },
        });
      }
    }
    const bundle = { resourceType: "Bundle", type: "searchset", total, link: links, entry: entries };
    if (faults.invalidJsonAtPage === page.number) {
      const body = JSON.stringify(bundle).slice(0, 500);
      response.writeHead(200, { "Content-Type": "application/fhir+json; charset=utf-8" });
      response.end(body);
      return;
    }
    sendFhir(response, 200, bundle);
  }

  function read(type: string, id: string, response: ServerResponse): void {
    if (type === "HealthcareService") {
      const offer = offers[Number(id) - 1_000_000];
      const site = offer ? catalogue.sites[offer.siteIndex] : undefined;
      if (offer && site && offer.rorId === id) return sendFhir(response, 200, healthcareService(offer, site));
    } else if (type === "Organization") {
      const site = catalogue.sites[Number(id) - 2_000_000];
      if (site?.inRor && site.rorId === id) return sendFhir(response, 200, organization(site));
    } else if (type === "Location") {
      const offer = offers[Number(id) - 3_000_000];
      const site = offer ? catalogue.sites[offer.siteIndex] : undefined;
      if (offer && site && locationId(offer) === id) return sendFhir(response, 200, location(offer, site));
    }
    sendFhir(response, 404, operationOutcome("not-found", `${type}/${id} not found`));
  }

  function mutate(count: number, deactivate = 0): string[] {
    mutations += 1;
    const random = new Random(catalogue.seed + mutations * 7_919);
    const active = offers.filter((offer) => offer.active);
    const picked = new Set<GeneratedOffer>();
    const wanted = Math.min(active.length, Math.max(0, count) + Math.max(0, deactivate));
    while (picked.size < wanted) picked.add(random.pick(active));
    const now = new Date().toISOString();
    const changed: string[] = [];
    let index = 0;
    for (const offer of picked) {
      if (index++ < count) offer.capacity = (offer.capacity ?? 10) + 1;
      else offer.active = false;
      offer.lastUpdated = now;
      changed.push(offer.rorId);
    }
    return changed;
  }

  return {
    url,
    fhirBaseUrl: `${url}/fhir`,
    tokenUrl: `${url}/oauth/token`,
    catalogue,
    mutate,
    stats,
    close: () => closeServer(server),
  };
}

function sendFhir(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendJson(response, status, body, "application/fhir+json; charset=utf-8", headers);
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** `_lastUpdated=ge2024-01-01T00:00:00Z` (prefixes ge, gt, le, lt, eq); several values are ANDed. */
function lastUpdatedFilters(values: string[]): Array<(iso: string) => boolean> | Error {
  const filters: Array<(iso: string) => boolean> = [];
  for (const value of values) {
    const match = /^(ge|gt|le|lt|eq)?(.+)$/.exec(value);
    const instant = match?.[2] ? Date.parse(match[2]) : Number.NaN;
    if (!match || Number.isNaN(instant)) return new Error(`Invalid _lastUpdated value: ${value}`);
    const prefix = match[1] ?? "eq";
    filters.push((iso) => {
      const time = Date.parse(iso);
      switch (prefix) {
        case "ge":
          return time >= instant;
        case "gt":
          return time > instant;
        case "le":
          return time <= instant;
        case "lt":
          return time < instant;
        default:
          return time === instant;
      }
    });
  }
  return filters;
}

function capabilityStatement(): Record<string, unknown> {
  return {
    resourceType: "CapabilityStatement",
    status: "active",
    kind: "instance",
    fhirVersion: "4.0.1",
    format: ["json"],
    software: { name: "Bac à sable ROR – Portail Autonomie" },
    rest: [
      {
        mode: "server",
        security: { description: "OAuth2 client_credentials (POST /oauth/token) et en-têtes Ror-Profil-Utilisateur-*, Ror-Role-Metier-*" },
        resource: [
          {
            type: "HealthcareService",
            interaction: [{ code: "read" }, { code: "search-type" }],
            searchParam: [
              { name: "_lastUpdated", type: "date" },
              { name: "service-category", type: "token" },
              { name: "_count", type: "number" },
            ],
            searchInclude: ["HealthcareService:organization", "HealthcareService:location"],
          },
          { type: "Organization", interaction: [{ code: "read" }] },
          { type: "Location", interaction: [{ code: "read" }] },
        ],
      },
    ],
  };
}
