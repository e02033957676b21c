import { describe, expect, it } from "vitest";

import { decryptToken, encryptToken, tokenKey } from "./token-crypto";

describe("MES token encryption", () => {
  const key = tokenKey("a-local-auth-secret-of-at-least-32-characters");

  it("round-trips and never stores the token in clear", () => {
    const sealed = encryptToken("refresh-token-value", key);
    expect(sealed).not.toContain("refresh-token-value");
    expect(encryptToken("refresh-token-value", key)).not.toBe(sealed);
    expect(decryptToken(sealed, key)).toBe("refresh-token-value");
  });

  it("refuses a value encrypted with another secret or altered", () => {
    const sealed = encryptToken("access", key);
    expect(() => decryptToken(sealed, tokenKey("another-auth-secret-of-at-least-32-characters"))).toThrow();
    const parts = sealed.split(".");
    parts[3] = Buffer.from("tampered").toString("base64url");
    expect(() => decryptToken(parts.join("."), key)).toThrow();
  });

  it("uses MES_TOKEN_KEY when it is set", () => {
    const dedicated = Buffer.alloc(32, 7).toString("base64");
    expect(tokenKey("ignored", dedicated)).toEqual(Buffer.alloc(32, 7));
  });
});
