import type { APIRequestContext } from "@playwright/test";

import { expect, test } from "../support/csp-violations";
import { pagesToAudit, type AuditedPage } from "../support/pages";

// The portal's security headers as a browser receives them (docs/adr/0009-security-headers.md),
// read over plain HTTP: cheap, and the HTML is exactly what the server sent.

test.skip(({ isMobile }) => isMobile, "the server's headers and HTML do not depend on the viewport");

const NONCE = /'nonce-([A-Za-z0-9+/]+={0,2})'/;
// Script types a browser runs; JSON-LD and other data blocks are never executed, so CSP ignores them.
const EXECUTABLE_SCRIPT_TYPES = new Set(["", "text/javascript", "module", "application/javascript"]);

async function fetchPage(request: APIRequestContext, { path, readingVersion }: AuditedPage) {
  const response = await request.get(path, { headers: readingVersion ? { cookie: `portail.version=${readingVersion}` } : {} });
  const csp = response.headers()["content-security-policy"] ?? "";
  return { response, csp, nonce: NONCE.exec(csp)?.[1], html: await response.text() };
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

for (const audited of pagesToAudit) {
  test(`${audited.name} (${audited.path}): strict headers and a fresh nonce on every script`, async ({ request }) => {
    const first = await fetchPage(request, audited);
    const headers = first.response.headers();
    expect(first.nonce, "Content-Security-Policy with a nonce").toBeDefined();
    expect(first.csp).toContain("'strict-dynamic'");
    expect(first.csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(first.csp).toContain("frame-ancestors 'none'");
    expect(first.csp).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    // The suite's portal runs on http://localhost: HSTS there would break every local service.
    expect(headers["strict-transport-security"]).toBeUndefined();

    const scripts = [...first.html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    const executable = scripts.filter((tag) => EXECUTABLE_SCRIPT_TYPES.has(attribute(tag, "type") ?? ""));
    expect(executable.length, "Next's bootstrap scripts").toBeGreaterThan(0);
    for (const tag of executable) expect(attribute(tag, "nonce"), tag).toBe(first.nonce);
    for (const [tag] of first.html.matchAll(/<style\b[^>]*>/g)) expect(attribute(tag, "nonce"), tag).toBe(first.nonce);

    const second = await fetchPage(request, audited);
    expect(second.nonce).toBeDefined();
    expect(second.nonce, "a new nonce for every request").not.toBe(first.nonce);
  });
}

test("static files and JSON keep nosniff; the JSON carries the policy, the worker needs none", async ({ request }) => {
  const json = await request.get("/api/communes?q=Lyon");
  expect(json.headers()["x-content-type-options"]).toBe("nosniff");
  expect(json.headers()["content-security-policy"]).toMatch(NONCE);
  const worker = await request.get("/maplibre/maplibre-gl-worker.mjs");
  expect(worker.ok()).toBe(true);
  expect(worker.headers()["x-content-type-options"]).toBe("nosniff");
  expect(worker.headers()["cross-origin-opener-policy"]).toBe("same-origin");
  expect(worker.headers()["content-security-policy"]).toBeUndefined();
});

test("a page without JavaScript keeps its no-script styles, allowed by the nonce", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.goto("/recherche?lieu=Lyon");
  // The no-script styles show the header's menu inline on a phone, as the "Menu" button cannot open it.
  await expect(page.locator(".fr-header__menu .fr-nav").first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(refused).toEqual([]);
  await context.close();
});
