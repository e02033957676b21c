import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

import { LogoutTokenError, LogoutTokenVerifier } from "./backchannel-logout";
import { alert, html, renderLayout, type SafeHtml, type ServiceIdentity } from "./html";
import { applySecurityHeaders, HttpError, listen, parseCookies, readForm, redirect, requestUrl, sendHtml, sendJson, sendText, serializeCookie, serveDsfrAsset, type RunningServer } from "./http";
import { PARTNER_PATHS } from "./paths";
import { RelyingParty, SignInError, type PendingSignIn, type SignedInPerson } from "./relying-party";
import { pathWithout, safeLocalPath } from "./return-to";
import { MemorySessionStore } from "./session-store";

// The shell shared by the partner stand-ins (ViaTrajectoire, MDPH en ligne):
// its own session cookie, sign-in at the identity provider on first visit of
// any protected page (deep link kept), callback, RP-initiated logout, and the
// DSFR layout. Each app only supplies its routes and pages.

export interface PartnerPage {
  status?: number;
  /** Page-specific <title> part, unique per page. */
  title: string;
  body: SafeHtml;
}

export interface PartnerRoute {
  /** Matched against the pathname; capture groups are handed to render. */
  pattern: RegExp;
  /** Returns undefined when the resource does not exist for this person (404). */
  render(match: RegExpExecArray, person: SignedInPerson, url: URL): PartnerPage | undefined;
  /**
   * A form post to the same path, by the signed-in person (same origin only):
   * a page to show again (e.g. with errors), a redirect once done, or undefined (404).
   */
  submit?(match: RegExpExecArray, person: SignedInPerson, form: URLSearchParams): PartnerPage | { redirect: string } | undefined;
}

/** Handles a request outside the signed-in pages (JSON API, sandbox controls); resolves true when it answered. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;

export interface PartnerAppOptions {
  service: ServiceIdentity;
  /** Prefix of the session cookie ("vt" → "vt_session"), distinct per app since localhost shares cookies across ports. */
  cookiePrefix: string;
  /** Where "/" leads. */
  homePath: string;
  routes: readonly PartnerRoute[];
  /** Tried in order before the pages; they need no session. */
  handlers?: readonly RequestHandler[];
  /** Called when the server closes (e.g. to cancel pending webhook retries). */
  onClose?: () => void;
  port: number;
  host: string;
  /** Public base URL; default http://localhost:<bound port>. */
  publicUrl?: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  signingAlg?: "RS256" | "ES256";
  /** The portal, whose back-channel logout tokens end sessions here (issuer = its URL, keys at its JWKS). */
  portal?: { issuer: string; jwksUrl: string };
  /** True while the sandbox outage covers this person (or everyone): back-channel logout then answers 503. */
  isDown?: (sub?: string) => boolean;
  /** Diagnostics for failed sign-ins (default: console.warn). */
  log?: (message: string, detail?: unknown) => void;
}

export interface PartnerSession {
  person?: SignedInPerson;
  pending: PendingSignIn[];
  /** State sent with the last RP-initiated logout, checked on return. */
  logoutState?: string;
}

const PENDING_TTL_MS = 10 * 60 * 1000;
const MAX_PENDING = 5;
const LOGIN_HINT = /^[A-Za-z0-9._-]{1,128}$/;

export async function startPartnerApp(options: PartnerAppOptions): Promise<RunningServer> {
  const { service, routes, homePath } = options;
  const cookieName = `${options.cookiePrefix}_session`;
  const log = options.log ?? ((message: string, detail?: unknown) => console.warn(`[${options.cookiePrefix}] ${message}`, detail ?? ""));
  const store = new MemorySessionStore<PartnerSession>({ idleTtlSeconds: 2 * 60 * 60 });

  let publicUrl = "";
  let secureCookies = false;
  let relyingParty: RelyingParty | undefined = undefined;
  let logoutTokens: LogoutTokenVerifier | undefined = undefined;

  const server = createServer((req, res) => {
    applySecurityHeaders(req, res);
    handle(req, res).catch((error: unknown) => {
      log("unexpected error", error);
      if (!res.headersSent) page(res, 500, { title: "Erreur interne", body: html`<h1>Erreur interne</h1>${alert("error", "Une erreur inattendue est survenue. Veuillez réessayer.")}` });
      else res.end();
    });
  });

  function rp(): RelyingParty {
    if (!relyingParty) throw new HttpError(503, "not started");
    return relyingParty;
  }

  function sessionCookie(id: string): string {
    return serializeCookie(cookieName, id, { secure: secureCookies });
  }

  function page(res: ServerResponse, status: number, content: PartnerPage, person?: SignedInPerson, headers: Record<string, string> = {}): void {
    const signedIn = person ? { displayName: person.displayName, signOutAction: PARTNER_PATHS.signOut } : undefined;
    sendHtml(res, content.status ?? status, renderLayout({ title: content.title, service, body: content.body, signedIn }), headers);
  }

  function loadSession(req: IncomingMessage): { id: string | undefined; session: PartnerSession | undefined } {
    const id = parseCookies(req.headers.cookie).get(cookieName);
    return { id, session: store.get(id) };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req);
    const { pathname } = url;
    if (pathname === PARTNER_PATHS.health) return sendText(res, 200, "ok");
    if (await serveDsfrAsset(req, res, pathname)) return;
    for (const handler of options.handlers ?? []) {
      if (await handler(req, res, url)) return;
    }
    if (pathname === PARTNER_PATHS.callback) return handleCallback(req, res, url);
    if (pathname === PARTNER_PATHS.signOut) return handleSignOut(req, res);
    if (pathname === PARTNER_PATHS.postLogout) return handlePostLogout(req, res, url);
    if (pathname === PARTNER_PATHS.backchannelLogout) return handleBackchannelLogout(req, res);
    if (req.method === "POST") return handleSubmit(req, res, pathname);
    if (req.method !== "GET" && req.method !== "HEAD") return sendText(res, 405, "Méthode non autorisée.");
    if (pathname === "/") return redirect(res, homePath);

    for (const route of routes) {
      const match = route.pattern.exec(pathname);
      if (!match) continue;
      const { id, session } = loadSession(req);
      const loginHint = url.searchParams.get("login_hint") ?? undefined;
      const wantsSomeoneElse = loginHint !== undefined && session?.person !== undefined && loginHint !== session.person.sub;
      if (!session?.person || wantsSomeoneElse) {
        return startSignIn(res, id, session, pathWithout(url, "login_hint"), loginHint);
      }
      const content = route.render(match, session.person, url);
      if (!content) return page(res, 404, notFoundPage(), session.person);
      return page(res, 200, content, session.person);
    }
    const { session } = loadSession(req);
    page(res, 404, notFoundPage(), session?.person);
  }

  async function handleSubmit(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    for (const route of routes) {
      const match = route.submit ? route.pattern.exec(pathname) : null;
      if (!match || !route.submit) continue;
      const { session } = loadSession(req);
      // The cookie is SameSite=Lax; also refuse cross-site form posts explicitly.
      const origin = req.headers.origin;
      if (origin && origin !== new URL(publicUrl).origin) {
        return page(res, 403, { title: "Envoi refusé", body: html`<h1>Envoi refusé</h1>${alert("error", "Ce formulaire ne provient pas de ce service.")}` }, session?.person);
      }
      // A post after the session ended: back to the page, which signs the person in again.
      if (!session?.person) return redirect(res, pathname);
      const outcome = route.submit(match, session.person, await readForm(req));
      if (!outcome) return page(res, 404, notFoundPage(), session.person);
      if ("redirect" in outcome) return redirect(res, outcome.redirect);
      return page(res, 200, outcome, session.person);
    }
    return sendText(res, 405, "Méthode non autorisée.");
  }

  async function startSignIn(res: ServerResponse, id: string | undefined, existing: PartnerSession | undefined, returnTo: string, loginHint: string | undefined): Promise<void> {
    let request;
    try {
      request = await rp().beginSignIn({
        returnTo: safeLocalPath(returnTo, homePath),
        loginHint: loginHint && LOGIN_HINT.test(loginHint) ? loginHint : undefined,
      });
    } catch (error) {
      log("sign-in could not start", error);
      return page(res, 502, unavailablePage());
    }
    const now = Date.now();
    const session = existing ?? { pending: [] };
    session.pending = [...session.pending.filter((pending) => now - pending.createdAt < PENDING_TTL_MS), request.pending].slice(-MAX_PENDING);
    if (existing && id) return redirect(res, request.url);
    const newId = store.create(session);
    redirect(res, request.url, { "set-cookie": sessionCookie(newId) });
  }

  async function handleCallback(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== "GET") return sendText(res, 405, "Méthode non autorisée.");
    const { id, session } = loadSession(req);
    const state = url.searchParams.get("state");
    const now = Date.now();
    const index = session && state ? session.pending.findIndex((pending) => pending.state === state && now - pending.createdAt < PENDING_TTL_MS) : -1;
    if (!session || index < 0) {
      log("callback refused: unknown or expired state");
      return page(res, 400, invalidCallbackPage(), session?.person);
    }
    // A pending sign-in is single-use: a replayed callback finds nothing.
    const [pending] = session.pending.splice(index, 1);
    if (!pending) return page(res, 400, invalidCallbackPage(), session.person);

    const oauthError = url.searchParams.get("error");
    if (oauthError) {
      log(`identity provider answered ${oauthError}`, url.searchParams.get("error_description"));
      return page(res, oauthError === "access_denied" ? 200 : 400, signInFailedPage(oauthError, pending.returnTo), session.person);
    }

    let person: SignedInPerson;
    try {
      person = await rp().completeSignIn(`${url.pathname}${url.search}`, pending);
    } catch (error) {
      log("sign-in failed", error);
      const status = error instanceof SignInError && error.reason === "unreachable" ? 502 : 400;
      return page(res, status, signInFailedPage(error instanceof SignInError ? error.oauthError ?? error.reason : "unknown", pending.returnTo), session.person);
    }
    // New session id once signed in (session fixation), keeping other pending sign-ins out.
    const newId = store.rotate(id, { person, pending: [] });
    redirect(res, pending.returnTo, { "set-cookie": sessionCookie(newId) });
  }

  async function handleSignOut(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { id, session } = loadSession(req);
    if (req.method === "GET") {
      if (!session?.person) return page(res, 200, signedOutPage("not-signed-in"));
      return page(res, 200, signOutConfirmPage(), session.person);
    }
    if (req.method !== "POST") return sendText(res, 405, "Méthode non autorisée.");
    // The cookie is SameSite=Lax; also refuse cross-site form posts explicitly.
    const origin = req.headers.origin;
    if (origin && origin !== new URL(publicUrl).origin) {
      return page(res, 403, {
        title: "Déconnexion refusée",
        body: html`<h1>Déconnexion refusée</h1>
${alert("error", "Cette demande de déconnexion ne provient pas de ce service.")}
<p><a class="fr-btn" href="${PARTNER_PATHS.signOut}">Se déconnecter</a></p>`,
      }, session?.person);
    }
    if (!session?.person) return redirect(res, PARTNER_PATHS.postLogout);

    const state = randomBytes(32).toString("base64url");
    let endSessionUrl: string;
    try {
      endSessionUrl = await rp().endSessionUrl(session.person.idToken, state);
    } catch (error) {
      log("end_session URL unavailable", error);
      store.delete(id);
      return page(res, 200, signedOutPage("provider-unreachable"), undefined, { "set-cookie": serializeCookie(cookieName, "", { maxAgeSeconds: 0 }) });
    }
    const newId = store.rotate(id, { pending: [], logoutState: state });
    redirect(res, endSessionUrl, { "set-cookie": sessionCookie(newId) });
  }

  // Server to server: no cookie, no page; answers per the spec (200, or 400 with an OAuth error body), never cached.
  async function handleBackchannelLogout(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "POST") return sendJson(res, 405, { error: "invalid_request", error_description: "POST only" }, { allow: "POST" });
    if (!logoutTokens) return sendJson(res, 501, { error: "not_supported", error_description: "back-channel logout is not configured" });
    let target;
    try {
      const token = (await readForm(req)).get("logout_token");
      if (!token) throw new LogoutTokenError("missing logout_token");
      target = await logoutTokens.verify(token);
    } catch (error) {
      if (!(error instanceof LogoutTokenError || error instanceof HttpError)) throw error;
      log("back-channel logout refused", error.message);
      return sendJson(res, 400, { error: "invalid_request", error_description: error.message });
    }
    const matches = (session: PartnerSession) =>
      session.person !== undefined && (target.sid ? session.person.sid === target.sid : session.person.sub === target.sub);
    const people = [...store.values()].filter(matches).map((session) => session.person?.sub);
    if (options.isDown?.() || people.some((sub) => options.isDown?.(sub))) {
      log("back-channel logout during a simulated outage: 503");
      return sendJson(res, 503, { error: "temporarily_unavailable" });
    }
    const ended = store.deleteWhere(matches);
    log(`back-channel logout: ${ended} session(s) ended`);
    sendJson(res, 200, {});
  }

  async function handlePostLogout(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== "GET") return sendText(res, 405, "Méthode non autorisée.");
    const { session } = loadSession(req);
    if (session?.person) return redirect(res, homePath);
    const state = url.searchParams.get("state");
    const confirmed = Boolean(session?.logoutState && state === session.logoutState);
    if (session) session.logoutState = undefined;
    if (!confirmed) log("post-logout return without a matching state");
    page(res, 200, signedOutPage(confirmed ? "confirmed" : "not-signed-in"));
  }

  function notFoundPage(): PartnerPage {
    return {
      title: "Page introuvable",
      body: html`<h1>Page introuvable</h1>
<p>La page demandée n’existe pas ou ne vous est pas accessible.</p>
<p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="${homePath}">Retour à mes demandes</a></p>`,
    };
  }

  function unavailablePage(): PartnerPage {
    return {
      title: "Connexion indisponible",
      body: html`<h1>Connexion indisponible</h1>
${alert("error", "Le service d’identité ne répond pas pour le moment.", "Veuillez réessayer dans quelques instants.")}`,
    };
  }

  function invalidCallbackPage(): PartnerPage {
    return {
      title: "Connexion refusée",
      body: html`<h1>Connexion refusée</h1>
${alert("error", "Cette réponse de connexion ne correspond à aucune demande en cours.", "Elle a peut-être déjà été utilisée ou a expiré.")}
<p><a class="fr-btn" href="${homePath}">Recommencer la connexion</a></p>`,
    };
  }

  function signInFailedPage(reason: string, returnTo: string): PartnerPage {
    const cancelled = reason === "access_denied";
    const title = cancelled ? "Connexion annulée" : "La connexion n’a pas abouti";
    return {
      title,
      body: html`<h1>${title}</h1>
${cancelled ? alert("info", "Vous avez annulé la connexion.") : alert("error", "Le service d’identité n’a pas pu confirmer votre identité.", html`Code : <code>${reason}</code>`)}
<p><a class="fr-btn" href="${returnTo}">Réessayer</a></p>`,
    };
  }

  function signOutConfirmPage(): PartnerPage {
    return {
      title: "Se déconnecter",
      body: html`<h1>Se déconnecter</h1>
<p>Vous allez être déconnecté·e de ${service.name} et du service d’identité. Vous devrez vous reconnecter pour accéder à vos démarches sur les autres services.</p>
<form method="post" action="${PARTNER_PATHS.signOut}"><button class="fr-btn" type="submit">Se déconnecter</button></form>`,
    };
  }

  function signedOutPage(outcome: "confirmed" | "not-signed-in" | "provider-unreachable"): PartnerPage {
    const message = {
      confirmed: alert("success", `Vous êtes déconnecté·e de ${service.name} et du service d’identité.`),
      "not-signed-in": alert("info", `Vous n’êtes pas connecté·e à ${service.name}.`),
      "provider-unreachable": alert("warning", `Vous êtes déconnecté·e de ${service.name}.`, "Le service d’identité ne répond pas : fermez votre navigateur pour terminer votre session."),
    }[outcome];
    return {
      title: "Vous êtes déconnecté·e",
      body: html`<h1>Vous êtes déconnecté·e</h1>
${message}
<p><a class="fr-btn" href="${homePath}">Se connecter</a></p>`,
    };
  }

  const bound = await listen(server, options.port, options.host);
  publicUrl = (options.publicUrl ?? `http://localhost:${bound.port}`).replace(/\/+$/, "");
  secureCookies = publicUrl.startsWith("https:");
  relyingParty = new RelyingParty({
    issuer: options.issuer,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    redirectUri: `${publicUrl}${PARTNER_PATHS.callback}`,
    postLogoutRedirectUri: `${publicUrl}${PARTNER_PATHS.postLogout}`,
    signingAlg: options.signingAlg,
  });
  if (options.portal) {
    logoutTokens = new LogoutTokenVerifier({ issuer: options.portal.issuer, audience: options.clientId, keys: new URL(options.portal.jwksUrl) });
  }
  return {
    url: publicUrl,
    port: bound.port,
    close: async () => {
      options.onClose?.();
      await bound.close();
    },
  };
}
