import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";

// Plain node:http helpers shared by the sandbox services: cookies, form bodies,
// redirects, DSFR static assets and listen/close with an ephemeral port.

export class HttpError extends Error {
  override name = "HttpError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

// The partners' pages are server-rendered HTML with no script at all, hence
// script-src 'none'. oidc-provider's one inline script (its form_post answer,
// unused here) adds its own sha256 to script-src. form-action also governs the
// redirect that follows a POST (sign-in and sign-out hop to another origin),
// hence http: https:. docs/adr/0009-security-headers.md
export const SANDBOX_CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data:; script-src 'none'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self' http: https:";

// JSON, CSV and FHIR answers are never rendered as documents.
export const SANDBOX_API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  // Not "no-referrer": browsers would then send "Origin: null" on same-site form posts.
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), geolocation=(), microphone=(), payment=(), usb=()",
  "content-security-policy": SANDBOX_CONTENT_SECURITY_POLICY,
};

/** Two years, as the portal; only when the stand-in is reached over https (behind a TLS proxy). */
const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

function overHttps(req: IncomingMessage): boolean {
  const forwarded = req.headers["x-forwarded-proto"];
  const proto = Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(",")[0];
  return proto?.trim() === "https" || ("encrypted" in req.socket && req.socket.encrypted === true);
}

/**
 * Puts the security headers on every answer of a stand-in before any handler
 * runs, so responses written by libraries (oidc-provider) carry them too;
 * `kind: "api"` for the servers that only answer JSON or files.
 */
export function applySecurityHeaders(req: IncomingMessage, res: ServerResponse, kind: "pages" | "api" = "pages"): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (kind === "api") res.setHeader("content-security-policy", SANDBOX_API_CONTENT_SECURITY_POLICY);
  if (overHttps(req)) res.setHeader("strict-transport-security", STRICT_TRANSPORT_SECURITY);
}

export function sendHtml(res: ServerResponse, status: number, body: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    ...headers,
  });
  res.end(body);
}

export function sendText(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(body);
}

/** A JSON answer (the partners' API and the sandbox control endpoints). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    "x-content-type-options": "nosniff",
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** 303 See Other: the browser follows with GET, which is what every flow here wants. */
export function redirect(res: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(303, { ...SECURITY_HEADERS, location, "cache-control": "no-store", ...headers });
  res.end();
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    const raw = part.slice(index + 1).trim();
    if (cookies.has(name)) continue; // the most specific path comes first
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      cookies.set(name, raw);
    }
  }
  return cookies;
}

export interface CookieOptions {
  maxAgeSeconds?: number;
  path?: string;
  secure?: boolean;
}

/** HttpOnly, SameSite=Lax cookie; maxAgeSeconds 0 deletes it. */
export function serializeCookie(name: string, value: string, { maxAgeSeconds, path: cookiePath = "/", secure = false }: CookieOptions = {}): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${cookiePath}`, "HttpOnly", "SameSite=Lax"];
  if (maxAgeSeconds !== undefined) {
    parts.push(`Max-Age=${maxAgeSeconds}`);
    if (maxAgeSeconds === 0) parts.push("Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  }
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

const MAX_FORM_BYTES = 16 * 1024;

/** Reads an application/x-www-form-urlencoded body (small forms only). */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = req.headers["content-type"] ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) {
    throw new HttpError(415, "Formulaire attendu (application/x-www-form-urlencoded).");
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_FORM_BYTES) throw new HttpError(413, "Formulaire trop volumineux.");
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/** Reads a small JSON body; an empty body is `undefined`. Throws HttpError 400/413/415. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_FORM_BYTES) throw new HttpError(413, "Corps de requête trop volumineux.");
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (text === "") return undefined;
  const type = req.headers["content-type"] ?? "";
  if (!type.startsWith("application/json")) throw new HttpError(415, "Corps JSON attendu (application/json).");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "Corps JSON invalide.");
  }
}

/** The request URL, parsed against a base so `pathname` and `searchParams` are available. */
export function requestUrl(req: IncomingMessage): URL {
  return new URL(req.url ?? "/", "http://sandbox.invalid");
}

const DSFR_CONTENT_TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

let dsfrRoot: string | undefined;

function dsfrDirectory(): string {
  dsfrRoot ??= path.dirname(createRequire(import.meta.url).resolve("@codegouvfr/react-dsfr/dsfr/dsfr.min.css"));
  return dsfrRoot;
}

export const DSFR_PREFIX = "/dsfr/";

/**
 * Serves the DSFR distribution shipped in node_modules under /dsfr/ (CSS, fonts,
 * icons, favicons). Returns false when the path is not a DSFR asset.
 */
export async function serveDsfrAsset(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  if (!pathname.startsWith(DSFR_PREFIX) || (req.method !== "GET" && req.method !== "HEAD")) return false;
  const root = dsfrDirectory();
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(DSFR_PREFIX.length));
  } catch {
    return false;
  }
  const file = path.resolve(root, relative);
  const contentType = DSFR_CONTENT_TYPES[path.extname(file)];
  if (!contentType || !file.startsWith(root + path.sep)) return false;
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
    res.writeHead(200, {
      "content-type": contentType,
      "content-length": String(info.size),
      "cache-control": "public, max-age=3600",
      "x-content-type-options": "nosniff",
    });
    if (req.method === "HEAD") {
      res.end();
      return true;
    }
    await new Promise<void>((resolve, reject) => {
      createReadStream(file).on("error", reject).on("end", resolve).pipe(res);
    });
    return true;
  } catch {
    return false;
  }
}

export interface RunningServer {
  /** Base URL, e.g. http://localhost:4020 (the bound port when 0 was asked). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on host:port (0 = ephemeral) and resolves with the bound port. */
export async function listen(server: Server, port: number, host: string): Promise<{ port: number; close(): Promise<void> }> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
