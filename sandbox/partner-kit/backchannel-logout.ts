import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from "jose";

// The partner side of OpenID Connect Back-Channel Logout 1.0: the portal
// signs a logout token when the person signs out there, and each partner
// checks it (section 2.6 of the spec) before ending the sessions of that
// identity provider session (docs/adr/0008-single-logout-and-sessions.md).

export const BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

export interface LogoutTokenVerifierOptions {
  /** Who signs logout tokens: the portal's address (PORTAL_URL). */
  issuer: string;
  /** This partner's client id at the identity provider. */
  audience: string;
  /** The issuer's keys: its JWKS URL, or a key set for tests. */
  keys: URL | JWTVerifyGetKey;
  /** Oldest accepted iat, in seconds (replays are also refused by jti). */
  maxAgeSeconds?: number;
  now?: () => number;
}

export class LogoutTokenError extends Error {
  override name = "LogoutTokenError";
}

/** What a valid logout token names: the identity provider session, and/or the person. */
export interface LogoutTarget {
  sid?: string;
  sub?: string;
}

export class LogoutTokenVerifier {
  readonly #options: Required<Omit<LogoutTokenVerifierOptions, "keys">>;
  readonly #keys: JWTVerifyGetKey;
  /** jti → when it may be forgotten (after it could no longer pass the iat check). */
  readonly #seen = new Map<string, number>();

  constructor(options: LogoutTokenVerifierOptions) {
    this.#options = { maxAgeSeconds: 120, now: Date.now, ...options };
    this.#keys = options.keys instanceof URL ? createRemoteJWKSet(options.keys, { timeoutDuration: 3_000 }) : options.keys;
  }

  /** Validates a logout token; throws LogoutTokenError with an English reason. */
  async verify(token: string): Promise<LogoutTarget> {
    const { issuer, audience, maxAgeSeconds, now } = this.#options;
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.#keys, {
        issuer,
        audience,
        algorithms: ["EdDSA", "ES256", "RS256"],
        maxTokenAge: maxAgeSeconds,
        clockTolerance: 5,
        currentDate: new Date(now()),
      }));
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) throw new LogoutTokenError(`invalid logout token: ${error.code} ${error.message}`);
      throw error;
    }
    const events = payload.events;
    const event = events && typeof events === "object" ? (events as Record<string, unknown>)[BACKCHANNEL_LOGOUT_EVENT] : undefined;
    if (!event || typeof event !== "object" || Array.isArray(event)) throw new LogoutTokenError("logout token without the back-channel logout event");
    if ("nonce" in payload) throw new LogoutTokenError("logout token with a nonce");
    const sid = typeof payload.sid === "string" && payload.sid ? payload.sid : undefined;
    const sub = typeof payload.sub === "string" && payload.sub ? payload.sub : undefined;
    if (!sid && !sub) throw new LogoutTokenError("logout token without sid or sub");
    if (typeof payload.jti !== "string" || !payload.jti) throw new LogoutTokenError("logout token without jti");
    this.#forgetOld();
    if (this.#seen.has(payload.jti)) throw new LogoutTokenError("logout token replayed (jti already used)");
    this.#seen.set(payload.jti, now() + (maxAgeSeconds + 10) * 1000);
    return { sid, sub };
  }

  #forgetOld(): void {
    const at = this.#options.now();
    for (const [jti, until] of this.#seen) if (until < at) this.#seen.delete(jti);
  }
}
