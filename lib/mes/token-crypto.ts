import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// MES tokens are secrets of the person: stored encrypted (AES-256-GCM, random
// 96-bit IV, authenticated), with MES_TOKEN_KEY or a key derived from
// AUTH_SECRET by HKDF, so a database dump alone does not open anyone's MES.

const VERSION = "v1";

/** The 32-byte key: MES_TOKEN_KEY (base64) when set, else HKDF-SHA256(AUTH_SECRET). */
export function tokenKey(authSecret: string, dedicatedKey?: string): Buffer {
  if (dedicatedKey) return Buffer.from(dedicatedKey, "base64");
  return Buffer.from(hkdfSync("sha256", authSecret, "portail-autonomie", "mon-espace-sante-tokens", 32));
}

export function encryptToken(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

/** Throws when the value was altered or encrypted with another key. */
export function decryptToken(sealed: string, key: Buffer): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined) throw new Error("not an encrypted MES token");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
