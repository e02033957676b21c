import type { MandateScope, MandateState } from "./service";

/** What each scope lets the aidant do, in the mandator's words. */
export const scopeLabels: Record<MandateScope, string> = {
  "voir-demarches": "Voir mes démarches",
  "recevoir-notifications": "Recevoir les notifications",
  "preparer-demandes": "Préparer mes demandes",
};

/** Same, in the aidant's words (third person). */
export const scopeLabelsForAidant: Record<MandateScope, string> = {
  "voir-demarches": "Voir ses démarches",
  "recevoir-notifications": "Recevoir ses notifications",
  "preparer-demandes": "Préparer ses demandes",
};

export const stateLabels: Record<MandateState, { label: string; severity: "info" | "success" | "error" | "warning" | "new" }> = {
  "en-attente": { label: "Invitation en attente", severity: "info" },
  active: { label: "Accès actif", severity: "success" },
  retiree: { label: "Accès retiré", severity: "warning" },
  expiree: { label: "Invitation expirée", severity: "new" },
};
