import type { PartnerId } from "./handover";

/** The partner did not answer in time, refused the connection, or answered 5xx (503 while down). */
export class PartnerUnavailableError extends Error {
  override name = "PartnerUnavailableError";
  constructor(
    readonly partner: PartnerId,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${partner} is unavailable: ${reason}`, options);
  }
}

/** The partner refused the portal's API key (401/403): a configuration problem, not an outage. */
export class PartnerAuthenticationError extends Error {
  override name = "PartnerAuthenticationError";
  constructor(
    readonly partner: PartnerId,
    readonly status: number,
  ) {
    super(`${partner} refused the portal's API key (HTTP ${status})`);
  }
}

/** The partner answered something that does not follow the contract (docs/adr/0006). */
export class PartnerResponseError extends Error {
  override name = "PartnerResponseError";
  constructor(
    readonly partner: PartnerId,
    reason: string,
  ) {
    super(`${partner} answered outside the contract: ${reason}`);
  }
}

export type PartnerError = PartnerUnavailableError | PartnerAuthenticationError | PartnerResponseError;

export function isPartnerError(error: unknown): error is PartnerError {
  return error instanceof PartnerUnavailableError || error instanceof PartnerAuthenticationError || error instanceof PartnerResponseError;
}
