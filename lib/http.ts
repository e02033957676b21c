/**
 * The one outbound HTTP client of the portal and its importers: a timeout on
 * every attempt, retries with exponential backoff (p-retry) on network failures
 * and 429/502/503/504, typed errors that never print credentials, and JSON
 * bodies validated with zod. Partner-specific clients map these errors to
 * their own domain errors; nothing else calls `fetch` to reach another service.
 */
import pRetry, { AbortError } from "p-retry";
import type { z } from "zod";

/** Base class: `url` is already redacted, so an error can be logged as it is. */
export class HttpError extends Error {
  override name = "HttpError";
  readonly url: string;
  constructor(url: string | URL, message: string, options?: ErrorOptions) {
    super(message, options);
    this.url = redact(String(url));
  }
}

/** The server answered a status the caller did not accept. */
export class HttpStatusError extends HttpError {
  override name = "HttpStatusError";
  constructor(
    url: string | URL,
    readonly status: number,
    readonly bodyExcerpt: string,
  ) {
    super(url, `HTTP ${status} from ${redact(String(url))}${bodyExcerpt ? `: ${bodyExcerpt}` : ""}`);
  }
}

/** No answer: connection refused or reset, DNS failure, or no answer within the timeout. */
export class HttpNetworkError extends HttpError {
  override name = "HttpNetworkError";
  constructor(
    url: string | URL,
    readonly reason: string,
    readonly timedOut: boolean,
    options?: ErrorOptions,
  ) {
    super(url, `Network error calling ${redact(String(url))}: ${reason}`, options);
  }
}

/** The body is not JSON, or not of the expected shape. */
export class HttpBodyError extends HttpError {
  override name = "HttpBodyError";
  constructor(
    url: string | URL,
    readonly status: number,
    readonly reason: string,
  ) {
    super(url, `Unexpected body from ${redact(String(url))} (HTTP ${status}): ${reason}`);
  }
}

export type HttpOptions = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Per attempt: until the headers for `httpRequest` (bodies are streamed), until the whole body for `httpJson`. */
  timeoutMs: number;
  /** Attempts after the first one, on network failures and retryable statuses. Default 0. */
  retries?: number;
  /** First backoff delay; each next one is 4 times longer. */
  retryDelayMs?: number;
  signal?: AbortSignal;
  /** Statuses handed back to the caller instead of thrown (e.g. 401 to refresh a token, 404 for "none"). */
  acceptStatuses?: readonly number[];
  /** For tests: another fetch implementation. */
  fetch?: typeof fetch;
};

const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

/** One HTTP exchange; resolves to the response (body not read) or throws a typed HttpError. */
export async function httpRequest(url: string | URL, options: HttpOptions): Promise<Response> {
  return withRetries(url, options, async (response) => response);
}

/** GET or POST a JSON resource and validate it with `schema`. A status in `acceptStatuses` other than 2xx resolves to `null`. */
export async function httpJson<Schema extends z.ZodType>(url: string | URL, schema: Schema, options: HttpOptions): Promise<z.infer<Schema> | null> {
  return withRetries(url, { ...options, headers: { Accept: "application/json", ...options.headers } }, async (response) => {
    const text = await response.text();
    if (!response.ok) return null;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new HttpBodyError(url, response.status, `not JSON (${excerpt(text, 80)})`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
      throw new HttpBodyError(url, response.status, issues.join("; "));
    }
    return parsed.data;
  });
}

async function withRetries<T>(url: string | URL, options: HttpOptions, read: (response: Response) => Promise<T>): Promise<T> {
  return pRetry(
    async () => {
      try {
        return await attempt(url, options, read);
      } catch (error) {
        if (isRetryable(error)) throw error;
        // Not worth another try: p-retry rethrows the original error at once.
        throw new AbortError(error as Error);
      }
    },
    {
      retries: options.retries ?? 0,
      factor: 4,
      minTimeout: options.retryDelayMs ?? 150,
      signal: options.signal,
    },
  ).catch((error: unknown) => {
    if (error instanceof AbortError) throw error.originalError;
    throw error;
  });
}

function isRetryable(error: unknown): boolean {
  return error instanceof HttpNetworkError || (error instanceof HttpStatusError && RETRYABLE_STATUSES.has(error.status));
}

async function attempt<T>(url: string | URL, options: HttpOptions, read: (response: Response) => Promise<T>): Promise<T> {
  options.signal?.throwIfAborted();
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, {
        method: options.method ?? "GET",
        headers: options.headers,
        body: options.body,
        signal: controller.signal,
        redirect: "follow",
        cache: "no-store",
      });
    } catch (error) {
      throw networkError(url, error, timedOut, options);
    }
    if (!response.ok && !options.acceptStatuses?.includes(response.status)) {
      throw new HttpStatusError(url, response.status, excerpt(await response.text().catch(() => ""), 200));
    }
    try {
      return await read(response);
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw networkError(url, error, timedOut, options);
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }
}

function networkError(url: string | URL, error: unknown, timedOut: boolean, options: HttpOptions): Error {
  // The caller's own cancellation is not a network failure: hand its reason back.
  if (options.signal?.aborted) return options.signal.reason instanceof Error ? options.signal.reason : new Error(String(options.signal.reason));
  if (timedOut) return new HttpNetworkError(url, `no answer within ${options.timeoutMs} ms`, true, { cause: error });
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return new HttpNetworkError(url, `${error instanceof Error ? error.message : String(error)}${cause}`, false, { cause: error });
}

function excerpt(text: string, length: number): string {
  return text.replace(/\s+/g, " ").trim().slice(0, length);
}

/** Never print credentials that may sit in a URL. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    for (const key of [...parsed.searchParams.keys()]) {
      if (/key|token|secret|password/i.test(key)) parsed.searchParams.set(key, "***");
    }
    return parsed.toString();
  } catch {
    return url;
  }
}
