import { Link } from "@/components/Link";
import type { ReactNode } from "react";

import { CostForm } from "@/components/costs/CostForm";
import { EHPAD_COST_TYPES, estimateEhpad, formatEuros, keptParams, knownPricesOf, parametersLabel, personErrors, personFigures, type EhpadCostEstimate } from "@/lib/costs";

type Params = Record<string, string | string[] | undefined>;
type ComparedOffer = { id: string; name: string; typeSlug: string; prixHebergementPermanent: number | null; tarifGir12: number | null; tarifGir34: number | null; tarifGir56: number | null };

export const COMPARE_COST_ANCHOR = "cout";

/** The person's figures as a query string (`?gir=2&ressources=1600`), to open an offer page with its estimate. */
export function figuresQuery(params: Params): string {
  const figures = new URLSearchParams(personFigures(estimateEhpad(params).parsed.values)).toString();
  return figures === "" ? "" : `?${figures}`;
}

/**
 * The comparison's row group "Combien cela va-t-il vous coûter ?": one estimate per EHPAD with the
 * person's figures from the URL; a price the CNSA does not publish is typed on the offer's page.
 */
export function compareCostRows(params: Params): Array<{ label: string; cell: (offer: ComparedOffer) => ReactNode }> {
  const base = estimateEhpad(params);
  // Nothing to show until the person's own figures are there and valid; missing prices are per offer.
  if (base.parsed.status === "empty" || Object.keys(personErrors(base.parsed.status === "invalid" ? base.parsed.errors : {})).length > 0) return [];
  const figures = figuresQuery(params);
  const missing = (offer: ComparedOffer) => (
    <>
      Prix manquant.{" "}
      <Link href={`/offres/${encodeURIComponent(offer.id)}${figures}#${COMPARE_COST_ANCHOR}`}>Indiquez-le sur la fiche de {offer.name}</Link>
    </>
  );
  const cell = (offer: ComparedOffer, show: (estimate: EhpadCostEstimate) => ReactNode) => {
    if (!EHPAD_COST_TYPES.has(offer.typeSlug)) return "Sans objet : ce n'est pas un EHPAD";
    const { estimate } = estimateEhpad(params, knownPricesOf(offer));
    return estimate ? show(estimate) : missing(offer);
  };
  return [
    {
      label: "Reste à payer estimé, par mois",
      cell: (offer) =>
        cell(offer, (estimate) => (
          <>
            <strong>{formatEuros(estimate.remainingMonthly)} par mois</strong>
            <br />
            <Link className="fr-link fr-link--sm" href={`/offres/${encodeURIComponent(offer.id)}${figures}#${COMPARE_COST_ANCHOR}`}>
              Voir le calcul<span className="fr-sr-only"> pour {offer.name}</span>
            </Link>
          </>
        )),
    },
    { label: "APA en établissement estimée, par mois", cell: (offer) => cell(offer, (estimate) => `${formatEuros(estimate.apa.apa)} par mois`) },
    { label: "Réduction d'impôt estimée, par an", cell: (offer) => cell(offer, (estimate) => `${formatEuros(estimate.tax.reduction)} par an`) },
  ];
}

export type CompareCostFormProps = { params: Params };

/** The GET form above the comparison: the person's figures, kept with the selection in the URL. */
export function CompareCostForm({ params }: CompareCostFormProps) {
  const view = estimateEhpad(params);
  // Prices are the establishments' own: only the person's figures are asked here.
  const errors = personErrors(view.parsed.status === "invalid" ? view.parsed.errors : {});
  return (
    <section aria-labelledby={`${COMPARE_COST_ANCHOR}-titre`} id={COMPARE_COST_ANCHOR} className="fr-mb-4w">
      <h2 id={`${COMPARE_COST_ANCHOR}-titre`}>Combien cela va-t-il vous coûter ?</h2>
      <p>
        Indiquez votre GIR et vos ressources : la comparaison montre, pour chaque EHPAD, une estimation de ce qui resterait à payer chaque mois. C&apos;est une
        estimation, pas une décision ({parametersLabel(view.parameters)}).
      </p>
      <CostForm
        kind="ehpad"
        action={`/comparer#${COMPARE_COST_ANCHOR}`}
        idPrefix="comparer-cout"
        values={view.parsed.values}
        errors={errors}
        hidden={keptParams(params)}
        submitLabel="Estimer pour chaque EHPAD"
      />
    </section>
  );
}
