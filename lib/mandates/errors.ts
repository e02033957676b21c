/** Refusal to show someone else's data: no active mandate with the scope asked for. */
export class MandateAccessDeniedError extends Error {
  override name = "MandateAccessDeniedError";
  constructor(message = "No active mandate for this person and scope") {
    super(message);
  }
}

export type MandateErrorCode =
  | "saisie-invalide"
  | "code-invalide"
  | "code-inconnu"
  | "code-expire"
  | "code-deja-utilise"
  | "invitation-retiree"
  | "propre-invitation"
  | "deja-aidant"
  | "trop-d-invitations"
  | "mandat-introuvable";

/** French messages shown to the person, one per refusal (vouvoiement). */
export const mandateErrorMessages: Record<MandateErrorCode, string> = {
  "saisie-invalide": "Vérifiez le formulaire : indiquez le nom de votre aidant et cochez au moins une autorisation.",
  "code-invalide": "Ce code n'a pas le bon format. Un code compte 10 lettres et chiffres, par exemple ABCDE-23456.",
  "code-inconnu": "Ce code ne correspond à aucune invitation. Vérifiez-le, ou demandez un nouveau code à la personne que vous aidez.",
  "code-expire": "Ce code a expiré : il était valable 7 jours. Demandez un nouveau code à la personne que vous aidez.",
  "code-deja-utilise": "Ce code a déjà été utilisé. Chaque code ne sert qu'une fois : demandez un nouveau code à la personne que vous aidez.",
  "invitation-retiree": "Cette invitation a été annulée par la personne qui l'avait créée.",
  "propre-invitation": "Ce code est une invitation que vous avez créée vous-même : donnez-le à votre aidant pour qu'il l'utilise.",
  "deja-aidant": "Vous êtes déjà l'aidant de cette personne : vous pouvez déjà consulter ses démarches.",
  "trop-d-invitations": "Vous avez déjà 10 invitations en attente. Annulez celles qui ne servent plus avant d'en créer une autre.",
  "mandat-introuvable": "Cet accès n'existe pas ou a déjà été retiré.",
};

export class MandateError extends Error {
  override name = "MandateError";
  constructor(readonly code: MandateErrorCode) {
    super(`Mandate operation refused: ${code}`);
  }

  get frenchMessage(): string {
    return mandateErrorMessages[this.code];
  }
}

export function isMandateErrorCode(value: unknown): value is MandateErrorCode {
  return typeof value === "string" && Object.hasOwn(mandateErrorMessages, value);
}
