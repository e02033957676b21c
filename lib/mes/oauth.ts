import { errors, generators, Issuer, type BaseClient, type TokenSet } from "openid-client";

import type { MesFlow } from "./plan";

// The portal as an OAuth2 client of Mon espace santé (pairing): authorization
// code flow with PKCE S256, refresh (which may narrow the consented flows) and
// RFC 7009 revocation, on openid-client (already used by next-auth).

export type MesClientConfig = {
  /** MES base URL: /oauth/* and /fhir under it. */
  url: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
};

export type MesTokens = { accessToken: string; refreshToken: string; expiresAt: Date; flows: MesFlow[] };

/** MES refused the grant for good (revoked, expired, consent withdrawn there): the pairing is over. */
export class MesGrantError extends Error {
  override name = "MesGrantError";
}

/** MES could not answer (down, network, timeout): try again later. */
export class MesUnavailableError extends Error {
  override name = "MesUnavailableError";
}

export function mesOAuthClient(config: MesClientConfig): BaseClient {
  const issuer = new Issuer({
    issuer: config.url,
    authorization_endpoint: `${config.url}/oauth/authorize`,
    token_endpoint: `${config.url}/oauth/token`,
    revocation_endpoint: `${config.url}/oauth/revoke`,
  });
  return new issuer.Client({ client_id: config.clientId, client_secret: config.clientSecret, redirect_uris: [config.redirectUri], response_types: ["code"], token_endpoint_auth_method: "client_secret_post" });
}

export function flowsOf(scope: string | undefined): MesFlow[] {
  const granted = new Set((scope ?? "").split(" "));
  return (["agenda", "documents"] as const).filter((flow) => granted.has(flow));
}

function tokensOf(set: TokenSet, fallbackRefresh?: string): MesTokens {
  if (!set.access_token) throw new MesGrantError("MES answered without an access token");
  return {
    accessToken: set.access_token,
    refreshToken: set.refresh_token ?? fallbackRefresh ?? "",
    expiresAt: new Date((set.expires_at ?? Math.floor(Date.now() / 1000) + 300) * 1000),
    flows: flowsOf(typeof set.scope === "string" ? set.scope : undefined),
  };
}

function translate(error: unknown): Error {
  if (error instanceof errors.OPError) {
    if (error.response && error.response.statusCode !== undefined && error.response.statusCode >= 500) return new MesUnavailableError(`MES token endpoint answered ${error.response.statusCode}`);
    return new MesGrantError(`MES refused: ${error.error}`);
  }
  if (error instanceof errors.RPError) return new MesGrantError(`MES answer refused: ${error.message}`);
  return new MesUnavailableError(error instanceof Error ? error.message : String(error));
}

export function newAuthorization(client: BaseClient, flows: readonly MesFlow[]): { url: string; state: string; codeVerifier: string } {
  const state = generators.state(32);
  const codeVerifier = generators.codeVerifier(43);
  const url = client.authorizationUrl({ scope: flows.join(" "), state, code_challenge: generators.codeChallenge(codeVerifier), code_challenge_method: "S256" });
  return { url, state, codeVerifier };
}

export async function exchangeCode(client: BaseClient, config: MesClientConfig, callbackUrl: string, state: string, codeVerifier: string): Promise<MesTokens> {
  try {
    const params = client.callbackParams(callbackUrl);
    return tokensOf(await client.oauthCallback(config.redirectUri, params, { state, code_verifier: codeVerifier }));
  } catch (error) {
    throw translate(error);
  }
}

/** A refresh; `flows` narrows the consent at MES (a flow switched off on the portal). */
export async function refreshTokens(client: BaseClient, refreshToken: string, flows?: readonly MesFlow[]): Promise<MesTokens> {
  try {
    const set = await client.refresh(refreshToken, flows ? { exchangeBody: { scope: flows.join(" ") } } : undefined);
    return tokensOf(set, refreshToken);
  } catch (error) {
    throw translate(error);
  }
}

export async function revokeTokens(client: BaseClient, refreshToken: string): Promise<void> {
  try {
    await client.revoke(refreshToken, "refresh_token");
  } catch (error) {
    throw translate(error);
  }
}
