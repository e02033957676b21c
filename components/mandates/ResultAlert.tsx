import { Alert } from "@codegouvfr/react-dsfr/Alert";

import type { ResultMessage } from "@/lib/mandates/client";

export type ResultAlertProps = { message: ResultMessage | null };

/** The outcome of the last form post (the DSFR alert is role="status" on success, "alert" on error). */
export function ResultAlert({ message }: ResultAlertProps) {
  if (!message) return null;
  return <Alert as="h2" severity={message.severity} title={message.title} description={message.description} small={false} className="fr-mb-4w" />;
}
