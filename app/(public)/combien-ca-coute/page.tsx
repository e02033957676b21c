import type { Metadata } from "next";
import { Link } from "@/components/Link";

import { CostForm } from "@/components/costs/CostForm";
import { DomicileCostResult, EhpadCostResult } from "@/components/costs/CostResult";
import { CostTabs, type CostTab } from "@/components/costs/CostTabs";
import { PageLayout } from "@/components/PageLayout";
import { COST_ESTIMATE_PATH } from "@/lib/content";
import { estimateDomicile, estimateEhpad } from "@/lib/costs";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({ title: "Combien cela va-t-il me coûter ?", description: "Estimez le reste à payer dans un EHPAD et l'APA à domicile, avec le calcul détaillé et ses sources.", path: "/combien-ca-coute" });

export type CostPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = COST_ESTIMATE_PATH;
const RESULT_ANCHOR = "resultat";

export default async function CostPage({ searchParams }: CostPageProps) {
  const params = await searchParams;
  const tab: CostTab = params.onglet === "domicile" ? "domicile" : "ehpad";
  return (
    <PageLayout
      title="Combien cela va-t-il me coûter ?"
      lead="Estimez ce qui resterait à payer, avec l'allocation personnalisée d'autonomie (APA). Rien n'est enregistré ; l'estimation n'est pas une décision."
    >
      <CostTabs current={tab} path={PATH} />
      {tab === "ehpad" ? <EhpadTab params={params} /> : <DomicileTab params={params} />}
    </PageLayout>
  );
}

function EhpadTab({ params }: { params: Record<string, string | string[] | undefined> }) {
  const view = estimateEhpad(params);
  return (
    <section aria-labelledby="ehpad-titre">
      <h2 id="ehpad-titre">Dans un EHPAD</h2>
      <p>
        Le prix d&apos;un EHPAD additionne l&apos;hébergement et un tarif dépendance qui dépend du GIR. Pour un établissement précis, utilisez plutôt sa fiche : elle
        connaît ses prix. <Link href="/recherche?groupe=en-etablissement">Trouver un EHPAD</Link>
      </p>
      <CostForm
        kind="ehpad"
        action={`${PATH}#${RESULT_ANCHOR}`}
        idPrefix="ehpad"
        values={view.parsed.values}
        errors={view.parsed.status === "invalid" ? view.parsed.errors : {}}
        hidden={[["onglet", "ehpad"]]}
        missingPrices={{ hebergement: true, dependance: true, dependance56: true }}
        submitLabel="Estimer le reste à payer"
      />
      <div id={RESULT_ANCHOR} className="fr-mt-4w">
        {view.estimate ? <EhpadCostResult estimate={view.estimate} headingId="ehpad-resultat" /> : null}
      </div>
    </section>
  );
}

function DomicileTab({ params }: { params: Record<string, string | string[] | undefined> }) {
  const view = estimateDomicile(params);
  return (
    <section aria-labelledby="domicile-titre">
      <h2 id="domicile-titre">À domicile</h2>
      <p>
        À domicile, le département propose un plan d&apos;aide (aide à domicile, accueil de jour, aides techniques). L&apos;APA en paie une partie ; votre participation
        dépend de vos ressources.
      </p>
      <CostForm
        kind="domicile"
        action={`${PATH}#${RESULT_ANCHOR}`}
        idPrefix="domicile"
        values={view.parsed.values}
        errors={view.parsed.status === "invalid" ? view.parsed.errors : {}}
        hidden={[["onglet", "domicile"]]}
        submitLabel="Estimer l'APA à domicile"
      />
      <div id={RESULT_ANCHOR} className="fr-mt-4w">
        {view.result && view.parsed.status === "complete" ? (
          <DomicileCostResult result={view.result} input={view.parsed.input} parameters={view.parameters} headingId="domicile-resultat" />
        ) : null}
      </div>
    </section>
  );
}
