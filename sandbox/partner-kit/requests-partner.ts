import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pathToFileURL } from "node:url";

import { readSandboxConfig } from "../identity-provider/config";
import { demoClock, type DemoClock } from "./demo-clock";
import { DraftBook, type StoredDraft } from "./drafts";
import type { ServiceIdentity } from "./html";
import { HttpError, readForm, readJson, redirect, sendHtml, sendJson, type RunningServer } from "./http";
import { Outage } from "./outage";
import { startPartnerApp, type PartnerPage, type PartnerRoute, type RequestHandler } from "./partner-app";
import type { SignedInPerson } from "./relying-party";
import { ControlError, type RequestStore, type StoredRequest } from "./requests-store";
import { CONTROL_PATH, renderControlPage, type ControlPageState } from "./sandbox-control-page";
import { WebhookSender, type WebhookDelivery } from "./webhook-sender";

/** Options every partner stand-in accepts (tests use port 0). */
export interface PartnerServerOptions {
  /** 0 picks a free port. Default: the partner's *_PORT or the port of its *_URL. */
  port?: number;
  host?: string;
  /** Default: the partner's *_URL when the port is not overridden, else http://localhost:<bound port>. */
  publicUrl?: string;
  /** Default: FRANCECONNECT_ISSUER or the sandbox identity provider. */
  issuer?: string;
  clientId?: string;
  clientSecret?: string;
  signingAlg?: "RS256" | "ES256";
  log?: (message: string, detail?: unknown) => void;
  /** Bearer key of the JSON API. Default: the partner's *_API_KEY. */
  apiKey?: string;
  webhook?: {
    /** Default: {PORTAL_URL}/api/webhooks/<partner>. */
    url?: string;
    /** Default: the partner's *_WEBHOOK_SECRET. */
    secret?: string;
    /** Default: 1 s, 5 s, 25 s. */
    retryDelaysMs?: readonly number[];
    timeoutMs?: number;
  };
  /** Clock of the demo data (tests pin the day). */
  now?: () => Date;
  /** Who may end sessions by back-channel logout. Default: PORTAL_URL and its /.well-known/jwks.json. */
  portal?: { issuer: string; jwksUrl: string };
}

export type PartnerId = "via-trajectoire" | "mdph-en-ligne";

/** Drafts the portal creates (POST /api/v1/brouillons) and the person finishes and signs here (docs/adr/0011). */
export interface DraftsDefinition<Draft extends StoredDraft, Store> {
  /** Prefix of draft ids ("VTB" → "VTB-2026-123456"). */
  idPrefix: string;
  /** Checks the API body against the contract and this partner's directory: the draft's fields, or the refusal to answer. */
  parse(body: unknown, store: Store): { ok: true; fields: Omit<Draft, "id" | "creeLe"> } | { ok: false; status: 400 | 422; body: { erreur: string; code: string } & Record<string, unknown> };
  /** The draft page: what the portal pre-filled, and the form to finish and sign (with the errors of a refused post). */
  render(draft: Draft, person: SignedInPerson, errors: readonly string[]): PartnerPage;
  /** Signing: the errors to show, or the requests now stored (the draft is then removed). */
  sign(draft: Draft, form: URLSearchParams, store: Store): { errors: string[] } | { requestIds: string[] };
}

export const DRAFTS_API_PATH = "/api/v1/brouillons";
export const DRAFTS_PAGE_PREFIX = "/demandes/brouillons/";

/** A partner whose pages are "Mes demandes" and one request's detail, with the ADR 0006 API and sandbox controls. */
export interface RequestsPartnerDefinition<Request extends StoredRequest, Store extends RequestStore<Request>, Draft extends StoredDraft = StoredDraft> {
  configKey: "viaTrajectoire" | "mdphEnLigne";
  partnerId: PartnerId;
  service: ServiceIdentity & { homeHref: string };
  cookiePrefix: string;
  createStore(clock: DemoClock): Store;
  /** The request as the API and webhooks send it (with its deep link). */
  toWire(request: Request, baseUrl: string): unknown;
  /** ViaTrajectoire's CDAPH orientations; MDPH en ligne has none on this API. */
  orientationsFor?(store: Store, sub: string): unknown[];
  /** Steps or statuses one can move a request to from the control page. */
  states: readonly { code: string; libelle: string }[];
  currentState(request: Request): { code: string; libelle: string };
  /** `signed`: the requests a draft just became (after signing, the list says so). */
  renderList(own: Request[], asAidant: Request[], person: SignedInPerson, signed?: readonly Request[]): PartnerPage;
  renderDetail(request: Request, person: SignedInPerson): PartnerPage;
  /** Further signed-in pages of this partner (ViaTrajectoire's new request for one establishment). */
  extraRoutes?: readonly PartnerRoute[];
  drafts?: DraftsDefinition<Draft, Store>;
}

export interface RunningRequestsPartner<Store, Draft extends StoredDraft = StoredDraft> extends RunningServer {
  /** This instance's data (tests read it directly). */
  store: Store;
  drafts: DraftBook<Draft>;
  outage: Outage;
  webhooks: WebhookSender;
}

const API_PREFIX = "/api/";
const LIST_PERSON_REQUESTS = /^\/api\/v1\/personnes\/([^/]{1,200})\/demandes\/?$/;
const ONE_REQUEST = /^\/api\/v1\/demandes\/([^/]{1,80})\/?$/;
const ADVANCE = /^\/sandbox\/demandes\/([A-Za-z0-9-]{1,40})\/avancer\/?$/;

function decodeSegment(segment: string | undefined): string | undefined {
  try {
    return segment === undefined ? undefined : decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startRequestsPartner<Request extends StoredRequest, Store extends RequestStore<Request>, Draft extends StoredDraft = StoredDraft>(
  definition: RequestsPartnerDefinition<Request, Store, Draft>,
  options: PartnerServerOptions = {},
): Promise<RunningRequestsPartner<Store, Draft>> {
  const config = readSandboxConfig();
  const own = config[definition.configKey];
  const listPath = definition.service.homeHref;
  const prefix = definition.cookiePrefix;
  const log = options.log ?? ((message: string, detail?: unknown) => console.warn(`[${prefix}] ${message}`, detail ?? ""));
  const clock = demoClock(options.now);
  const store = definition.createStore(clock);
  const outage = new Outage();
  const drafts = new DraftBook<Draft>(definition.drafts?.idPrefix ?? "BROUILLON");
  const apiKey = options.apiKey ?? own.apiKey;
  const webhooks = new WebhookSender({
    url: options.webhook?.url ?? own.webhookUrl,
    secret: options.webhook?.secret ?? own.webhookSecret,
    retryDelaysMs: options.webhook?.retryDelaysMs,
    timeoutMs: options.webhook?.timeoutMs,
    // Each delivery outcome is worth a line in the demo's console; tests pass a silent log.
    log: options.log ? (message) => options.log?.(message) : (message) => console.log(`[${prefix}] ${message}`),
  });
  // Known once the server listens; handlers run only after that.
  let baseUrl = "";

  const unavailable = () => ({ erreur: `${definition.service.name} est momentanément indisponible. Veuillez réessayer plus tard.` });

  /** POST /api/v1/brouillons: validated, refused per person during an outage, idempotent on `referencePortail`. */
  async function createDraft(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const spec = definition.drafts;
    if (!spec) return sendJson(res, 404, { erreur: "Ressource introuvable." });
    let body: unknown;
    try {
      body = await readJson(req);
    } catch (error) {
      if (error instanceof HttpError) return sendJson(res, 400, { erreur: "Le corps de la requête doit être un objet JSON.", code: "corps-invalide" });
      throw error;
    }
    const sub = typeof body === "object" && body !== null && "personneSub" in body && typeof body.personneSub === "string" ? body.personneSub : undefined;
    if (outage.isDown(sub)) return sendJson(res, 503, unavailable(), { "retry-after": "30" });
    const parsed = spec.parse(body, store);
    if (!parsed.ok) {
      log(`draft refused (${parsed.body.code})`);
      return sendJson(res, parsed.status, parsed.body);
    }
    const { draft, created } = drafts.create(parsed.fields, clock.now());
    sendJson(res, created ? 201 : 200, { id: draft.id, statut: "brouillon", lien: `${baseUrl}${DRAFTS_PAGE_PREFIX}${encodeURIComponent(draft.id)}`, creeLe: draft.creeLe });
  }

  const api: RequestHandler = async (req, res, url) => {
    const { pathname } = url;
    if (!pathname.startsWith(API_PREFIX)) return false;
    const isDraftPost = pathname === DRAFTS_API_PATH && req.method === "POST";
    if (req.method !== "GET" && req.method !== "HEAD" && !isDraftPost) {
      sendJson(res, 405, { erreur: "Méthode non autorisée." }, { allow: pathname === DRAFTS_API_PATH ? "POST" : "GET" });
      return true;
    }
    const authorization = req.headers.authorization ?? "";
    const given = /^Bearer\s+(.+)$/i.exec(authorization)?.[1]?.trim() ?? "";
    if (!given || !sameSecret(given, apiKey)) {
      sendJson(res, 401, { erreur: "Clé d’API absente ou invalide." }, { "www-authenticate": `Bearer realm="${definition.partnerId}"` });
      return true;
    }
    if (isDraftPost) {
      await createDraft(req, res);
      return true;
    }
    const list = LIST_PERSON_REQUESTS.exec(pathname);
    const one = ONE_REQUEST.exec(pathname);
    const sub = list ? decodeSegment(list[1]) : undefined;
    const id = one ? decodeSegment(one[1]) : undefined;
    if (sub !== undefined) {
      if (outage.isDown(sub)) {
        sendJson(res, 503, unavailable(), { "retry-after": "30" });
        return true;
      }
      // Only the person's own requests: the portal shows an aidant's view through its own mandates (ADR 0006).
      const { own: mine } = store.requestsFor(sub);
      sendJson(res, 200, {
        personneSub: sub,
        demandes: mine.map((request) => definition.toWire(request, baseUrl)),
        orientations: definition.orientationsFor?.(store, sub) ?? [],
        genereLe: clock.now().toISOString(),
      });
      return true;
    }
    if (id !== undefined) {
      const request = store.get(id);
      if (outage.isDown(request?.personneSub)) {
        sendJson(res, 503, unavailable(), { "retry-after": "30" });
        return true;
      }
      if (!request) sendJson(res, 404, { erreur: `Demande ${id} introuvable.` });
      else sendJson(res, 200, definition.toWire(request, baseUrl));
      return true;
    }
    sendJson(res, 404, { erreur: "Ressource introuvable." });
    return true;
  };

  /** Body of a control request: JSON from scripts and tests, a form from the /sandbox page. */
  async function readControlBody(req: IncomingMessage): Promise<{ form: boolean; fields: Record<string, unknown> }> {
    const type = req.headers["content-type"] ?? "";
    if (type.startsWith("application/x-www-form-urlencoded")) {
      // Cross-site form posts could otherwise drive the sandbox from any page.
      const origin = req.headers.origin;
      if (origin && origin !== new URL(baseUrl).origin) throw new HttpError(403, "Ce formulaire ne provient pas de ce service.");
      return { form: true, fields: Object.fromEntries(await readForm(req)) };
    }
    const body = await readJson(req);
    if (body === undefined) return { form: false, fields: {} };
    if (typeof body !== "object" || body === null || Array.isArray(body)) throw new HttpError(400, "Un objet JSON est attendu.");
    return { form: false, fields: body as Record<string, unknown> };
  }

  function optionalString(fields: Record<string, unknown>, name: string): string | undefined {
    const value = fields[name];
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value !== "string") throw new HttpError(400, `« ${name} » doit être une chaîne de caractères.`);
    return value.trim() || undefined;
  }

  function answer(res: ServerResponse, form: boolean, status: number, body: Record<string, unknown>, message: string): void {
    if (!form) return sendJson(res, status, body);
    const query = new URLSearchParams(status < 400 ? { message } : { erreur: message });
    redirect(res, `${CONTROL_PATH}?${query.toString()}`);
  }

  async function advance(id: string, code: string | undefined): Promise<{ demande: unknown; webhook: WebhookDelivery; resume: string }> {
    const { request, resume } = store.advance(id, code);
    const demande = definition.toWire(request, baseUrl);
    const webhook = await webhooks.send({ type: "demande.mise-a-jour", date: request.misAJourLe, resume, demande });
    return { demande, webhook, resume };
  }

  const controls: RequestHandler = async (req, res, url) => {
    const { pathname } = url;
    if (pathname !== CONTROL_PATH && !pathname.startsWith(`${CONTROL_PATH}/`)) return false;
    if (req.method === "GET" || req.method === "HEAD") {
      if (pathname !== CONTROL_PATH) return false;
      const state: ControlPageState = {
        service: definition.service,
        requests: store.all().map((request) => ({ id: request.id, personneSub: request.personneSub, state: definition.currentState(request), misAJourLe: request.misAJourLe })),
        states: definition.states,
        outage: outage.state(),
        webhookUrl: webhooks.url,
        deliveries: webhooks.recentDeliveries(),
        message: url.searchParams.get("message") ?? undefined,
        error: url.searchParams.get("erreur") ?? undefined,
      };
      sendHtml(res, 200, renderControlPage(state));
      return true;
    }
    if (req.method !== "POST") {
      sendJson(res, 405, { erreur: "Méthode non autorisée." }, { allow: "GET, POST" });
      return true;
    }
    let form = false;
    try {
      const body = await readControlBody(req);
      form = body.form;
      const { fields } = body;
      const advanceMatch = ADVANCE.exec(pathname);
      if (advanceMatch) {
        const id = advanceMatch[1] ?? "";
        const result = await advance(id, optionalString(fields, "code"));
        const delivered = result.webhook.resultat === "livre" ? "webhook livré" : `webhook non livré (${result.webhook.statutHttp ?? result.webhook.erreur ?? "sans réponse"})`;
        answer(res, form, 200, { demande: result.demande, webhook: result.webhook }, `${id} : ${result.resume} (${delivered})`);
        return true;
      }
      if (pathname === `${CONTROL_PATH}/panne`) {
        const raw = fields.active;
        const active = raw === true || raw === "true" ? true : raw === false || raw === "false" ? false : undefined;
        if (active === undefined) throw new HttpError(400, "« active » doit valoir true ou false.");
        const sub = optionalString(fields, "personneSub");
        outage.set(active, sub);
        log(`outage ${active ? "on" : "off"} for ${sub ?? "everyone"}`);
        const who = sub ? "cette personne" : "tout le monde";
        answer(res, form, 200, { panne: outage.state() }, active ? `Panne simulée pour ${who}.` : `Service rétabli pour ${who}.`);
        return true;
      }
      if (pathname === `${CONTROL_PATH}/reinitialiser`) {
        const sub = optionalString(fields, "personneSub");
        const count = store.reset(sub);
        drafts.reset(sub);
        outage.clear(sub);
        log(`demo data reset for ${sub ?? "everyone"}`);
        answer(res, form, 200, { reinitialise: true, personneSub: sub ?? null, demandes: count, panne: outage.state() }, `Données de démonstration réinitialisées (${count} demande${count > 1 ? "s" : ""}).`);
        return true;
      }
      sendJson(res, 404, { erreur: "Ressource introuvable." });
      return true;
    } catch (error) {
      if (error instanceof ControlError || error instanceof HttpError) {
        answer(res, form, error.status, { erreur: error.message }, error.message);
        return true;
      }
      throw error;
    }
  };

  function draftRoute(spec: DraftsDefinition<Draft, Store>): PartnerRoute {
    return {
      pattern: /^\/demandes\/brouillons\/([A-Za-z0-9-]{1,40})$/,
      render: (match, person) => {
        const draft = drafts.find(match[1] ?? "", person.sub);
        return draft ? spec.render(draft, person, []) : undefined;
      },
      submit: (match, person, form) => {
        const draft = drafts.find(match[1] ?? "", person.sub);
        if (!draft) return undefined;
        const outcome = spec.sign(draft, form, store);
        if ("errors" in outcome) return { ...spec.render(draft, person, outcome.errors), status: 400 };
        drafts.remove(draft.id);
        log(`draft ${draft.id} signed: ${outcome.requestIds.join(", ")}`);
        const query = new URLSearchParams({ envoyee: outcome.requestIds.join(",") });
        return { redirect: `${listPath}?${query.toString()}` };
      },
    };
  }

  const running = await startPartnerApp({
    service: definition.service,
    cookiePrefix: prefix,
    homePath: listPath,
    handlers: [api, controls],
    onClose: () => webhooks.close(),
    routes: [
      {
        pattern: /^\/demandes\/?$/,
        render: (_match, person, url) => {
          const { own: mine, asAidant } = store.requestsFor(person.sub, { generate: true });
          const signedIds = (url.searchParams.get("envoyee") ?? "").split(",");
          return definition.renderList(mine, asAidant, person, mine.filter((request) => signedIds.includes(request.id)));
        },
      },
      {
        pattern: /^\/demandes\/([A-Za-z0-9-]{1,40})$/,
        render: (match, person) => {
          store.requestsFor(person.sub, { generate: true });
          const request = store.find(match[1] ?? "", person.sub);
          return request ? definition.renderDetail(request, person) : undefined;
        },
      },
      ...(definition.drafts ? [draftRoute(definition.drafts)] : []),
      ...(definition.extraRoutes ?? []),
    ],
    port: options.port ?? own.port,
    host: options.host ?? config.host,
    publicUrl: options.publicUrl ?? (options.port === undefined ? own.url : undefined),
    issuer: options.issuer ?? config.issuer,
    clientId: options.clientId ?? own.client.clientId,
    clientSecret: options.clientSecret ?? own.client.clientSecret,
    signingAlg: options.signingAlg,
    portal: options.portal ?? { issuer: config.portal.url, jwksUrl: `${config.portal.url}/.well-known/jwks.json` },
    isDown: (sub) => outage.isDown(sub),
    log,
  });
  baseUrl = running.url;
  return { ...running, store, drafts, outage, webhooks };
}

/** Runs `start` when the module is the process entry point (`npx tsx sandbox/<partner>/server.ts`). */
export function runWhenMain(moduleUrl: string, name: string, start: () => Promise<RunningServer>): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? "").href) return;
  start()
    .then(({ url }) => console.log(`${name} (sandbox) ready: ${url}/demandes — controls: ${url}${CONTROL_PATH}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
