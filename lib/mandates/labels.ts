import type { MandateScope, MandateState } from "./service";

/** What each scope lets the aidant do, in the mandator's words. */
export const scopeLabels: Record<MandateScope, string> = {
  "voir-demarches": "Voir mes démarches",
  "recevoir-notifications": "Recevoir les notifications",
};

/** Same, in the aidant's words (third person). */
export const scopeLabelsForAidant: Record<MandateScope, string> = {
  "voir-demarches": "Voir ses démarches",
  "recevoir-notifications": "Recevoir ses notifications",
};

export const stateLabels: Record<MandateState, { label: string; severity: "info" | "success" | "error" | "warning" | "new" }> = {
  "en-attente": { label: "Invitation en attente", severity: "info" },
  active: { label: "Accès actif", severity: "success" },
  retiree: { label: "Accès retiré", severity: "warning" },
  expiree: { label: "Invitation expirée", severity: "new" },
};

const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });
const dateOnly = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

/** "8 décembre 2026 à 10:00" in French time, whatever the server's time zone. */
export function formatDateTime(date: Date): string {
  return dateTime.format(date);
}

export function formatDate(date: Date): string {
  return dateOnly.format(date);
}
