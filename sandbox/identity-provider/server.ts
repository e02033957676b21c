import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { pathToFileURL } from "node:url";

import type Provider from "oidc-provider";
import { errors } from "oidc-provider";

import { applySecurityHeaders, HttpError, listen, readForm, redirect, requestUrl, sendHtml, sendText, serveDsfrAsset, type RunningServer } from "../partner-kit/http";
import { PARTNER_PATHS } from "../partner-kit/paths";
import { defaultIssuer, readSandboxConfig, registeredClients, type OidcClientConfig } from "./config";
import { generateSandboxKeys } from "./keys";
import { renderErrorPage, renderHomePage, renderLoginPage, renderNotFoundPage } from "./pages";
import { SANDBOX_PEOPLE, findPersonBySub } from "./people";
import { ACR_EIDAS1, createFranceConnectProvider, mountPathOf } from "./provider";

// HTTP front of the sandbox identity provider: oidc-provider mounted under the
// issuer path (/api/v2), the sign-in interaction pages, DSFR assets and a
// small home page.

export interface IdentityProviderOptions {
  /** 0 picks a free port (tests). Default: IDP_PORT or 4010. */
  port?: number;
  host?: string;
  /** Default: IDP_ISSUER or http://localhost:<bound port>/api/v2. */
  issuer?: string;
  /** Default: the portal, ViaTrajectoire and MDPH en ligne from the environment. */
  clients?: readonly OidcClientConfig[];
  signingAlg?: "RS256" | "ES256";
}

export interface RunningIdentityProvider extends RunningServer {
  issuer: string;
}

type MountableRequest = IncomingMessage & { originalUrl?: string };

const INTERACTION_ROUTE = /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(login|abort))?$/;

export async function startIdentityProvider(options: IdentityProviderOptions = {}): Promise<RunningIdentityProvider> {
  const config = readSandboxConfig();
  const host = options.host ?? config.identityProvider.host;
  const clients = options.clients ?? registeredClients(config);
  const keys = generateSandboxKeys();

  // The issuer may depend on the bound port, so the provider is built after listen().
  let provider: Provider | undefined = undefined;
  let providerCallback: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;
  let issuer = "";
  let mountPath = "";
  const clientNames = new Map(clients.map((client) => [client.clientId, client.name]));

  const server = createServer((req, res) => {
    // Before oidc-provider writes anything: its own answers (errors, redirects) get the headers too.
    applySecurityHeaders(req, res);
    if (!provider) {
      sendText(res, 503, "Démarrage en cours.");
      return;
    }
    handle(provider, req, res).catch((error: unknown) => {
      console.error("[identity-provider] unexpected error", error);
      if (!res.headersSent) sendHtml(res, 500, renderErrorPage({ title: "Erreur interne", message: "Une erreur inattendue est survenue." }));
      else res.end();
    });
  });

  async function handle(current: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = requestUrl(req);
    if (pathname === PARTNER_PATHS.health) return sendText(res, 200, "ok");
    if (await serveDsfrAsset(req, res, pathname)) return;

    if (pathname.startsWith(`${mountPath}/interaction/`)) {
      const match = INTERACTION_ROUTE.exec(pathname.slice(mountPath.length));
      if (match?.[1]) return handleInteraction(current, req, res, match[1], match[2]);
    } else if (pathname === mountPath || pathname.startsWith(`${mountPath}/`)) {
      // oidc-provider computes its URLs from originalUrl minus url (how
      // express/koa mounting works), so strip the issuer path here.
      const mountable = req as MountableRequest;
      mountable.originalUrl = req.url;
      mountable.url = (req.url ?? "/").slice(mountPath.length) || "/";
      providerCallback ??= current.callback();
      return providerCallback(req, res);
    } else if (pathname === "/" && req.method === "GET") {
      return sendHtml(res, 200, renderHomePage({ issuer, clients: clients.map(({ name, clientId }) => ({ name, clientId })), people: SANDBOX_PEOPLE }));
    }
    sendHtml(res, 404, renderNotFoundPage());
  }

  async function handleInteraction(current: Provider, req: IncomingMessage, res: ServerResponse, uid: string, action: string | undefined): Promise<void> {
    let details;
    try {
      details = await current.interactionDetails(req, res);
      if (details.uid !== uid) throw new errors.SessionNotFound("interaction mismatch");
    } catch (error) {
      if (error instanceof errors.OIDCProviderError) {
        return sendHtml(
          res,
          400,
          renderErrorPage({
            title: "Demande de connexion expirée",
            message: "Cette demande de connexion a expiré ou a déjà été utilisée.",
            error: error.error,
            errorDescription: error.error_description,
          }),
        );
      }
      throw error;
    }

    const base = `${mountPath}/interaction/${uid}`;
    const clientId = details.params.client_id ?? "";
    const page = (extra: { error?: string; selectedSub?: string } = {}) =>
      renderLoginPage({
        loginAction: `${base}/login`,
        abortAction: `${base}/abort`,
        clientName: clientNames.get(clientId) ?? clientId,
        people: SANDBOX_PEOPLE,
        suggestedSub: findPersonBySub(details.params.login_hint)?.sub,
        ...extra,
      });

    if (req.method === "GET" && action === undefined) {
      if (details.prompt.name === "consent") return grantImplicitConsent(current, req, res, details);
      return sendHtml(res, 200, page());
    }
    if (req.method !== "POST" || action === undefined) return sendText(res, 405, "Méthode non autorisée.");

    if (action === "abort") {
      return current.interactionFinished(
        req,
        res,
        { error: "access_denied", error_description: "User auth aborted" },
        { mergeWithLastSubmission: false },
      );
    }

    let form: URLSearchParams;
    try {
      form = await readForm(req);
    } catch (error) {
      if (error instanceof HttpError) return sendText(res, error.status, error.message);
      throw error;
    }
    const person = findPersonBySub(form.get("sub") ?? undefined);
    if (!person) return sendHtml(res, 400, page({ error: "Veuillez choisir une personne pour continuer." }));
    await current.interactionFinished(
      req,
      res,
      { login: { accountId: person.sub, acr: ACR_EIDAS1, amr: ["pwd"] } },
      { mergeWithLastSubmission: false },
    );
  }

  // Safety net: loadExistingGrant already grants what first-party clients ask
  // for, but should oidc-provider still ask for consent, grant it silently.
  async function grantImplicitConsent(
    current: Provider,
    req: IncomingMessage,
    res: ServerResponse,
    details: Awaited<ReturnType<Provider["interactionDetails"]>>,
  ): Promise<void> {
    const accountId = details.session?.accountId;
    const clientId = details.params.client_id;
    if (!accountId || !clientId) return redirect(res, details.returnTo);
    const existing = details.grantId ? await current.Grant.find(details.grantId) : undefined;
    const grant = existing ?? new current.Grant({ accountId, clientId });
    const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    const grantId = await grant.save();
    await current.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  const port = options.port ?? config.identityProvider.port;
  const bound = await listen(server, port, host);
  issuer = (options.issuer ?? (options.port === undefined ? config.identityProvider.issuer : defaultIssuer(bound.port))).replace(/\/+$/, "");
  mountPath = mountPathOf(issuer);
  provider = createFranceConnectProvider({ issuer, clients, jwks: keys.jwks, cookieKeys: keys.cookieKeys, signingAlg: options.signingAlg });
  provider.on("server_error", (_ctx, error) => console.error("[identity-provider] server_error", error));

  return { url: new URL(issuer).origin, port: bound.port, issuer, close: bound.close };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  startIdentityProvider()
    .then(({ issuer }) => {
      console.log(`Identity provider (sandbox) ready: ${issuer}/.well-known/openid-configuration`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
