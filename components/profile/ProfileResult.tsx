import { Alert } from "@codegouvfr/react-dsfr/Alert";

export type ProfileResultProps = { result: string | undefined };

const messages: Record<string, { severity: "success" | "info" | "error"; title: string; description: string }> = {
  enregistre: { severity: "success", title: "Votre profil est enregistré", description: "Vos demandes préparées depuis le portail seront remplies avec ces informations." },
  efface: { severity: "info", title: "Vos informations sont effacées", description: "Le portail ne garde plus que votre identité FranceConnect." },
  indisponible: { severity: "error", title: "Le service est momentanément indisponible", description: "Rien n'a changé. Réessayez dans quelques minutes." },
};

/** The message after a save or an erasure (`?resultat=`); an unknown value shows nothing. */
export function ProfileResult({ result }: ProfileResultProps) {
  const message = result ? messages[result] : undefined;
  if (!message) return null;
  return <Alert severity={message.severity} title={message.title} description={message.description} className="fr-mb-4w" />;
}
