/** Refusals of the form frame itself (not of a mandate rule), in French. */
export const formMessages = {
  origine: "Le formulaire n'a pas été envoyé depuis ce site : rien n'a été modifié. Recommencez depuis cette page.",
  session: "Votre session a expiré : connectez-vous, puis recommencez.",
  indisponible: "Le service est momentanément indisponible : rien n'a été modifié. Réessayez dans quelques minutes.",
} as const;
