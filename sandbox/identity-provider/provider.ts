import type { JsonWebKey } from "node:crypto";

import Provider, { errors, interactionPolicy, type Configuration, type KoaContextWithOIDC } from "oidc-provider";

import { FRANCECONNECT_SCOPES } from "../partner-kit/identity-claims";
import type { OidcClientConfig } from "./config";
import { renderErrorPage, renderSignedOutPage } from "./pages";
import { claimsOf, findPersonBySub } from "./people";

// oidc-provider configured to behave like FranceConnect v2 for service
// providers: code flow only, FC endpoints under /api/v2, acr eidas1, state and
// nonce of at least 32 characters, claims in the ID token and a signed
// userinfo, implicit consent, and logout without a confirmation form.

export const ACR_EIDAS1 = "eidas1";
export const MIN_STATE_NONCE_LENGTH = 32;

export const IDP_COOKIE_NAMES = {
  session: "idp_session",
  interaction: "idp_interaction",
  resume: "idp_interaction_resume",
} as const;

export interface FranceConnectProviderOptions {
  issuer: string;
  clients: readonly OidcClientConfig[];
  jwks: { keys: JsonWebKey[] };
  cookieKeys: string[];
  /** ID token and userinfo signing algorithm for every client. */
  signingAlg?: "RS256" | "ES256";
}

/** Path under which the provider is mounted, from the issuer (e.g. "/api/v2"). */
export function mountPathOf(issuer: string): string {
  return new URL(issuer).pathname.replace(/\/+$/, "");
}

export function interactionPath(issuer: string, uid: string): string {
  return `${mountPathOf(issuer)}/interaction/${uid}`;
}

function assertLongRandom(name: "state" | "nonce", value: string | undefined): void {
  if (value === undefined || value.length < MIN_STATE_NONCE_LENGTH) {
    throw new errors.InvalidRequest(`${name} is required and must be at least ${MIN_STATE_NONCE_LENGTH} characters long`);
  }
}

type LogoutParams = Record<string, string | string[] | undefined>;

/** FranceConnect requires id_token_hint, state and post_logout_redirect_uri on logout. */
export function missingLogoutParameter(params: LogoutParams): string | undefined {
  return ["id_token_hint", "state", "post_logout_redirect_uri"].find((name) => {
    const value = params[name];
    return typeof value !== "string" || value === "";
  });
}

function sendErrorPage(ctx: KoaContextWithOIDC, status: number, error: string, description: string | undefined): void {
  ctx.status = status;
  ctx.type = "html";
  ctx.body = renderErrorPage({
    title: "Une erreur est survenue",
    message: "La demande envoyée par le service n’a pas pu être traitée.",
    error,
    errorDescription: description,
  });
}

// Ends the session server-side and redirects, as FranceConnect does, instead of
// oidc-provider's default "Do you want to sign out?" form.
async function logOutWithoutConfirmation(ctx: KoaContextWithOIDC, provider: Provider): Promise<void> {
  const { params, session } = ctx.oidc;
  const missing = missingLogoutParameter(params);
  if (missing) throw new errors.InvalidRequest(`${missing} is required`);
  const postLogoutRedirectUri = params.post_logout_redirect_uri as string;

  const grantIds = Object.values(session.authorizations ?? {})
    .map((authorization) => authorization.grantId)
    .filter((grantId): grantId is string => typeof grantId === "string");
  for (const grantId of grantIds) {
    await Promise.all([
      provider.AccessToken.revokeByGrantId(grantId),
      provider.AuthorizationCode.revokeByGrantId(grantId),
      provider.RefreshToken.revokeByGrantId(grantId),
    ]);
    const grant = await provider.Grant.find(grantId);
    await grant?.destroy();
  }
  await session.destroy();
  ctx.cookies.set(provider.cookieName("session"), null, { httpOnly: true, sameSite: "lax" });

  const target = new URL(postLogoutRedirectUri);
  target.searchParams.set("state", params.state as string);
  provider.emit("end_session.success", ctx);
  ctx.status = 303;
  ctx.redirect(target.href);
}

function audienceOf(jwt: string): string | undefined {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8")) as { aud?: unknown };
    const aud = Array.isArray(payload.aud) ? payload.aud[0] : payload.aud;
    return typeof aud === "string" ? aud : undefined;
  } catch {
    return undefined;
  }
}

/** Same checks as oidc-provider's end_session for a request that has no session to end. */
async function sessionlessLogoutProblem(provider: Provider, query: LogoutParams): Promise<string | undefined> {
  const hint = String(query.id_token_hint);
  const clientId = audienceOf(hint);
  const client = clientId ? await provider.Client.find(clientId) : undefined;
  if (!client) return "unrecognized id_token_hint audience";
  try {
    await provider.IdToken.validate(hint, client);
  } catch {
    return "could not validate id_token_hint";
  }
  if (!client.postLogoutRedirectUriAllowed(String(query.post_logout_redirect_uri))) return "post_logout_redirect_uri not registered";
  return undefined;
}

type PatchableModels = {
  Client: { prototype: { includeSid(): boolean } };
  Session: { prototype: { uid: string; sidFor(clientId: string, value?: string): string | undefined; ensureClientContainer(clientId: string): void } };
};

/**
 * Single logout across services (docs/adr/0008-single-logout-and-sessions.md)
 * keys on the identity provider session: every ID token carries `sid`, and the
 * same value for every client of one SSO session (oidc-provider draws one per
 * client by default), so the portal's logout token names the partners' sessions too.
 */
function shareSessionIdAcrossClients(provider: Provider): void {
  const models = provider as unknown as PatchableModels;
  models.Client.prototype.includeSid = () => true;
  models.Session.prototype.ensureClientContainer = function ensureClientContainer(clientId: string) {
    if (!this.sidFor(clientId)) this.sidFor(clientId, this.uid);
  };
}

function loginPolicy() {
  const policy = interactionPolicy.base();
  // A service may ask for a given person with login_hint (a sub). When the SSO
  // session belongs to someone else, show the sign-in page again (or answer
  // login_required to prompt=none) instead of silently switching identities.
  policy.get("login")?.checks.add(
    new interactionPolicy.Check("login_hint_mismatch", "login_hint does not match the authenticated subject", "login_required", (ctx) => {
      const hint = ctx.oidc.params.login_hint;
      const current = ctx.oidc.session.accountId;
      if (!hint || !current || ctx.oidc.result?.login) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      return findPersonBySub(hint) && hint !== current ? interactionPolicy.Check.REQUEST_PROMPT : interactionPolicy.Check.NO_NEED_TO_PROMPT;
    }),
  );
  return policy;
}

export function createFranceConnectProvider({ issuer, clients, jwks, cookieKeys, signingAlg = "RS256" }: FranceConnectProviderOptions): Provider {
  const claims: Record<string, string[] | null> = { acr: null, amr: null, auth_time: null, sid: null };
  for (const scope of FRANCECONNECT_SCOPES) claims[scope] = scope === "openid" ? ["sub"] : [scope];

  const configuration: Configuration = {
    clients: clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      client_name: client.name,
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      // FranceConnect v2 expects client_id and client_secret in the token request body.
      token_endpoint_auth_method: "client_secret_post",
      id_token_signed_response_alg: signingAlg,
      userinfo_signed_response_alg: signingAlg,
    })),
    jwks,
    cookies: {
      names: IDP_COOKIE_NAMES,
      keys: cookieKeys,
      long: { httpOnly: true, sameSite: "lax" },
      short: { httpOnly: true, sameSite: "lax" },
    },
    routes: {
      authorization: "/authorize",
      token: "/token",
      userinfo: "/userinfo",
      jwks: "/jwks",
      end_session: "/session/end",
    },
    scopes: [...FRANCECONNECT_SCOPES],
    claims,
    acrValues: [ACR_EIDAS1],
    // Put the claims granted by scope in the ID token too (FranceConnect does),
    // not only `sub`, so a relying party may skip the userinfo call.
    conformIdTokenClaims: false,
    responseTypes: ["code"],
    subjectTypes: ["public"],
    clientAuthMethods: ["client_secret_post"],
    pkce: { required: () => false },
    extraParams: {
      state: async (_ctx: KoaContextWithOIDC, value: string | undefined) => assertLongRandom("state", value),
      nonce: async (_ctx: KoaContextWithOIDC, value: string | undefined) => assertLongRandom("nonce", value),
    },
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true },
      jwtUserinfo: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: KoaContextWithOIDC) => logOutWithoutConfirmation(ctx, provider),
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          ctx.type = "html";
          ctx.body = renderSignedOutPage();
        },
      },
      pushedAuthorizationRequests: { enabled: false },
      resourceIndicators: { enabled: false },
      dPoP: { enabled: false },
      revocation: { enabled: false },
      introspection: { enabled: false },
    },
    ttl: {
      AccessToken: 60,
      AuthorizationCode: 30,
      IdToken: 60,
      Interaction: 10 * 60,
      Session: 12 * 60 * 60,
      Grant: 12 * 60 * 60,
    },
    interactions: {
      policy: loginPolicy(),
      url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) => interactionPath(issuer, interaction.uid),
    },
    // Every registered client is first-party: consent is implicit, as with
    // FranceConnect, so the grant simply covers what the client asks for.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { oidc } = ctx;
      const client = oidc.client;
      const accountId = oidc.session.accountId;
      if (!client || !accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(client.clientId);
      let grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
      if (!grant || grant.accountId !== accountId) grant = new oidc.provider.Grant({ accountId, clientId: client.clientId });
      grant.addOIDCScope([...oidc.requestParamScopes].join(" "));
      if (oidc.requestParamClaims.size > 0) grant.addOIDCClaims([...oidc.requestParamClaims]);
      await grant.save();
      return grant;
    },
    findAccount: async (_ctx: KoaContextWithOIDC, sub: string) => {
      const person = findPersonBySub(sub);
      if (!person) return undefined;
      return { accountId: person.sub, claims: async () => claimsOf(person) };
    },
    renderError: async (ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }) => {
      sendErrorPage(ctx, ctx.status >= 400 ? ctx.status : 400, out.error, out.error_description);
    },
    // No browser-based (public) client is registered.
    clientBasedCORS: () => false,
  };

  const provider = new Provider(issuer, configuration);
  shareSessionIdAcrossClients(provider);

  // FranceConnect refuses a logout request missing one of its parameters, even
  // when there is no session left to end; and with no session it redirects
  // straight back (oidc-provider would serve a self-submitting form instead).
  provider.use(async (ctx, next) => {
    if (ctx.method !== "GET" || ctx.path !== "/session/end") return next();
    const missing = missingLogoutParameter(ctx.query);
    if (missing) return sendErrorPage(ctx, 400, "invalid_request", `${missing} is required`);
    const session = await provider.Session.get(ctx);
    if (session.accountId) return next();
    const problem = await sessionlessLogoutProblem(provider, ctx.query);
    if (problem) return sendErrorPage(ctx, 400, "invalid_request", problem);
    const target = new URL(String(ctx.query.post_logout_redirect_uri));
    target.searchParams.set("state", String(ctx.query.state));
    ctx.status = 303;
    ctx.redirect(target.href);
  });

  return provider;
}
