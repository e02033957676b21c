// A cookie-keeping HTTP client for protocol tests, without a real browser.
// Like browsers on localhost, cookies are keyed by host name only, NOT by port:
// the sandbox apps must therefore use distinct cookie names, and these tests
// would catch a collision.

interface StoredCookie {
  name: string;
  value: string;
  host: string;
  path: string;
  expiresAt?: number;
}

export interface Hop {
  url: string;
  method: string;
  status: number;
  contentType: string;
  body: string;
  location?: string;
}

export interface BrowseResult {
  /** The last response (not a redirect, or the one that matched `stopAt`). */
  final: Hop;
  hops: Hop[];
}

export interface BrowseOptions {
  method?: "GET" | "POST";
  form?: Record<string, string> | URLSearchParams;
  headers?: Record<string, string>;
  /** Stop before requesting a URL for which this returns true (e.g. a client's redirect_uri). */
  stopAt?: (url: string) => boolean;
  maxHops?: number;
}

function defaultPath(pathname: string): string {
  const index = pathname.lastIndexOf("/");
  return index <= 0 ? "/" : pathname.slice(0, index);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || requestPath[cookiePath.length] === "/";
}

export class TestBrowser {
  readonly #cookies: StoredCookie[] = [];

  /** Names of the live cookies stored for a host name. */
  cookieNames(host = "localhost"): string[] {
    this.#purge();
    return this.#cookies.filter((cookie) => cookie.host === host).map((cookie) => cookie.name);
  }

  cookieHeader(url: string): string {
    this.#purge();
    const { hostname, pathname } = new URL(url);
    return this.#cookies
      .filter((cookie) => cookie.host === hostname && pathMatches(pathname, cookie.path))
      .sort((a, b) => b.path.length - a.path.length)
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join("; ");
  }

  /** One request, no redirect following; stores Set-Cookie headers. */
  async request(url: string, { method = "GET", form, headers = {} }: Omit<BrowseOptions, "stopAt" | "maxHops"> = {}): Promise<Hop> {
    const requestHeaders: Record<string, string> = { accept: "text/html,application/json", ...headers };
    const cookie = this.cookieHeader(url);
    if (cookie) requestHeaders.cookie = cookie;
    let body: string | undefined;
    if (form) {
      body = new URLSearchParams(form).toString();
      requestHeaders["content-type"] = "application/x-www-form-urlencoded";
    }
    const response = await fetch(url, { method, headers: requestHeaders, body, redirect: "manual" });
    this.#store(url, response.headers.getSetCookie());
    const location = response.headers.get("location");
    return {
      url,
      method,
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      body: await response.text(),
      ...(location ? { location: new URL(location, url).href } : {}),
    };
  }

  /** Requests `url` and follows redirects (303/302/301/307 → GET like browsers do for 303). */
  async browse(url: string, options: BrowseOptions = {}): Promise<BrowseResult> {
    const hops: Hop[] = [];
    let next: { url: string; method: "GET" | "POST"; form?: BrowseOptions["form"] } = { url, method: options.method ?? "GET", form: options.form };
    for (let index = 0; index < (options.maxHops ?? 20); index += 1) {
      const hop = await this.request(next.url, { method: next.method, form: next.form, headers: options.headers });
      hops.push(hop);
      if (!hop.location || hop.status < 300 || hop.status >= 400) return { final: hop, hops };
      if (options.stopAt?.(hop.location)) return { final: hop, hops };
      next = { url: hop.location, method: "GET" };
    }
    throw new Error(`too many redirects from ${url}`);
  }

  #store(url: string, setCookies: string[]): void {
    const { hostname, pathname } = new URL(url);
    for (const header of setCookies) {
      const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
      const index = pair.indexOf("=");
      if (index <= 0) continue;
      const cookie: StoredCookie = { name: pair.slice(0, index), value: pair.slice(index + 1), host: hostname, path: defaultPath(pathname) };
      for (const attribute of attributes) {
        const [key = "", ...rest] = attribute.split("=");
        const value = rest.join("=");
        const lower = key.toLowerCase();
        if (lower === "path" && value.startsWith("/")) cookie.path = value;
        if (lower === "max-age") cookie.expiresAt = Date.now() + Number(value) * 1000;
        if (lower === "expires" && cookie.expiresAt === undefined) cookie.expiresAt = Date.parse(value);
      }
      const existing = this.#cookies.findIndex((other) => other.name === cookie.name && other.host === cookie.host && other.path === cookie.path);
      if (existing >= 0) this.#cookies.splice(existing, 1);
      if (cookie.expiresAt === undefined || cookie.expiresAt > Date.now()) this.#cookies.push(cookie);
    }
  }

  #purge(): void {
    const now = Date.now();
    for (let index = this.#cookies.length - 1; index >= 0; index -= 1) {
      const expiresAt = this.#cookies[index]?.expiresAt;
      if (expiresAt !== undefined && expiresAt <= now) this.#cookies.splice(index, 1);
    }
  }
}

/** The `action` of the first form posting to a path containing `fragment`. */
export function formAction(html: string, fragment: string): string | undefined {
  for (const match of html.matchAll(/<form\b[^>]*\baction="([^"]+)"/g)) {
    const action = (match[1] ?? "").replaceAll("&amp;", "&");
    if (action.includes(fragment)) return action;
  }
  return undefined;
}

/** Reserves a free TCP port on 127.0.0.1 (for a server that must be known before it starts). */
export async function reservePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
