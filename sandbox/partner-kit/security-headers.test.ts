import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { partnerClient } from "../identity-provider/config";
import { startIdentityProvider, type RunningIdentityProvider } from "../identity-provider/server";
import { startMbaSandbox, type MbaSandbox } from "../mba/server";
import { startViaTrajectoire } from "../via-trajectoire/server";
import type { RunningServer } from "./http";
import { reservePort } from "./test-browser";

// Every stand-in answer carries the strict headers, including the answers
// oidc-provider writes itself and the JSON of the catalogue partners.

let idp: RunningIdentityProvider;
let vt: RunningServer;
let mba: MbaSandbox;

beforeAll(async () => {
  const port = await reservePort();
  idp = await startIdentityProvider({ port: 0, clients: [partnerClient(`http://localhost:${port}`, "vt-headers", "vt-headers-secret", "ViaTrajectoire")] });
  vt = await startViaTrajectoire({
    port,
    issuer: idp.issuer,
    clientId: "vt-headers",
    clientSecret: "vt-headers-secret",
    log: () => {},
    webhook: { url: "http://127.0.0.1:9/webhooks", retryDelaysMs: [] },
  });
  mba = await startMbaSandbox({ port: 0, offers: 50, pageSize: 10 });
});

afterAll(async () => {
  await vt?.close();
  await idp?.close();
  await mba?.close();
});

function expectPageHeaders(response: Response): void {
  const csp = response.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("script-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
  expect(response.headers.get("permissions-policy")).toContain("camera=()");
  expect(response.headers.get("strict-transport-security")).toBeNull();
}

describe("stand-in security headers", () => {
  it("are on the identity provider's own pages and on oidc-provider's answers", async () => {
    expectPageHeaders(await fetch(`${idp.url}/`));
    // An authorization request with an unknown client: oidc-provider renders the error page itself.
    const error = await fetch(`${idp.issuer}/authorize?client_id=unknown&response_type=code&scope=openid`, { redirect: "manual" });
    expect(error.status).toBe(400);
    expectPageHeaders(error);
    expectPageHeaders(await fetch(`${idp.issuer}/.well-known/openid-configuration`));
  });

  it("are on the partner pages and their redirects to sign in", async () => {
    expectPageHeaders(await fetch(`${vt.url}/`, { redirect: "manual" }));
    expectPageHeaders(await fetch(`${vt.url}/page-inconnue`, { redirect: "manual" }));
  });

  it("forbid everything to the catalogue partners' JSON, which is never a document", async () => {
    const response = await fetch(`${mba.url}/v1/client/structures?idTypeStructure=1&page=0`);
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("add HSTS only when the stand-in is reached over https", async () => {
    const response = await fetch(`${vt.url}/`, { redirect: "manual", headers: { "x-forwarded-proto": "https" } });
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });
});
