import { generateKeyPairSync, type KeyObject } from "node:crypto";

import { createLocalJWKSet, exportJWK, SignJWT, type JWTPayload } from "jose";
import { beforeAll, describe, expect, it } from "vitest";

import { BACKCHANNEL_LOGOUT_EVENT, LogoutTokenError, LogoutTokenVerifier } from "./backchannel-logout";

const issuer = "http://localhost:3000";
const audience = "via-trajectoire-local";
const now = Date.parse("2026-12-06T10:00:00Z");

let portalKey: KeyObject;
let otherKey: KeyObject;
let verifier: LogoutTokenVerifier;

async function token(claims: JWTPayload, key: KeyObject = portalKey): Promise<string> {
  return new SignJWT({ events: { [BACKCHANNEL_LOGOUT_EVENT]: {} }, sid: "idp-session-1", jti: `jti-${Math.random()}`, ...claims })
    .setProtectedHeader({ alg: "EdDSA", typ: "logout+jwt", kid: "portal" })
    .setIssuer(typeof claims.iss === "string" ? claims.iss : issuer)
    .setAudience(claims.aud ?? audience)
    .setIssuedAt(typeof claims.iat === "number" ? claims.iat : now / 1000)
    .sign(key);
}

beforeAll(async () => {
  portalKey = generateKeyPairSync("ed25519").privateKey;
  otherKey = generateKeyPairSync("ed25519").privateKey;
  const publicJwk = { ...(await exportJWK(generateKeyPairSync("ed25519").publicKey)), kid: "unused" };
  const portalJwk = { ...(await exportJWK(portalKey)), d: undefined, kid: "portal", alg: "EdDSA" };
  verifier = new LogoutTokenVerifier({ issuer, audience, keys: createLocalJWKSet({ keys: [publicJwk, portalJwk] }), now: () => now });
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(LogoutTokenError);
  return (error as Error).message;
}

describe("LogoutTokenVerifier (partner side of Back-Channel Logout)", () => {
  it("accepts the portal's token and names the identity provider session", async () => {
    await expect(verifier.verify(await token({}))).resolves.toEqual({ sid: "idp-session-1", sub: undefined });
  });

  it.each([
    ["a token signed with another key", () => token({}, otherKey), /signature/],
    ["another audience", () => token({ aud: "mdph-en-ligne-local" }), /aud/],
    ["another issuer", () => token({ iss: "https://evil.example" }), /iss/],
    ["missing events", () => token({ events: undefined }), /event/],
    ["events without the back-channel logout key", () => token({ events: { "http://schemas.openid.net/event/other": {} } }), /event/],
    ["a nonce", () => token({ nonce: "n" }), /nonce/],
    ["neither sid nor sub", () => token({ sid: undefined }), /sid or sub/],
    ["no jti", () => token({ jti: undefined }), /jti/],
    ["an iat of ten minutes ago", () => token({ iat: now / 1000 - 600 }), /iat|age|timestamp/],
  ])("refuses %s", async (_name, make, reason) => {
    expect(await refusal(verifier.verify(await make()))).toMatch(reason);
  });

  it("refuses a replayed token (same jti)", async () => {
    const once = await token({ jti: "replayed-jti" });
    await verifier.verify(once);
    expect(await refusal(verifier.verify(once))).toMatch(/replayed/);
  });

  it("refuses garbage", async () => {
    expect(await refusal(verifier.verify("not-a-jwt"))).toMatch(/invalid logout token/);
  });
});
