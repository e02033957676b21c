import type { IncomingMessage, ServerResponse } from "node:http";

import { readSandboxConfig } from "../identity-provider/config";
import { html, renderLayout, type ServiceIdentity } from "../partner-kit/html";
import { HttpError, readForm, readJson, redirect, sendHtml, sendJson, type RunningServer } from "../partner-kit/http";
import { Outage } from "../partner-kit/outage";
import { startPartnerApp, type RequestHandler } from "../partner-kit/partner-app";
import { runWhenMain } from "../partner-kit/requests-partner";
import { FHIR_PREFIX, handleFhir } from "./fhir";
import { consentPage, controlPage, HOME_PATH, homePage } from "./pages";
import { ACCESS_TOKEN_SECONDS, MesStore, parseScopes, pkceMatches, sameSecret, type MesScope } from "./store";

// Mon espace santé stand-in: pairing ("appariement") as an OAuth2
// authorization code flow with PKCE, refresh tokens and revocation (the
// person signs in at MES through the shared identity provider, then consents
// per flow), and the FHIR R4 API the portal writes to. /sandbox shows what it
// holds for each person and simulates an outage.

export const MES_COOKIE_PREFIX = "mes";
const SERVICE: ServiceIdentity = { name: "Mon espace santé", tagline: "Bac à sable du carnet de santé numérique", homeHref: HOME_PATH };

export interface MonEspaceSanteOptions {
  port?: number;
  host?: string;
  publicUrl?: string;
  issuer?: string;
  /** MES's own OIDC client at the identity provider (the person signs in at MES). */
  clientId?: string;
  clientSecret?: string;
  /** The portal's OAuth2 client at MES. Default: MON_ESPACE_SANTE_CLIENT_ID / _SECRET and {PORTAL_URL}/mon-compte/mon-espace-sante/retour. */
  portalClient?: { clientId: string; clientSecret: string; redirectUris: string[] };
  log?: (message: string, detail?: unknown) => void;
  now?: () => Date;
}

export interface RunningMonEspaceSante extends RunningServer {
  store: MesStore;
  outage: Outage;
}

type TokenAnswer = { status: number; body: Record<string, unknown> };
const oauthError = (status: number, error: string, description: string): TokenAnswer => ({ status, body: { error, error_description: description } });

export async function startMonEspaceSante(options: MonEspaceSanteOptions = {}): Promise<RunningMonEspaceSante> {
  const config = readSandboxConfig();
  const own = config.monEspaceSante;
  const client = options.portalClient ?? own.portalClient;
  const now = options.now ?? (() => new Date());
  const store = new MesStore(() => now().getTime());
  const outage = new Outage();
  const log = options.log ?? ((message: string, detail?: unknown) => console.warn(`[${MES_COOKIE_PREFIX}] ${message}`, detail ?? ""));
  let baseUrl = "";

  function clientFrom(req: IncomingMessage, form: URLSearchParams): boolean {
    const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const [id, secret] = basic
      ? Buffer.from(basic, "base64").toString("utf8").split(":").map((part) => decodeURIComponent(part))
      : [form.get("client_id") ?? "", form.get("client_secret") ?? ""];
    return id === client.clientId && sameSecret(secret ?? "", client.clientSecret);
  }

  function errorPage(res: ServerResponse, status: number, title: string, text: string): void {
    sendHtml(res, status, renderLayout({ title, service: SERVICE, body: html`<h1>${title}</h1><p>${text}</p>` }));
  }

  function sameOriginForm(req: IncomingMessage): void {
    const origin = req.headers.origin;
    if (origin && origin !== new URL(baseUrl).origin) throw new HttpError(403, "Ce formulaire ne provient pas de ce service.");
  }

  // GET /oauth/authorize: checks the client and its redirect URI before anything else (never redirects to an unknown one).
  function authorize(res: ServerResponse, url: URL): void {
    const params = url.searchParams;
    const redirectUri = params.get("redirect_uri") ?? "";
    if (params.get("client_id") !== client.clientId || !client.redirectUris.includes(redirectUri)) {
      log("authorize refused: unknown client or redirect_uri");
      return errorPage(res, 400, "Demande refusée", "Ce service n’est pas reconnu par Mon espace santé.");
    }
    const state = params.get("state") ?? "";
    const back = (error: string, description: string) => {
      const target = new URL(redirectUri);
      target.searchParams.set("error", error);
      target.searchParams.set("error_description", description);
      if (state) target.searchParams.set("state", state);
      redirect(res, target.toString());
    };
    if (params.get("response_type") !== "code") return back("unsupported_response_type", "only the authorization code flow is supported");
    const challenge = params.get("code_challenge") ?? "";
    if (params.get("code_challenge_method") !== "S256" || challenge.length < 43) return back("invalid_request", "PKCE S256 is required");
    const scopes = parseScopes(params.get("scope"));
    if (scopes.length === 0) return back("invalid_scope", "ask for agenda and/or documents");
    const pending = store.addPending({ clientId: client.clientId, redirectUri, scopes, state, codeChallenge: challenge });
    redirect(res, `/autoriser/${pending.id}`);
  }

  async function decide(req: IncomingMessage, res: ServerResponse): Promise<void> {
    sameOriginForm(req);
    const form = await readForm(req);
    const pending = store.pending.get(form.get("demande") ?? "");
    if (!pending?.sub) return errorPage(res, 400, "Demande expirée", "Cette demande d’autorisation n’existe plus. Recommencez depuis le service.");
    const target = new URL(pending.redirectUri);
    if (pending.state) target.searchParams.set("state", pending.state);
    if (form.get("decision") !== "accepter") {
      store.pending.delete(pending.id);
      target.searchParams.set("error", "access_denied");
      return redirect(res, target.toString());
    }
    target.searchParams.set("code", store.approve(pending, pending.sub));
    log(`pairing consented: ${pending.scopes.join(" ")}`);
    redirect(res, target.toString());
  }

  function tokenEndpoint(req: IncomingMessage, form: URLSearchParams): TokenAnswer {
    if (outage.isDown()) return oauthError(503, "temporarily_unavailable", "Mon espace santé is temporarily unavailable");
    if (!clientFrom(req, form)) return oauthError(401, "invalid_client", "unknown client or wrong secret");
    const grantType = form.get("grant_type");
    const tokens = (issued: { accessToken: string; refreshToken: string }, scopes: MesScope[]): TokenAnswer => ({
      status: 200,
      body: { access_token: issued.accessToken, token_type: "Bearer", expires_in: ACCESS_TOKEN_SECONDS, refresh_token: issued.refreshToken, scope: scopes.join(" ") },
    });
    if (grantType === "authorization_code") {
      const code = store.takeCode(form.get("code") ?? "");
      if (!code || code.clientId !== client.clientId || code.redirectUri !== form.get("redirect_uri")) return oauthError(400, "invalid_grant", "unknown, expired or replayed code");
      if (!pkceMatches(form.get("code_verifier") ?? "", code.codeChallenge)) return oauthError(400, "invalid_grant", "PKCE verification failed");
      return tokens(store.issueTokens(code.sub, client.clientId, code.scopes), code.scopes);
    }
    if (grantType === "refresh_token") {
      const scope = form.get("scope");
      const refreshed = store.refresh(form.get("refresh_token") ?? "", client.clientId, scope === null ? undefined : parseScopes(scope));
      if (refreshed === "invalid") return oauthError(400, "invalid_grant", "unknown, spent or revoked refresh token");
      if (refreshed === "invalid_scope") return oauthError(400, "invalid_scope", "a refresh may only narrow the consented flows");
      return tokens(refreshed, refreshed.scopes);
    }
    return oauthError(400, "unsupported_grant_type", "authorization_code or refresh_token");
  }

  async function controls(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const { pathname } = url;
    if (pathname === "/sandbox" && req.method === "GET") {
      const subs = [...new Set([...store.resources.values()].map((resource) => resource.sub))].sort();
      sendHtml(res, 200, renderLayout({ title: "Pilotage du bac à sable", service: SERVICE, body: controlPage(store, outage.state(), subs, url.searchParams.get("message") ?? undefined) }));
      return true;
    }
    if (pathname === "/sandbox/etat" && req.method === "GET") {
      const sub = url.searchParams.get("personneSub") ?? "";
      sendJson(res, 200, {
        panne: outage.state(),
        services: store.grantsOf(sub).map((grant) => ({ client: grant.clientId, flux: grant.scopes })),
        agenda: store.resourcesOf(sub, "Appointment").map((resource) => ({ id: resource.id, version: resource.versionId, ...resource.body })),
        documents: store.resourcesOf(sub, "DocumentReference").map((resource) => ({ id: resource.id, ...resource.body })),
      });
      return true;
    }
    const binary = /^\/sandbox\/binaire\/([\w-]+)$/.exec(pathname);
    if (binary && req.method === "GET") {
      const found = store.binaries.get(binary[1] ?? "");
      if (!found) return false;
      res.writeHead(200, { "content-type": found.contentType, "cache-control": "no-store", "x-content-type-options": "nosniff" });
      res.end(found.data);
      return true;
    }
    if (req.method !== "POST" || (pathname !== "/sandbox/panne" && pathname !== "/sandbox/reinitialiser")) return false;
    const isForm = (req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded");
    if (isForm) sameOriginForm(req);
    const fields = isForm ? Object.fromEntries(await readForm(req)) : ((await readJson(req)) ?? {}) as Record<string, unknown>;
    const sub = typeof fields.personneSub === "string" && fields.personneSub !== "" ? fields.personneSub : undefined;
    let message: string;
    if (pathname === "/sandbox/panne") {
      const active = fields.active === true || fields.active === "true" ? true : fields.active === false || fields.active === "false" ? false : undefined;
      if (active === undefined) throw new HttpError(400, "« active » doit valoir true ou false.");
      outage.set(active, sub);
      message = active ? "Mon espace santé est arrêté." : "Mon espace santé est rétabli.";
    } else {
      store.reset(sub);
      outage.clear(sub);
      message = "Données réinitialisées.";
    }
    log(message);
    if (isForm) redirect(res, `/sandbox?${new URLSearchParams({ message }).toString()}`);
    else sendJson(res, 200, { panne: outage.state() });
    return true;
  }

  const handler: RequestHandler = async (req, res, url) => {
    const { pathname } = url;
    try {
      if (pathname === "/oauth/authorize" && req.method === "GET") return (authorize(res, url), true);
      if (pathname === "/oauth/decision" && req.method === "POST") return (await decide(req, res), true);
      if (pathname === "/oauth/token" && req.method === "POST") {
        const answer = tokenEndpoint(req, await readForm(req));
        sendJson(res, answer.status, answer.body, { pragma: "no-cache" });
        return true;
      }
      if (pathname === "/oauth/revoke" && req.method === "POST") {
        const form = await readForm(req);
        if (!clientFrom(req, form)) return (sendJson(res, 401, { error: "invalid_client" }), true);
        // RFC 7009 §2.2: 200 whether or not the token was known.
        store.revokeToken(form.get("token") ?? "", client.clientId);
        sendJson(res, 200, {});
        return true;
      }
      if (pathname === "/services/deconnecter" && req.method === "POST") {
        sameOriginForm(req);
        const grant = store.grantByRevocationId((await readForm(req)).get("service") ?? "");
        if (grant) {
          store.revokeGrant(grant.sub, grant.clientId);
          log("pairing revoked by the person at MES");
        }
        redirect(res, `${HOME_PATH}?deconnecte=1`);
        return true;
      }
      if (pathname === FHIR_PREFIX || pathname.startsWith(`${FHIR_PREFIX}/`)) return await handleFhir(req, res, url, { store, isDown: (sub) => outage.isDown(sub), now });
      return await controls(req, res, url);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      if (pathname.startsWith("/oauth/token") || pathname.startsWith("/sandbox/")) sendJson(res, error.status, { error: "invalid_request", erreur: error.message });
      else errorPage(res, error.status, "Demande refusée", error.message);
      return true;
    }
  };

  const running = await startPartnerApp({
    service: SERVICE,
    cookiePrefix: MES_COOKIE_PREFIX,
    homePath: HOME_PATH,
    handlers: [handler],
    routes: [
      {
        pattern: /^\/mon-espace\/?$/,
        render: (_match, person) => homePage(store, person.sub),
      },
      {
        pattern: /^\/autoriser\/([\w-]{20,})$/,
        render: (match, person) => {
          const pending = store.pending.get(match[1] ?? "");
          if (!pending || (pending.sub !== undefined && pending.sub !== person.sub)) return undefined;
          // The request belongs to whoever signed in to see it first.
          pending.sub = person.sub;
          return consentPage(pending);
        },
      },
    ],
    port: options.port ?? own.port,
    host: options.host ?? config.host,
    publicUrl: options.publicUrl ?? (options.port === undefined ? own.url : undefined),
    issuer: options.issuer ?? config.issuer,
    clientId: options.clientId ?? own.client.clientId,
    clientSecret: options.clientSecret ?? own.client.clientSecret,
    log,
  });
  baseUrl = running.url;
  return { ...running, store, outage };
}

runWhenMain(import.meta.url, "Mon espace santé", () => startMonEspaceSante());
