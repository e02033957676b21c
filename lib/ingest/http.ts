/**
 * Outbound HTTP for importers: a timeout on every call (until the response
 * headers; bodies are streamed), retries on network failures and 429/5xx, and
 * typed errors carrying the status and a short excerpt of the body.
 */

export class HttpError extends Error {
  override name = "HttpError";
  constructor(
    readonly url: string,
    readonly status: number,
    readonly bodyExcerpt: string,
  ) {
    super(`HTTP ${status} from ${redact(url)}${bodyExcerpt ? `: ${bodyExcerpt}` : ""}`);
  }
}

export class NetworkError extends Error {
  override name = "NetworkError";
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`Network error calling ${redact(url)}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export type HttpOptions = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  retries: number;
  signal?: AbortSignal;
  /** Statuses returned to the caller instead of thrown (e.g. 401 to refresh a token). */
  acceptStatuses?: readonly number[];
};

const RETRYABLE = new Set([429, 502, 503, 504]);

export async function httpRequest(url: string, options: HttpOptions): Promise<Response> {
  let attempt = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    try {
      const response = await fetchWithTimeout(url, options);
      if (response.ok || options.acceptStatuses?.includes(response.status)) return response;
      const excerpt = await bodyExcerpt(response);
      const error = new HttpError(url, response.status, excerpt);
      if (!RETRYABLE.has(response.status) || attempt >= options.retries) throw error;
    } catch (error) {
      if (error instanceof HttpError) throw error;
      if (options.signal?.aborted) throw options.signal.reason ?? error;
      if (attempt >= options.retries) throw new NetworkError(url, error);
    }
    attempt += 1;
    await delay(150 * 4 ** (attempt - 1), options.signal);
  }
}

export async function httpJson<T>(url: string, options: HttpOptions): Promise<T> {
  const response = await httpRequest(url, { ...options, headers: { Accept: "application/json", ...options.headers } });
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new HttpError(url, response.status, `invalid JSON (${text.slice(0, 80)})`);
  }
}

async function fetchWithTimeout(url: string, options: HttpOptions): Promise<Response> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new Error(`timeout after ${options.timeoutMs} ms`)), options.timeoutMs);
  try {
    return await fetch(url, {
      method: options.method ?? "GET",
      headers: options.headers,
      body: options.body,
      signal: controller.signal,
      redirect: "follow",
    });
  } catch (error) {
    if (controller.signal.aborted && controller.signal.reason instanceof Error) throw controller.signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }
}

async function bodyExcerpt(response: Response): Promise<string> {
  try {
    const text = await response.text();
    return text.replace(/\s+/g, " ").trim().slice(0, 200);
  } catch {
    return "";
  }
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
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
