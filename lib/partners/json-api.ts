import type { z } from "zod";

import { PartnerAuthenticationError, PartnerResponseError, PartnerUnavailableError } from "./errors";
import type { PartnerId } from "./handover";

/** How the portal reaches one partner's JSON API (docs/adr/0006-requests-api-and-webhooks.md). */
export type PartnerApiConfig = {
  partner: PartnerId;
  baseUrl: string;
  apiKey: string;
  /** Until the response body is read; the dashboard must not wait on a slow partner. */
  timeoutMs?: number;
  fetch?: typeof fetch;
};

export const DEFAULT_PARTNER_TIMEOUT_MS = 3_000;

/**
 * GET one JSON resource with the server-to-server key and validate it with
 * `schema`. `notFound` lists statuses answered as `null` (404 for one request).
 * Throws the typed errors of ./errors.ts; never retries (the dashboard falls
 * back on the last known copy instead of keeping the person waiting).
 */
export async function getPartnerJson<Schema extends z.ZodType>(
  config: PartnerApiConfig,
  path: string,
  schema: Schema,
  options: { nullOn404?: boolean } = {},
): Promise<z.infer<Schema> | null> {
  const url = `${config.baseUrl}${path}`;
  const timeoutMs = config.timeoutMs ?? DEFAULT_PARTNER_TIMEOUT_MS;
  let body: unknown;
  let status: number;
  try {
    const response = await (config.fetch ?? fetch)(url, {
      headers: { authorization: `Bearer ${config.apiKey}`, accept: "application/json" },
      signal: AbortSignal.timeout(timeoutMs),
      cache: "no-store",
    });
    status = response.status;
    const text = await response.text();
    if (status === 401 || status === 403) throw new PartnerAuthenticationError(config.partner, status);
    if (status >= 500) throw new PartnerUnavailableError(config.partner, `HTTP ${status}`);
    if (status === 404 && options.nullOn404) return null;
    if (status !== 200) throw new PartnerResponseError(config.partner, `unexpected HTTP ${status} for ${path}`);
    try {
      body = JSON.parse(text);
    } catch {
      throw new PartnerResponseError(config.partner, `body of ${path} is not JSON`);
    }
  } catch (error) {
    if (error instanceof PartnerAuthenticationError || error instanceof PartnerResponseError || error instanceof PartnerUnavailableError) throw error;
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    throw new PartnerUnavailableError(config.partner, timedOut ? `no answer within ${timeoutMs} ms` : networkReason(error), { cause: error });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new PartnerResponseError(config.partner, `${path}: ${issues.join("; ")}`);
  }
  return parsed.data;
}

function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}
