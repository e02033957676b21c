import { Alert } from "@codegouvfr/react-dsfr/Alert";

import type { ResultMessage } from "@/lib/mandates/result-messages";

export type ResultAlertProps = { message: ResultMessage | null };

/** The outcome of the last form post, announced to screen readers (role="alert" on errors). */
export function ResultAlert({ message }: ResultAlertProps) {
  if (!message) return null;
  return (
    <div role={message.severity === "error" ? "alert" : "status"} className="fr-mb-4w">
      <Alert severity={message.severity} title={message.title} description={message.description} small={false} />
    </div>
  );
}
