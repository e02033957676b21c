import { createHash, generateKeyPairSync, randomBytes, type JsonWebKey } from "node:crypto";

// SANDBOX-ONLY signing material, generated in memory at every start: nothing
// is written to disk and nothing here may be used outside localhost. Restarting
// the identity provider therefore invalidates its sessions and tokens, which
// are in memory anyway.

export interface SandboxKeys {
  /** Private JWKS handed to oidc-provider (RS256 and ES256 signing keys). */
  jwks: { keys: JsonWebKey[] };
  /** Keys signing oidc-provider's cookies. */
  cookieKeys: string[];
}

// RFC 7638 thumbprint, used as a stable `kid` for a generated key.
function thumbprint(jwk: JsonWebKey): string {
  const members =
    jwk.kty === "RSA" ? { e: jwk.e, kty: jwk.kty, n: jwk.n } : { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y };
  return createHash("sha256").update(JSON.stringify(members)).digest("base64url");
}

export function generateSandboxKeys(): SandboxKeys {
  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "jwk" });
  return {
    jwks: {
      keys: [
        { ...rsa, kid: thumbprint(rsa), alg: "RS256", use: "sig" },
        { ...ec, kid: thumbprint(ec), alg: "ES256", use: "sig" },
      ],
    },
    cookieKeys: [randomBytes(32).toString("base64url")],
  };
}
