import { formatDuration } from "@/lib/format/durations";

// The durations and lists the privacy notice states, computed from the constants
// and settings the code actually uses, so the notice cannot drift from them.
// Pure: the page passes the values in (see `portalPrivacySources`).

export type PrivacySources = {
  /** SESSION_IDLE_MINUTES and SESSION_MAX_HOURS (lib/sessions, lib/env). */
  session: { idleMinutes: number; maxHours: number };
  /** INVITATION_VALIDITY_DAYS (lib/mandates). */
  invitationValidityDays: number;
  /** INVITATION_FLASH_MAX_AGE_SECONDS (lib/mandates): the new code is shown once. */
  invitationFlashSeconds: number;
  /** SIGNED_OUT_SUMMARY_MS (lib/sessions): the signed-out page's summary. */
  signedOutSummaryMs: number;
  /** ENDED_SESSION_RETENTION_DAYS (lib/sessions): ended session records are then deleted. */
  endedSessionRetentionDays: number;
  /** READING_VERSION_MAX_AGE_SECONDS (lib/preferences). */
  readingVersionMaxAgeSeconds: number;
  /** FRANCECONNECT_SCOPES (lib/env): what the portal asks FranceConnect for. */
  franceConnectScopes: string;
};

export type PrivacyDurations = {
  sessionIdle: string;
  sessionMax: string;
  invitationCode: string;
  invitationFlash: string;
  signedOutSummary: string;
  endedSessionRecords: string;
  readingVersion: string;
};

export function privacyDurations(sources: PrivacySources): PrivacyDurations {
  return {
    sessionIdle: formatDuration(sources.session.idleMinutes * 60),
    sessionMax: formatDuration(sources.session.maxHours * 60 * 60),
    invitationCode: formatDuration(sources.invitationValidityDays * 24 * 60 * 60),
    invitationFlash: formatDuration(sources.invitationFlashSeconds),
    signedOutSummary: formatDuration(Math.round(sources.signedOutSummaryMs / 1000)),
    endedSessionRecords: formatDuration(sources.endedSessionRetentionDays * 24 * 60 * 60),
    readingVersion: formatDuration(sources.readingVersionMaxAgeSeconds),
  };
}

/** French names of the FranceConnect v2 identity claims (scopes of the same name). */
const IDENTITY_SCOPE_LABELS: Readonly<Record<string, string>> = {
  given_name: "prénoms",
  family_name: "nom de naissance",
  preferred_username: "nom d'usage",
  birthdate: "date de naissance",
  birthplace: "lieu de naissance",
  birthcountry: "pays de naissance",
  gender: "sexe",
  email: "adresse électronique",
};

/**
 * What the portal asks FranceConnect for, in French, in the order of the setting. `openid` is the
 * protocol itself; a scope without a French name is shown as it is rather than hidden.
 */
export function requestedIdentityData(scopes: string): string[] {
  return [...new Set(scopes.split(/\s+/).filter((scope) => scope !== "" && scope !== "openid"))].map((scope) => IDENTITY_SCOPE_LABELS[scope] ?? scope);
}
