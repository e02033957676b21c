import type { ReactNode } from "react";

import { Breadcrumb } from "./Breadcrumb";

export type PageLayoutProps = {
  title: string;
  /** Parent pages between "Accueil" and the current page. */
  parents?: Array<{ label: string; href: string }>;
  lead?: ReactNode;
  children: ReactNode;
};

/** Container, breadcrumb and the page's single h1. */
export function PageLayout({ title, parents = [], lead, children }: PageLayoutProps) {
  return (
    <div className="fr-container fr-mb-8w">
      <Breadcrumb currentPageLabel={title} segments={parents} />
      <h1>{title}</h1>
      {lead ? <p className="fr-text--lead">{lead}</p> : null}
      {children}
    </div>
  );
}
