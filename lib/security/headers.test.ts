import { describe, expect, it } from "vitest";

import { contentSecurityPolicy, createNonce, portalSecurityHeaders, type SecurityHeaderOptions } from "./headers";

const local: SecurityHeaderOptions = {
  portalUrl: "http://localhost:3000",
  formTargets: ["http://localhost:4010/api/v2", "http://localhost:4020", "http://localhost:4030"],
};
const online: SecurityHeaderOptions = {
  portalUrl: "https://portail-autonomie.example.gouv.fr",
  formTargets: ["https://app.franceconnect.gouv.fr/api/v2", "https://trajectoire.example.fr"],
};

/** The policy as directive name → sources, as a browser reads it. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("createNonce", () => {
  it("is base64 of 128 random bits, fresh every time", () => {
    const nonces = Array.from({ length: 50 }, () => createNonce());
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts by nonce only, never inline or eval in production", () => {
    const policy = directives(contentSecurityPolicy("abc123==", local));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("adds eval for next dev only", () => {
    expect(directives(contentSecurityPolicy("n", { ...local, development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("cannot be framed, has no plugins and keeps the base URL", () => {
    const policy = directives(contentSecurityPolicy("n", local));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("worker-src")).toEqual(["'self'"]);
  });

  it("lets forms be redirected to the identity provider and the partners, by origin", () => {
    expect(directives(contentSecurityPolicy("n", local)).get("form-action")).toEqual([
      "'self'",
      "http://localhost:4010",
      "http://localhost:4020",
      "http://localhost:4030",
    ]);
  });

  it("opens images and fetches to the map style's server only when one is configured", () => {
    const embedded = directives(contentSecurityPolicy("n", local));
    expect(embedded.get("connect-src")).toEqual(["'self'"]);
    expect(embedded.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    const vector = directives(contentSecurityPolicy("n", { ...local, mapStyleUrl: "https://data.geopf.fr/annexes/ressources/vectorTiles/styles/PLAN.IGN/standard.json" }));
    expect(vector.get("connect-src")).toEqual(["'self'", "https://data.geopf.fr"]);
    expect(vector.get("img-src")).toContain("https://data.geopf.fr");
  });

  it("upgrades insecure requests on https only", () => {
    expect(directives(contentSecurityPolicy("n", online)).has("upgrade-insecure-requests")).toBe(true);
    expect(directives(contentSecurityPolicy("n", local)).has("upgrade-insecure-requests")).toBe(false);
  });
});

describe("portalSecurityHeaders", () => {
  it("sends HSTS when the portal is served over https", () => {
    expect(portalSecurityHeaders("n", online)["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
  });

  it("never sends HSTS on localhost, which would break every local http service", () => {
    expect(portalSecurityHeaders("n", local)).not.toHaveProperty("Strict-Transport-Security");
    expect(portalSecurityHeaders("n", { ...local, portalUrl: "http://127.0.0.1:3100" })).not.toHaveProperty("Strict-Transport-Security");
  });

  it("puts the request's nonce in the policy", () => {
    const nonce = createNonce();
    expect(portalSecurityHeaders(nonce, local)["Content-Security-Policy"]).toContain(`'nonce-${nonce}'`);
  });
});
