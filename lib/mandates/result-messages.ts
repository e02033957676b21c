import { isMandateErrorCode, mandateErrorMessages } from "./errors";
import { formMessages } from "./form-posts-messages";

export type ResultMessage = { severity: "success" | "error"; title: string; description: string };

const successes: Record<string, { title: string; description: string }> = {
  "invitation-creee": { title: "Invitation créée", description: "Donnez le code ci-dessous à votre aidant." },
  "acces-retire": { title: "Accès retiré", description: "Cette personne ne peut plus consulter vos démarches, dès maintenant." },
  "aide-arretee": { title: "Vous n'aidez plus cette personne", description: "Vous ne pouvez plus consulter ses démarches ni recevoir ses notifications." },
  acceptee: { title: "Invitation acceptée", description: "Vous pouvez maintenant suivre ses démarches." },
};

/**
 * The message to show after a form was posted, from the `resultat` or `erreur`
 * query parameter; unknown values show nothing (the URL can be typed by hand).
 */
export function resultMessage(params: { resultat?: string | string[]; erreur?: string | string[] }): ResultMessage | null {
  const error = typeof params.erreur === "string" ? params.erreur : undefined;
  if (error && isMandateErrorCode(error)) return { severity: "error", title: "Action impossible", description: mandateErrorMessages[error] };
  if (error && Object.hasOwn(formMessages, error)) return { severity: "error", title: "Action impossible", description: formMessages[error as keyof typeof formMessages] };
  const result = typeof params.resultat === "string" ? params.resultat : undefined;
  if (result && Object.hasOwn(successes, result)) return { severity: "success", ...(successes[result] as { title: string; description: string }) };
  return null;
}
