import { Link } from "@/components/Link";

import { DataTable } from "@/components/DataTable";
import { contentPagePath } from "@/lib/content";
import {
  COST_FALC_EXPLAINS,
  costSources,
  domicileFalcLines,
  domicileSteps,
  ehpadFalcLines,
  ehpadSteps,
  formatEuros,
  parametersLabel,
  taxReductionStep,
  type ApaDomicile,
  type CostParameters,
  type CostStep,
  type DomicileInput,
  type EhpadCostEstimate,
} from "@/lib/costs";

const aid = (slug: string) => contentPagePath({ section: "aides", slug });

const AID_LINKS = {
  etablissement: { href: aid("apa-en-etablissement"), label: "L'APA en établissement" },
  domicile: { href: aid("apa-a-domicile"), label: "L'APA à domicile" },
  ash: { href: aid("aide-sociale-hebergement"), label: "L'aide sociale à l'hébergement (ASH), si vos ressources ne suffisent pas" },
  logement: { href: aid("aides-au-logement"), label: "Les aides au logement (APL, ALS)" },
} as const;

function Steps({ steps, caption }: { steps: CostStep[]; caption: string }) {
  return (
    <DataTable
      multiline
      // At 375 px a scrolling table would need its own keyboard stop (axe: scrollable-region-focusable); the steps wrap instead.
      noScroll
      caption={caption}
      columns={["Étape", "Montant", "Comment"]}
      rows={steps.map((step) => ({ key: step.label, header: step.label, cells: [step.amount, step.how] }))}
    />
  );
}

function Falc({ lines }: { lines: string[] }) {
  return (
    <details className="fr-mt-2w">
      <summary>Version facile à lire</summary>
      <dl className="portal-facts fr-mt-1w">
        {Object.entries(COST_FALC_EXPLAINS).map(([word, explanation]) => (
          <div key={word}>
            <dt>{word}</dt>
            <dd>{explanation}</dd>
          </div>
        ))}
      </dl>
      <ul className="portal-falc__lines">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

function Footer({ parameters, links }: { parameters: CostParameters; links: ReadonlyArray<{ href: string; label: string }> }) {
  return (
    <>
      <p className="fr-text--sm fr-mt-2w">
        Estimation, pas une décision : le département fixe l&apos;APA, la CAF ou la MSA fixe l&apos;aide au logement. Calcul fait avec les {parametersLabel(parameters)}.
      </p>
      <p className="fr-mb-1w">Pour aller plus loin :</p>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
      <details>
        <summary>Sources des chiffres</summary>
        <ul className="fr-text--sm">
          {costSources(parameters).map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </details>
    </>
  );
}

export type EhpadCostResultProps = { estimate: EhpadCostEstimate; headingId: string };

/** The remaining cost of an EHPAD stay: the figure first, every step of the computation, the tax reduction apart. */
export function EhpadCostResult({ estimate, headingId }: EhpadCostResultProps) {
  const tax = taxReductionStep(estimate);
  return (
    <div className="portal-cost-result" aria-labelledby={headingId} role="region">
      <div className="fr-callout">
        <h3 className="fr-callout__title" id={headingId}>
          Reste à payer estimé : {formatEuros(estimate.remainingMonthly)} par mois
        </h3>
        <p className="fr-callout__text">
          C&apos;est une estimation, pas une décision. APA estimée : {formatEuros(estimate.apa.apa)} par mois. Réduction d&apos;impôt possible, à part : {tax.amount}.
        </p>
      </div>
      <Steps steps={ehpadSteps(estimate)} caption="Le calcul, étape par étape" />
      <h4 className="fr-h6">{tax.label} : {tax.amount}</h4>
      <p>{tax.how}</p>
      <Falc lines={ehpadFalcLines(estimate)} />
      <Footer parameters={estimate.parameters} links={[AID_LINKS.etablissement, AID_LINKS.ash, AID_LINKS.logement]} />
    </div>
  );
}

export type DomicileCostResultProps = { result: ApaDomicile; input: DomicileInput; parameters: CostParameters; headingId: string };

export function DomicileCostResult({ result, input, parameters, headingId }: DomicileCostResultProps) {
  return (
    <div className="portal-cost-result" aria-labelledby={headingId} role="region">
      <div className="fr-callout">
        <h3 className="fr-callout__title" id={headingId}>
          APA à domicile estimée : {formatEuros(result.apa)} par mois
        </h3>
        <p className="fr-callout__text">
          C&apos;est une estimation, pas une décision. Vous paieriez {formatEuros(result.personPays)} par mois pour ce plan d&apos;aide.
        </p>
      </div>
      <Steps steps={domicileSteps(result, input, parameters)} caption="Le calcul, étape par étape" />
      <Falc lines={domicileFalcLines(result)} />
      <Footer parameters={parameters} links={[AID_LINKS.domicile, AID_LINKS.logement]} />
    </div>
  );
}
