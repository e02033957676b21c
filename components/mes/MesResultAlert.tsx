import { Alert } from "@codegouvfr/react-dsfr/Alert";

import type { MesResult } from "./texts";

export type MesResultAlertProps = { message: MesResult | null };

/** The outcome of the last form post or of the return from Mon espace santé. */
export function MesResultAlert({ message }: MesResultAlertProps) {
  if (!message) return null;
  return <Alert as="h2" severity={message.severity} title={message.title} description={message.description} small={false} className="fr-mb-4w" />;
}
