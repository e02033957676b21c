import type { ReactNode } from "react";

export type ProcessingProps = {
  title: string;
  data: ReactNode;
  why: ReactNode;
  recipients: ReactNode;
  retention: ReactNode;
  legalBasis: ReactNode;
};

/**
 * One processing of the notice, always with the same five answers (RGPD art. 13), so that
 * none can be forgotten and a reader finds them at the same place in every section.
 */
export function Processing({ title, data, why, recipients, retention, legalBasis }: ProcessingProps) {
  return (
    <>
      <h3>{title}</h3>
      <ul className="fr-mb-4w">
        <li>
          <strong>Données&nbsp;:</strong> {data}
        </li>
        <li>
          <strong>Pourquoi&nbsp;:</strong> {why}
        </li>
        <li>
          <strong>Qui les voit ou les reçoit&nbsp;:</strong> {recipients}
        </li>
        <li>
          <strong>Combien de temps&nbsp;:</strong> {retention}
        </li>
        <li>
          <strong>Base légale&nbsp;:</strong> {legalBasis}
        </li>
      </ul>
    </>
  );
}
