import type { MesFlow } from "@/lib/mes/plan";

// The words of the Mon espace santé page: each flow in plain words and in
// FALC (one short sentence a line), and the result of each form post.

export type FlowText = { label: string; plain: string; falc: readonly string[] };

export const FLOW_TEXTS: Record<MesFlow, FlowText> = {
  agenda: {
    label: "Ajouter les dates de mes démarches à mon agenda",
    plain:
      "Les dates à retenir de vos démarches s’ajoutent à l’agenda de Mon espace santé : rendez-vous d’évaluation, visite d’admission, date de réponse attendue de la MDPH (au plus tard 4 mois après le dépôt). Quand le partenaire change une date, elle change aussi dans votre agenda ; quand elle ne tient plus, elle est annulée.",
    falc: ["Le portail écrit les dates de vos démarches dans votre agenda.", "Par exemple : la date d’un rendez-vous.", "Si la date change, le portail change aussi la date dans votre agenda."],
  },
  documents: {
    label: "Déposer les décisions dans mes documents",
    plain:
      "Chaque décision qui vous concerne (décision de la CDAPH, admission acceptée ou refusée par un établissement) est déposée dans vos documents de Mon espace santé, dans un fichier PDF préparé par le portail : la décision, ses dates et ce que vous pouvez faire ensuite.",
    falc: ["Le portail met vos décisions dans vos documents.", "Par exemple : la réponse à votre demande d’aide.", "Le document dit ce que vous pouvez faire après la décision."],
  },
};

export type MesResult = { severity: "success" | "info" | "error"; title: string; description?: string };

const RESULTS: Record<string, MesResult> = {
  connecte: { severity: "success", title: "Votre compte est relié à Mon espace santé", description: "Les informations que vous avez choisies y seront envoyées." },
  "choix-enregistres": { severity: "success", title: "Vos choix sont enregistrés", description: "Ce que vous ne partagez plus n’est plus envoyé à partir de maintenant." },
  relance: { severity: "success", title: "L’envoi est relancé", description: "Le portail envoie à nouveau ce qui n’avait pas pu partir. Son état s’affiche ci-dessous." },
  "rien-a-relancer": { severity: "info", title: "Rien à envoyer à nouveau", description: "Tout ce qui devait partir est déjà envoyé ou en attente." },
  deconnecte: { severity: "success", title: "Votre compte n’est plus relié à Mon espace santé", description: "Plus rien n’y est envoyé. Ce qui a déjà été envoyé reste dans Mon espace santé." },
};

const ERRORS: Record<string, MesResult> = {
  refus: { severity: "info", title: "Rien n’a été partagé", description: "Vous n’avez pas donné votre accord dans Mon espace santé." },
  "etat-inconnu": { severity: "error", title: "Le lien avec Mon espace santé n’a pas abouti", description: "La demande a expiré ou a déjà été utilisée. Recommencez." },
  indisponible: { severity: "error", title: "Mon espace santé ne répond pas pour le moment", description: "Réessayez dans quelques minutes." },
  "aucun-flux": { severity: "error", title: "Choisissez au moins une information à partager", description: "Cochez l’agenda, les documents, ou les deux." },
  "non-connecte": { severity: "error", title: "Votre compte n’est pas relié à Mon espace santé", description: "Reliez d’abord votre compte." },
  origine: { severity: "error", title: "Ce formulaire ne provient pas du portail", description: "Rien n’a été changé. Recommencez depuis cette page." },
  session: { severity: "error", title: "Votre session a pris fin", description: "Connectez-vous à nouveau pour continuer." },
  "saisie-invalide": { severity: "error", title: "Le formulaire n’a pas pu être lu", description: "Rien n’a été changé. Recommencez." },
};

/** The message of `?resultat=` or `?erreur=`, or null. */
export function mesResultMessage(params: Record<string, string | string[] | undefined>): MesResult | null {
  const pick = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const error = pick(params.erreur);
  if (error) return ERRORS[error] ?? ERRORS.indisponible ?? null;
  const result = pick(params.resultat);
  return result ? (RESULTS[result] ?? null) : null;
}
