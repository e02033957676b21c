import type { z } from "zod";

import { HttpBodyError, HttpNetworkError, HttpStatusError, httpJson } from "@/lib/http";

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
  const timeoutMs = config.timeoutMs ?? DEFAULT_PARTNER_TIMEOUT_MS;
  try {
    return await httpJson(`${config.baseUrl}${path}`, schema, {
      headers: { authorization: `Bearer ${config.apiKey}` },
      timeoutMs,
      acceptStatuses: options.nullOn404 ? [404] : [],
      fetch: config.fetch,
    });
  } catch (error) {
    if (error instanceof HttpStatusError) {
      if (error.status === 401 || error.status === 403) throw new PartnerAuthenticationError(config.partner, error.status);
      if (error.status >= 500) throw new PartnerUnavailableError(config.partner, `HTTP ${error.status}`);
      throw new PartnerResponseError(config.partner, `unexpected HTTP ${error.status} for ${path}`);
    }
    if (error instanceof HttpBodyError) throw new PartnerResponseError(config.partner, `${path}: ${error.reason}`);
    if (error instanceof HttpNetworkError) throw new PartnerUnavailableError(config.partner, error.reason, { cause: error });
    throw error;
  }
}
