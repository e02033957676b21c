import { CostForm } from "@/components/costs/CostForm";
import { EhpadCostResult } from "@/components/costs/CostResult";
import type { EhpadEstimateView, KnownPrices } from "@/lib/costs";

export const OFFER_COST_ANCHOR = "cout";

export type OfferCostBlockProps = {
  view: EhpadEstimateView;
  known: KnownPrices;
  /** The offer page's path; the form comes back to it. */
  path: string;
  /** The page's other parameters (search, comparison), kept by the form. */
  hidden: ReadonlyArray<readonly [string, string]>;
};

/** "Combien cela va-t-il vous coûter ?" on an EHPAD's page: the person's figures, the offer's prices, the estimate. */
export function OfferCostBlock({ view, known, path, hidden }: OfferCostBlockProps) {
  const { parsed, estimate } = view;
  const values = parsed.values;
  const errors = parsed.status === "invalid" ? parsed.errors : {};
  return (
    <section aria-labelledby={`${OFFER_COST_ANCHOR}-titre`} id={OFFER_COST_ANCHOR} className="fr-mt-4w">
      <h2 id={`${OFFER_COST_ANCHOR}-titre`}>Combien cela va-t-il vous coûter ?</h2>
      <p>
        Indiquez votre GIR et vos ressources : nous estimons ce qui resterait à payer chaque mois dans cet établissement, après l&apos;APA et l&apos;aide au logement.
        Nous utilisons les prix publiés par la CNSA ; quand un prix manque, le formulaire vous le demande. Rien n&apos;est enregistré.
      </p>
      <CostForm
        kind="ehpad"
        action={`${path}#${OFFER_COST_ANCHOR}`}
        idPrefix="cout"
        values={values}
        errors={errors}
        hidden={hidden}
        missingPrices={{ hebergement: known.hebergement === null, dependance: known.tarifGir12 === null || known.tarifGir34 === null, dependance56: known.tarifGir56 === null }}
        submitLabel="Estimer le reste à payer"
      />
      {estimate ? <EhpadCostResult estimate={estimate} headingId={`${OFFER_COST_ANCHOR}-resultat`} /> : null}
    </section>
  );
}
