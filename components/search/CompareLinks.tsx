import Link from "next/link";

import { MAX_COMPARED } from "@/lib/search/search-options";

export type CompareToggleProps = {
  offerId: string;
  offerName: string;
  selection: readonly string[];
  /** Builds the URL of the current page with another comparison selection. */
  hrefWith: (selection: string[]) => string;
};

/** "Ajouter à la comparaison" as a link: the selection lives in the URL, so it works without JavaScript. */
export function CompareToggle({ offerId, offerName, selection, hrefWith }: CompareToggleProps) {
  if (selection.includes(offerId)) {
    return (
      <Link className="fr-link fr-icon-close-line fr-link--icon-left" prefetch={false} href={hrefWith(selection.filter((id) => id !== offerId))} title={`Retirer ${offerName} de la comparaison`}>
        Retirer de la comparaison
      </Link>
    );
  }
  if (selection.length >= MAX_COMPARED) {
    return <span className="fr-text--sm">Comparaison complète ({MAX_COMPARED} solutions)</span>;
  }
  return (
    <Link className="fr-link fr-icon-add-line fr-link--icon-left" prefetch={false} href={hrefWith([...selection, offerId])} title={`Ajouter ${offerName} à la comparaison`}>
      Ajouter à la comparaison
    </Link>
  );
}

export function compareHref(selection: readonly string[], back?: string): string {
  const params = new URLSearchParams();
  for (const id of selection) params.append("offres", id);
  if (back) params.set("retour", back);
  return `/comparer?${params.toString()}`;
}

export type CompareBarProps = { selection: readonly string[]; back: string };

export function CompareBar({ selection, back }: CompareBarProps) {
  if (selection.length === 0) return null;
  return (
    <div className="fr-notice fr-notice--info fr-mb-3w">
      <div className="fr-container">
        <div className="fr-notice__body">
          <p className="fr-notice__title">
            {selection.length} solution{selection.length > 1 ? "s" : ""} sélectionnée{selection.length > 1 ? "s" : ""} pour la comparaison.{" "}
            <Link href={compareHref(selection, back)}>Comparer{selection.length < 2 ? " (ajoutez une autre solution)" : ""}</Link>
          </p>
        </div>
      </div>
    </div>
  );
}
