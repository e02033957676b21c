// Pure rules of a portal session's life: when it has ended, and when its
// lastSeenAt is worth a write. Only pure imports, so tests and pages share them.

import { formatDuration } from "@/lib/format/durations";

export type SessionEndReason = "deconnexion" | "inactivite" | "duree-maximale";

export type SessionTimes = { createdAt: Date; lastSeenAt: Date; endedAt: Date | null; endReason: string | null };

export type SessionLimits = { idleMinutes: number; maxHours: number };

export type SessionVerdict = { active: true; touch: boolean } | { active: false; reason: SessionEndReason; alreadyEnded: boolean };

/** lastSeenAt is written at most this often: one write a minute per person, not one per page. */
export const TOUCH_INTERVAL_MS = 60_000;

const REASONS: readonly SessionEndReason[] = ["deconnexion", "inactivite", "duree-maximale"];

/** A stored end reason; an unknown value reads as a sign-out, the safe wording. */
export function endReasonOf(value: string | null): SessionEndReason {
  return REASONS.find((reason) => reason === value) ?? "deconnexion";
}

/** Ended (and why), or active (and whether lastSeenAt should be refreshed). */
export function judgeSession(session: SessionTimes, now: Date, limits: SessionLimits): SessionVerdict {
  if (session.endedAt) return { active: false, reason: endReasonOf(session.endReason), alreadyEnded: true };
  const at = now.getTime();
  // The absolute lifetime wins: an always-active session still ends after SESSION_MAX_HOURS.
  if (at - session.createdAt.getTime() >= limits.maxHours * 3_600_000) return { active: false, reason: "duree-maximale", alreadyEnded: false };
  if (at - session.lastSeenAt.getTime() >= limits.idleMinutes * 60_000) return { active: false, reason: "inactivite", alreadyEnded: false };
  return { active: true, touch: at - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS };
}

// The same words as the privacy notice, which states these limits too.
const duration = (minutes: number) => formatDuration(minutes * 60);

/** What the sign-in page tells the person whose session has ended. */
export function endedSessionMessage(reason: SessionEndReason, limits: SessionLimits): { title: string; description: string } {
  switch (reason) {
    case "inactivite":
      return {
        title: "Votre session a expiré",
        description: `Votre session a expiré après ${duration(limits.idleMinutes)} sans activité, pour protéger vos informations. Reconnectez-vous pour continuer.`,
      };
    case "duree-maximale":
      return {
        title: "Votre session a expiré",
        description: `Pour votre sécurité, une session dure au plus ${duration(limits.maxHours * 60)}. Reconnectez-vous pour continuer.`,
      };
    case "deconnexion":
      return {
        title: "Vous avez été déconnecté",
        description: "Cette session a été fermée. Reconnectez-vous pour continuer.",
      };
  }
}
