import type { ReactNode } from "react";

export type ErrorPageProps = {
  title: string;
  code: string;
  lead: string;
  explanation: string;
  actions: ReactNode;
};

/** The DSFR error page layout (404, 500…). */
export function ErrorPage({ title, code, lead, explanation, actions }: ErrorPageProps) {
  return (
    <div className="fr-container">
      <div className="fr-my-7w fr-mt-md-12w fr-mb-md-10w fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center">
        <div className="fr-py-0 fr-col-12 fr-col-md-6">
          <h1>{title}</h1>
          <p className="fr-text--sm fr-mb-3w">{code}</p>
          <p className="fr-text--lead fr-mb-3w">{lead}</p>
          <p className="fr-text--sm fr-mb-5w">{explanation}</p>
          {actions}
        </div>
      </div>
    </div>
  );
}
