/**
 * The portal's security headers, built in one place (docs/adr/0009-security-headers.md).
 * `proxy.ts` calls `portalSecurityHeaders` on every page and route handler with a
 * fresh nonce; `next.config.mjs` sets the request-independent ones everywhere.
 * Pure functions of their inputs: no `process.env`, so tests cover every environment.
 */

/** Request header that carries the nonce from the proxy to the root layout. */
export const NONCE_HEADER = "x-nonce";

export type SecurityHeaderOptions = {
  /** PORTAL_URL: HSTS and upgrade-insecure-requests only when it is https. */
  portalUrl: string;
  /** Forms post to the portal, which redirects to these services (sign-in, sign-out); Chromium checks form-action on redirects. */
  formTargets: readonly string[];
  /** MAP_STYLE_URL, when the map uses a vector-tile style on another server. */
  mapStyleUrl?: string | undefined;
  /** `next dev` needs eval for React's debugging features; never in production. */
  development?: boolean;
};

const NONCE_BYTES = 16;

/** 128 random bits, base64: unguessable, and a valid CSP nonce-source. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  return btoa(String.fromCharCode(...bytes));
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function isHttps(url: string): boolean {
  return originOf(url)?.startsWith("https://") ?? false;
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))];
}

export function contentSecurityPolicy(nonce: string, options: SecurityHeaderOptions): string {
  const mapOrigin = originOf(options.mapStyleUrl);
  const directives: [string, ...(string | undefined)[]][] = [
    ["default-src", "'self'"],
    // strict-dynamic: the scripts Next loads from its nonced bootstrap are trusted; 'self' is the CSP 2 fallback.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", options.development ? "'unsafe-eval'" : undefined],
    // <style> elements need the nonce (react-dsfr's colour-scheme style, the no-JS styles).
    ["style-src", "'self'", `'nonce-${nonce}'`],
    // style="…" attributes (React, react-dsfr, MapLibre's markers) cannot carry a nonce; they cannot run script either.
    ["style-src-attr", "'unsafe-inline'"],
    // data: for the DSFR's inline SVG icons, blob: for the images MapLibre decodes.
    ["img-src", "'self'", "data:", "blob:", mapOrigin],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", mapOrigin],
    // MapLibre's worker is served by the portal (public/maplibre).
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ["frame-src", "'none'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'", ...unique(options.formTargets.map(originOf))],
    ["frame-ancestors", "'none'"],
  ];
  if (isHttps(options.portalUrl)) directives.push(["upgrade-insecure-requests"]);
  return directives.map(([name, ...values]) => [name, ...unique(values)].join(" ")).join("; ");
}

/** Two years, the value browsers' preload lists expect; subdomains of the portal's host are covered too. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * The headers that depend on the request (nonce) or on the runtime PORTAL_URL.
 * The others (nosniff, Referrer-Policy, Permissions-Policy, COOP) do not: next.config.mjs
 * sets them on every response, static files included.
 */
export function portalSecurityHeaders(nonce: string, options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(nonce, options),
  };
  // A browser told HSTS on localhost would refuse plain http for every local service on that host.
  if (isHttps(options.portalUrl)) headers["Strict-Transport-Security"] = STRICT_TRANSPORT_SECURITY;
  return headers;
}
