import { env } from "@/lib/env";
import { HttpNetworkError, HttpStatusError, httpRequest } from "@/lib/http";
import { errorContext, logger } from "@/lib/logger";
import type { PartnerId } from "@/lib/partners/partner-names";

import { signLogoutToken, type LogoutSigningKey } from "./logout-token";
import type { EndedSession, PartnerLogoutOutcome, SessionService } from "./service";

/** A partner that takes back-channel logout tokens from the portal. */
export type LogoutPartner = {
  partner: PartnerId;
  /** Its OIDC client id at the identity provider: the token's audience. */
  clientId: string;
  backchannelLogoutUrl: string;
  /** Its own sign-out page, offered to the person when the partner could not be reached. */
  signOutUrl: string;
};

/** The stand-ins' paths (sandbox/partner-kit/paths.ts); a real partner's URL comes from env. */
const DEFAULT_BACKCHANNEL_PATH = "/deconnexion/canal-arriere";
const SIGN_OUT_PATH = "/deconnexion";

export function logoutPartners(): LogoutPartner[] {
  const config = env();
  return [
    {
      partner: "via-trajectoire",
      clientId: config.VIA_TRAJECTOIRE_CLIENT_ID,
      backchannelLogoutUrl: config.VIA_TRAJECTOIRE_BACKCHANNEL_LOGOUT_URL ?? `${config.VIA_TRAJECTOIRE_URL}${DEFAULT_BACKCHANNEL_PATH}`,
      signOutUrl: `${config.VIA_TRAJECTOIRE_URL}${SIGN_OUT_PATH}`,
    },
    {
      partner: "mdph-en-ligne",
      clientId: config.MDPH_EN_LIGNE_CLIENT_ID,
      backchannelLogoutUrl: config.MDPH_EN_LIGNE_BACKCHANNEL_LOGOUT_URL ?? `${config.MDPH_EN_LIGNE_URL}${DEFAULT_BACKCHANNEL_PATH}`,
      signOutUrl: `${config.MDPH_EN_LIGNE_URL}${SIGN_OUT_PATH}`,
    },
  ];
}

/** Short: the person waits on the sign-out button while the partners answer (in parallel). */
export const BACKCHANNEL_TIMEOUT_MS = 3_000;

export type SingleLogoutInput = {
  sid: string;
  issuer: string;
  key: LogoutSigningKey;
  partners: readonly LogoutPartner[];
  now: Date;
  /** For the log line only: the portal session id, never a name. */
  sessionId: string;
  fetch?: typeof fetch;
};

/**
 * Sends one logout token to every partner, in parallel, and reports which
 * closed their sessions. Every partner is told, not only those reached through
 * « Continuer sur … »: the person may have opened one from an e-mail or an offer
 * page, and a partner without a session for this sid just answers 200.
 */
export async function notifyPartners(input: SingleLogoutInput): Promise<Record<string, PartnerLogoutOutcome>> {
  const results = await Promise.all(
    input.partners.map(async (partner): Promise<[string, PartnerLogoutOutcome]> => {
      try {
        const token = await signLogoutToken(input.key, { issuer: input.issuer, audience: partner.clientId, sid: input.sid, now: input.now });
        await httpRequest(partner.backchannelLogoutUrl, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ logout_token: token }).toString(),
          timeoutMs: BACKCHANNEL_TIMEOUT_MS,
          fetch: input.fetch,
        });
        logger.info("Back-channel logout delivered", { partner: partner.partner, sessionId: input.sessionId });
        return [partner.partner, "fermee"];
      } catch (error) {
        const detail = error instanceof HttpStatusError ? { status: error.status } : error instanceof HttpNetworkError ? { timedOut: error.timedOut } : {};
        logger.warn("Back-channel logout failed; the person is offered the partner's own sign-out", { partner: partner.partner, sessionId: input.sessionId, ...detail, ...errorContext(error) });
        return [partner.partner, "injoignable"];
      }
    }),
  );
  return Object.fromEntries(results);
}

export type LogoutNoticeDependencies = {
  sessions: Pick<SessionService, "saveLogoutOutcome">;
  issuer: string;
  key: () => Promise<LogoutSigningKey>;
  fetch?: typeof fetch;
};

/**
 * Tells `partners` that an ended session is over (back-channel logout) and saves the outcome, so
 * the session is told once. Without the identity provider's sid no partner can match its
 * sessions: every partner visited is then saved as not reached (the signed-out page offers its
 * own sign-out). Used by sign-out and by the expiry sweep.
 */
export async function tellPartnersOfEndedSession(session: EndedSession & { id: string }, partners: readonly LogoutPartner[], { sessions, issuer, key, fetch }: LogoutNoticeDependencies): Promise<void> {
  if (!session.idpSid || partners.length === 0) {
    logger.warn("Session ended: partners not notified (no identity provider sid, or no known partner visited)", { sessionId: session.id });
    await sessions.saveLogoutOutcome(session.id, Object.fromEntries(session.visited.map((partner) => [partner, "injoignable" as const])));
    return;
  }
  const outcome = await notifyPartners({ sid: session.idpSid, issuer, key: await key(), partners, now: new Date(), sessionId: session.id, ...(fetch ? { fetch } : {}) });
  await sessions.saveLogoutOutcome(session.id, outcome);
}

export type ExpirySweepDependencies = LogoutNoticeDependencies & {
  sessions: Pick<SessionService, "sweepExpired" | "saveLogoutOutcome">;
  partners: readonly LogoutPartner[];
};

/**
 * Ends the sessions past their idle time or lifetime and tells the partners each was handed over
 * to, so a partner session left open on a shared computer closes with the portal's.
 */
export async function tellPartnersOfExpiredSessions(dependencies: ExpirySweepDependencies): Promise<number> {
  const expired = await dependencies.sessions.sweepExpired();
  for (const session of expired) {
    await tellPartnersOfEndedSession(session, dependencies.partners.filter((partner) => session.visited.includes(partner.partner)), dependencies);
  }
  if (expired.length > 0) logger.info("Partners told of expired sessions", { sessions: expired.length });
  return expired.length;
}
