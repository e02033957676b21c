import { createPrivateKey, createPublicKey, hkdfSync, randomUUID, type KeyObject } from "node:crypto";

import { calculateJwkThumbprint, exportJWK, SignJWT, type JWK } from "jose";

// OpenID Connect Back-Channel Logout 1.0 logout tokens, signed by the portal
// (the portal plays the OP's role towards its partners: FranceConnect does not
// notify them, docs/adr/0008-single-logout-and-sessions.md).

export const BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
/** Explicit type recommended by the spec, so a logout token is never mistaken for an ID token. */
export const LOGOUT_TOKEN_TYPE = "logout+jwt";
export const LOGOUT_TOKEN_ALG = "EdDSA";

export type LogoutSigningKey = { privateKey: KeyObject; publicJwk: JWK & { kid: string; alg: string; use: string } };

// PKCS#8 DER header of an Ed25519 private key; the 32-byte seed follows.
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/**
 * The logout signing key: LOGOUT_SIGNING_KEY when set, else an Ed25519 key
 * derived from AUTH_SECRET (HKDF), so local runs and several instances share it
 * without a committed key, and rotating AUTH_SECRET rotates it too.
 */
export async function logoutSigningKey(source: { pem?: string; authSecret: string }): Promise<LogoutSigningKey> {
  const privateKey = source.pem
    ? createPrivateKey(source.pem)
    : createPrivateKey({
        key: Buffer.concat([ED25519_PKCS8_PREFIX, Buffer.from(hkdfSync("sha256", source.authSecret, "portail-autonomie", "logout-signing-key-v1", 32))]),
        format: "der",
        type: "pkcs8",
      });
  if (privateKey.asymmetricKeyType !== "ed25519") throw new Error("LOGOUT_SIGNING_KEY must be an Ed25519 private key");
  const jwk = await exportJWK(createPublicKey(privateKey));
  const kid = await calculateJwkThumbprint(jwk);
  return { privateKey, publicJwk: { ...jwk, kid, alg: LOGOUT_TOKEN_ALG, use: "sig" } };
}

/** The public half, as served at /.well-known/jwks.json. */
export function publicJwks(key: LogoutSigningKey): { keys: JWK[] } {
  return { keys: [key.publicJwk] };
}

export type LogoutTokenClaims = {
  /** The portal's address (PORTAL_URL). */
  issuer: string;
  /** The partner's OIDC client id. */
  audience: string;
  /** The identity provider session the partner's own session came from. */
  sid: string;
  now: Date;
  /** For tests; a fresh UUID otherwise. */
  jti?: string;
};

/** A signed logout token: iss, aud, iat, exp (2 minutes), jti, events and sid; never a nonce. */
export async function signLogoutToken(key: LogoutSigningKey, claims: LogoutTokenClaims): Promise<string> {
  const iat = Math.floor(claims.now.getTime() / 1000);
  return new SignJWT({ events: { [BACKCHANNEL_LOGOUT_EVENT]: {} }, sid: claims.sid })
    .setProtectedHeader({ alg: LOGOUT_TOKEN_ALG, typ: LOGOUT_TOKEN_TYPE, kid: key.publicJwk.kid })
    .setIssuer(claims.issuer)
    .setAudience(claims.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 120)
    .setJti(claims.jti ?? randomUUID())
    .sign(key.privateKey);
}
