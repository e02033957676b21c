import { generateKeyPairSync } from "node:crypto";

import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";

import { BACKCHANNEL_LOGOUT_EVENT, logoutSigningKey, publicJwks, signLogoutToken } from "./logout-token";

const now = new Date("2026-12-06T10:00:00Z");
const issuer = "http://localhost:3000";

describe("logout tokens", () => {
  it("carry the Back-Channel Logout claims, signed with the key published in the JWKS", async () => {
    const key = await logoutSigningKey({ authSecret: "a-local-secret-of-at-least-32-characters" });
    const token = await signLogoutToken(key, { issuer, audience: "via-trajectoire-local", sid: "idp-session-1", now, jti: "jti-1" });
    expect(decodeProtectedHeader(token)).toEqual({ alg: "EdDSA", typ: "logout+jwt", kid: key.publicJwk.kid });
    const { payload } = await jwtVerify(token, createLocalJWKSet(publicJwks(key)), { issuer, audience: "via-trajectoire-local", currentDate: now });
    expect(payload).toEqual({
      iss: issuer,
      aud: "via-trajectoire-local",
      iat: now.getTime() / 1000,
      exp: now.getTime() / 1000 + 120,
      jti: "jti-1",
      sid: "idp-session-1",
      events: { [BACKCHANNEL_LOGOUT_EVENT]: {} },
    });
    expect(payload).not.toHaveProperty("nonce");
  });

  it("is refused for another audience", async () => {
    const key = await logoutSigningKey({ authSecret: "a-local-secret-of-at-least-32-characters" });
    const token = await signLogoutToken(key, { issuer, audience: "mdph-en-ligne-local", sid: "s", now });
    await expect(jwtVerify(token, createLocalJWKSet(publicJwks(key)), { issuer, audience: "via-trajectoire-local", currentDate: now })).rejects.toThrow(/aud/);
  });

  it("derives the same key from the same secret, another one from another secret, and fresh jti values", async () => {
    const a = await logoutSigningKey({ authSecret: "a-local-secret-of-at-least-32-characters" });
    const b = await logoutSigningKey({ authSecret: "a-local-secret-of-at-least-32-characters" });
    const c = await logoutSigningKey({ authSecret: "another-secret-of-at-least-32-characters" });
    expect(a.publicJwk).toEqual(b.publicJwk);
    expect(c.publicJwk.kid).not.toBe(a.publicJwk.kid);
    const first = await jwtVerify(await signLogoutToken(a, { issuer, audience: "x", sid: "s", now }), createLocalJWKSet(publicJwks(a)), { currentDate: now });
    const second = await jwtVerify(await signLogoutToken(a, { issuer, audience: "x", sid: "s", now }), createLocalJWKSet(publicJwks(a)), { currentDate: now });
    expect(first.payload.jti).not.toBe(second.payload.jti);
  });

  it("uses LOGOUT_SIGNING_KEY when given, and refuses a key that is not Ed25519", async () => {
    const pem = generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    const key = await logoutSigningKey({ pem, authSecret: "a-local-secret-of-at-least-32-characters" });
    const derived = await logoutSigningKey({ authSecret: "a-local-secret-of-at-least-32-characters" });
    expect(key.publicJwk.kid).not.toBe(derived.publicJwk.kid);
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    await expect(logoutSigningKey({ pem: rsa, authSecret: "x".repeat(32) })).rejects.toThrow(/Ed25519/);
  });
});
