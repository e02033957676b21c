import { Alert } from "@codegouvfr/react-dsfr/Alert";

export type ApplicationAlertProps = { message: { severity: "error" | "success" | "warning" | "info"; title: string; description: string } | null };

/** The outcome of the last form post of « Demander une place » / « Faire une demande à la MDPH ». */
export function ApplicationAlert({ message }: ApplicationAlertProps) {
  if (!message) return null;
  return <Alert as="h2" severity={message.severity} title={message.title} description={message.description} small={false} className="fr-mb-4w" />;
}
