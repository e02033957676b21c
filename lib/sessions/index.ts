import { cache } from "react";

import { getPrisma } from "@/lib/db";
import { env } from "@/lib/env";
import { errorContext, logger } from "@/lib/logger";
import type { PartnerId } from "@/lib/partners/partner-names";

import { logoutSigningKey, publicJwks, type LogoutSigningKey } from "./logout-token";
import { createSessionService, type SignedOutSummary } from "./service";
import { logoutPartners, tellPartnersOfEndedSession, tellPartnersOfExpiredSessions, type LogoutPartner } from "./single-logout";

export { endedSessionMessage, type SessionEndReason, type SessionLimits } from "./policy";
export { ENDED_SESSION_RETENTION_DAYS, SIGNED_OUT_SUMMARY_MS, type SessionCheck, type SignedOutSummary } from "./service";
export { logoutPartners, type LogoutPartner } from "./single-logout";

export function sessionLimits() {
  return { idleMinutes: env().SESSION_IDLE_MINUTES, maxHours: env().SESSION_MAX_HOURS };
}

// The portal's own database and clock; tests build their own with createSessionService.
const service = createSessionService(getPrisma, () => new Date(), sessionLimits);

/** Opens the server-side record of a new sign-in. */
export function startPortalSession(userId: string, idpSid: string | null): Promise<string> {
  return service.start(userId, idpSid);
}

/** The session check of every request, memoized per request (header, page and data read it once). */
export const checkPortalSession = cache((id: string) => service.check(id));

/** Records a "Continuer sur …" hand-over; a failure is logged, never blocks the person. */
export async function recordHandover(sessionId: string, partner: PartnerId): Promise<void> {
  try {
    await service.recordHandover(sessionId, partner);
  } catch (error) {
    logger.error("Could not record a hand-over to a partner", { partner, sessionId, ...errorContext(error) });
  }
}

let signingKey: Promise<LogoutSigningKey> | undefined;

export function portalLogoutKey(): Promise<LogoutSigningKey> {
  signingKey ??= logoutSigningKey({ pem: env().LOGOUT_SIGNING_KEY, authSecret: env().AUTH_SECRET });
  return signingKey;
}

/** The portal's public JWKS, which partners trust for logout tokens. */
export async function portalJwks() {
  return publicJwks(await portalLogoutKey());
}

/**
 * Sign-out on the server: ends the session record, then tells every partner
 * (back-channel logout) and keeps the outcome for the signed-out page.
 */
export async function endSessionWithSingleLogout(sessionId: string, partners: readonly LogoutPartner[] = logoutPartners()): Promise<void> {
  const ended = await service.end(sessionId, "deconnexion");
  if (!ended) return;
  await tellPartnersOfEndedSession({ id: sessionId, ...ended }, partners, { sessions: service, issuer: env().PORTAL_URL, key: portalLogoutKey });
}

/**
 * Sessions that end by idle time or lifetime are only seen at their next request, if any: this
 * sweep (a job every 5 minutes, lib/sessions/expiry-job.ts) ends them and tells the partners they
 * were handed over to. Returns how many sessions' partners were told.
 */
export function notifyPartnersOfExpiredSessions(partners: readonly LogoutPartner[] = logoutPartners()): Promise<number> {
  return tellPartnersOfExpiredSessions({ sessions: service, partners, issuer: env().PORTAL_URL, key: portalLogoutKey });
}

/** For the signed-out page. */
export function signedOutSummary(sessionId: string): Promise<SignedOutSummary | null> {
  return service.signedOutSummary(sessionId);
}
