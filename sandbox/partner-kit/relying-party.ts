import { custom, errors, generators, Issuer, type BaseClient } from "openid-client";

import { displayNameFromClaims, FRANCECONNECT_SCOPES } from "./identity-claims";

// OpenID Connect relying party for the partner stand-ins, built on openid-client
// (the library next-auth uses): authorization code + PKCE S256, state and nonce
// of 43 characters (32 random bytes), ID token and signed userinfo verified
// against the issuer's JWKS.

export interface RelyingPartyConfig {
  /** Issuer identifier, e.g. http://localhost:4010/api/v2 (discovery is appended). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  scope?: string;
  acrValues?: string;
  /** Signing algorithm registered for ID token and userinfo (FranceConnect: RS256 or ES256). */
  signingAlg?: "RS256" | "ES256";
  /** Milliseconds for each call to the identity provider. */
  timeoutMs?: number;
}

/** What the app keeps between the redirect to the IdP and the callback. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Local path to return to once signed in. */
  returnTo: string;
  createdAt: number;
}

export interface SignedInPerson {
  sub: string;
  displayName: string;
  claims: Record<string, unknown>;
  /** Kept for RP-initiated logout (id_token_hint). */
  idToken: string;
  /** The identity provider session (ID token `sid`): back-channel logout ends every session with it. */
  sid?: string;
  acr?: string;
  signedInAt: number;
}

export type SignInFailureReason = "provider_error" | "invalid_response" | "unreachable";

export class SignInError extends Error {
  override name = "SignInError";
  constructor(
    readonly reason: SignInFailureReason,
    message: string,
    /** OAuth error code returned by the identity provider, when any. */
    readonly oauthError?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class RelyingParty {
  readonly #config: Required<RelyingPartyConfig>;
  #client: Promise<BaseClient> | undefined;

  constructor(config: RelyingPartyConfig) {
    const given = Object.fromEntries(Object.entries(config).filter(([, value]) => value !== undefined)) as RelyingPartyConfig;
    this.#config = {
      scope: FRANCECONNECT_SCOPES.join(" "),
      acrValues: "eidas1",
      signingAlg: "RS256",
      timeoutMs: 5000,
      ...given,
    };
  }

  get config(): Readonly<Required<RelyingPartyConfig>> {
    return this.#config;
  }

  /** Builds the authorization request; the returned pending values must be stored server-side. */
  async beginSignIn({ returnTo, loginHint }: { returnTo: string; loginHint?: string }): Promise<{ url: string; pending: PendingSignIn }> {
    const client = await this.#getClient();
    const pending: PendingSignIn = {
      state: generators.state(),
      nonce: generators.nonce(),
      codeVerifier: generators.codeVerifier(),
      returnTo,
      createdAt: Date.now(),
    };
    const url = client.authorizationUrl({
      scope: this.#config.scope,
      acr_values: this.#config.acrValues,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: generators.codeChallenge(pending.codeVerifier),
      code_challenge_method: "S256",
      ...(loginHint ? { login_hint: loginHint } : {}),
    });
    return { url, pending };
  }

  /**
   * Exchanges the code from the callback URL (whose state the caller already
   * matched to `pending`) and returns the verified identity.
   */
  async completeSignIn(callbackUrl: string, pending: PendingSignIn): Promise<SignedInPerson> {
    const client = await this.#getClient();
    try {
      const params = client.callbackParams(callbackUrl);
      const tokenSet = await client.callback(this.#config.redirectUri, params, {
        response_type: "code",
        state: pending.state,
        nonce: pending.nonce,
        code_verifier: pending.codeVerifier,
      });
      const idToken = tokenSet.id_token;
      if (!idToken) throw new SignInError("invalid_response", "no ID token in the token response");
      const idClaims = tokenSet.claims();
      // The userinfo JWT is verified by openid-client (signature, iss, aud, sub).
      const userinfo = await client.userinfo(tokenSet);
      const claims: Record<string, unknown> = { ...userinfo };
      return {
        sub: idClaims.sub,
        displayName: displayNameFromClaims(claims),
        claims,
        idToken,
        sid: typeof idClaims.sid === "string" ? idClaims.sid : undefined,
        acr: typeof idClaims.acr === "string" ? idClaims.acr : undefined,
        signedInAt: Date.now(),
      };
    } catch (error) {
      throw toSignInError(error);
    }
  }

  /** URL of the IdP end_session endpoint (RP-initiated logout). */
  async endSessionUrl(idToken: string, state: string): Promise<string> {
    const client = await this.#getClient();
    return client.endSessionUrl({
      id_token_hint: idToken,
      state,
      post_logout_redirect_uri: this.#config.postLogoutRedirectUri,
    });
  }

  // Discovery is lazy and retried after a failure, so a partner app may start
  // before the identity provider.
  #getClient(): Promise<BaseClient> {
    this.#client ??= this.#discover().catch((error: unknown) => {
      this.#client = undefined;
      throw new SignInError("unreachable", `identity provider discovery failed for ${this.#config.issuer}`, undefined, { cause: error });
    });
    return this.#client;
  }

  async #discover(): Promise<BaseClient> {
    const issuer = await Issuer.discover(`${this.#config.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`);
    const client = new issuer.Client({
      client_id: this.#config.clientId,
      client_secret: this.#config.clientSecret,
      redirect_uris: [this.#config.redirectUri],
      post_logout_redirect_uris: [this.#config.postLogoutRedirectUri],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post",
      id_token_signed_response_alg: this.#config.signingAlg,
      userinfo_signed_response_alg: this.#config.signingAlg,
    });
    const timeout = this.#config.timeoutMs;
    client[custom.http_options] = (_url, options) => ({ ...options, timeout });
    client[custom.clock_tolerance] = 5;
    return client;
  }
}

function toSignInError(error: unknown): SignInError {
  if (error instanceof SignInError) return error;
  if (error instanceof errors.OPError) {
    return new SignInError("provider_error", `identity provider error: ${error.error ?? "unknown"}`, error.error, { cause: error });
  }
  if (error instanceof errors.RPError) {
    return new SignInError("invalid_response", `invalid response from the identity provider: ${error.message}`, undefined, { cause: error });
  }
  return new SignInError("unreachable", "identity provider call failed", undefined, { cause: error });
}
