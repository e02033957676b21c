import { env } from "@/lib/env";
import { INVITATION_FLASH_MAX_AGE_SECONDS, INVITATION_VALIDITY_DAYS } from "@/lib/mandates";
import { READING_VERSION_MAX_AGE_SECONDS } from "@/lib/preferences/reading-version";
import { ENDED_SESSION_RETENTION_DAYS, sessionLimits, SIGNED_OUT_SUMMARY_MS } from "@/lib/sessions";

import type { PrivacySources } from "./privacy-facts";

/** The values this deployment really uses (constants, and settings read at request time). */
export function portalPrivacySources(): PrivacySources {
  return {
    session: sessionLimits(),
    invitationValidityDays: INVITATION_VALIDITY_DAYS,
    invitationFlashSeconds: INVITATION_FLASH_MAX_AGE_SECONDS,
    signedOutSummaryMs: SIGNED_OUT_SUMMARY_MS,
    endedSessionRetentionDays: ENDED_SESSION_RETENTION_DAYS,
    readingVersionMaxAgeSeconds: READING_VERSION_MAX_AGE_SECONDS,
    franceConnectScopes: env().FRANCECONNECT_SCOPES,
  };
}
