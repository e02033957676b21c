import { DAYS_PER_MONTH } from "@/lib/offers/prices";
import { explainAbbreviations, type FalcDocument } from "@/lib/falc";

import { apaDomicile, type ApaDomicile } from "./apa";
import { ehpadRemainingCost, type EhpadCostEstimate } from "./ehpad";
import { parametersAt, RATIOS, type CostParameters } from "./parameters";

/** One line of "how we computed it": what, the amount, and the computation in plain words. */
export type CostStep = { label: string; amount: string; how: string };

const eurosCents = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const eurosRound = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 3 });
const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 1 });

/** 2 326,88 € — amounts of a computation keep their cents so each step can be checked by hand. */
export const formatEuros = (value: number) => eurosCents.format(value);
/** 2 327 € — the FALC text rounds to the euro. */
export const formatRoundEuros = (value: number) => eurosRound.format(value);
const days = decimal.format(Math.round(DAYS_PER_MONTH * 100) / 100);

const gir56 = "GIR 5-6";
const girLabel = (gir: number) => (gir <= 2 ? "GIR 1-2" : gir <= 4 ? "GIR 3-4" : gir56);

const longDate = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day))).replace(/^1 /, "1er ");
};

/** « valeurs en vigueur depuis le 1er avril 2025 », and a warning when a later revaluation is missing from the table. */
export function parametersLabel(parameters: CostParameters): string {
  const label = `valeurs en vigueur depuis le ${longDate(parameters.appliesFrom)}`;
  if (!parameters.missingMtpRevaluation) return label;
  return `${label} ; la revalorisation du ${longDate(parameters.missingMtpRevaluation)} n'est pas encore prise en compte, les montants peuvent légèrement différer`;
}

function resourcesStep(monthlyResources: number, couple: boolean, divisor: number, considered: number): CostStep {
  return {
    label: "Ressources prises en compte",
    amount: `${formatEuros(considered)} par mois`,
    how: couple ? `Ressources du couple, ${formatEuros(monthlyResources)}, divisées par ${decimal.format(divisor)}.` : "Vos ressources par mois, telles que vous les avez indiquées.",
  };
}

export function ehpadSteps(estimate: EhpadCostEstimate): CostStep[] {
  const { input, apa, parameters } = estimate;
  const mtp = formatEuros(parameters.mtp.value);
  const steps: CostStep[] = [
    {
      label: "Hébergement",
      amount: `${formatEuros(estimate.hebergementMonthly)} par mois`,
      how: `${formatEuros(input.hebergementDaily)} par jour × ${days} jours (un mois moyen : 365 jours ÷ 12).`,
    },
    {
      label: `Tarif dépendance ${girLabel(input.gir)}`,
      amount: `${formatEuros(estimate.dependanceMonthly)} par mois`,
      how: `${formatEuros(input.dependanceDaily)} par jour × ${days} jours.`,
    },
    resourcesStep(input.monthlyResources, input.couple, RATIOS.etablissement.coupleDivisor.value, apa.consideredResources),
  ];
  const lower = `${formatEuros(apa.lowerThreshold)} (2,21 fois la majoration pour tierce personne, ${mtp})`;
  const upper = `${formatEuros(apa.upperThreshold)} (3,4 fois)`;
  const participationHow = !apa.eligible
    ? `En GIR 5 ou 6, l'APA n'est pas due : vous payez le tarif dépendance ${gir56}.`
    : apa.bracket === "low"
      ? `Vos ressources ne dépassent pas ${lower} : vous payez seulement le tarif ${gir56}, ${formatEuros(estimate.dependanceGir56Monthly)} par mois.`
      : apa.bracket === "middle"
        ? `Vos ressources sont entre ${lower} et ${upper} : vous payez le tarif ${gir56} (${formatEuros(estimate.dependanceGir56Monthly)}) plus ${percent.format((0.8 * (apa.consideredResources - apa.lowerThreshold)) / (apa.upperThreshold - apa.lowerThreshold))} de l'écart avec le tarif de votre GIR.`
        : `Vos ressources dépassent ${upper} : vous payez le tarif ${gir56} (${formatEuros(estimate.dependanceGir56Monthly)}) plus 80 % de l'écart avec le tarif de votre GIR.`;
  steps.push({ label: "Votre participation au tarif dépendance", amount: `${formatEuros(apa.participation)} par mois`, how: participationHow });
  steps.push({
    label: "APA en établissement estimée",
    amount: `${formatEuros(apa.apa)} par mois`,
    how: !apa.eligible
      ? "L'APA est réservée aux GIR 1 à 4."
      : apa.apa === 0
        ? `Le calcul donne ${formatEuros(apa.computedApa)} : en dessous de ${formatEuros(apa.notPaidBelow)} (3 fois le SMIC horaire brut), l'APA n'est pas versée.`
        : `Tarif dépendance ${formatEuros(estimate.dependanceMonthly)} − votre participation ${formatEuros(apa.participation)}.`,
  });
  steps.push({
    label: "Aide au logement (APL ou ALS)",
    amount: `${formatEuros(estimate.housingAid)} par mois`,
    how:
      input.housingAid === null
        ? "Vous n'avez pas indiqué d'aide au logement : nous comptons 0 €. Si l'établissement y ouvre droit, demandez une estimation à la CAF ou à la MSA."
        : "Le montant que vous avez indiqué.",
  });
  steps.push({
    label: "Reste à payer chaque mois",
    amount: `${formatEuros(estimate.remainingMonthly)} par mois`,
    how: `${formatEuros(estimate.hebergementMonthly)} + ${formatEuros(estimate.dependanceMonthly)} − ${formatEuros(apa.apa)} d'APA − ${formatEuros(estimate.housingAid)} d'aide au logement.`,
  });
  return steps;
}

export function taxReductionStep(estimate: EhpadCostEstimate): CostStep {
  const { tax } = estimate;
  return {
    label: "Réduction d'impôt, chaque année",
    amount: `${formatEuros(tax.reduction)} par an`,
    how: `25 % de vos dépenses d'hébergement et de dépendance, APA déduite (${formatEuros(tax.yearlyExpenses)} par an), retenues dans la limite de 10 000 € : 25 % × ${formatEuros(tax.retainedExpenses)}. Seulement si vous payez l'impôt sur le revenu (article 199 quindecies du code général des impôts).`,
  };
}

export function domicileSteps(result: ApaDomicile, input: { gir: number; monthlyResources: number; couple: boolean; plan: number | null }, parameters: CostParameters): CostStep[] {
  const mtp = parameters.mtp.value;
  if (!result.eligible) {
    return [{ label: "APA à domicile", amount: "0,00 € par mois", how: "L'APA est réservée aux GIR 1 à 4. En GIR 5 ou 6, votre caisse de retraite peut aider : demandez-lui." }];
  }
  const cap = RATIOS.domicile.planCaps.value[input.gir as 1 | 2 | 3 | 4];
  const x = result.resourcesPosition;
  return [
    { label: `Plafond du plan d'aide en GIR ${input.gir}`, amount: `${formatEuros(result.planCap)} par mois`, how: `${decimal.format(cap)} × la majoration pour tierce personne (${formatEuros(mtp)}).` },
    {
      label: "Plan d'aide pris en compte",
      amount: `${formatEuros(result.planRetained)} par mois`,
      how:
        input.plan === null
          ? "Vous n'avez pas indiqué de plan d'aide : nous prenons le plafond, le plus grand plan possible."
          : result.aboveCap > 0
            ? `Votre plan (${formatEuros(input.plan)}) dépasse le plafond : ${formatEuros(result.aboveCap)} restent entièrement à votre charge.`
            : "Le montant du plan que vous avez indiqué.",
    },
    resourcesStep(input.monthlyResources, input.couple, RATIOS.domicile.coupleDivisor.value, result.consideredResources),
    {
      label: "Votre taux de participation",
      amount: percent.format(x),
      how:
        x === 0
          ? `Vos ressources ne dépassent pas ${formatEuros(result.noParticipationBelow)} (0,725 fois la majoration) : vous ne participez pas.`
          : x === 1
            ? `Vos ressources atteignent ${formatEuros(result.fullRateAbove)} (2,67 fois la majoration) : vous participez au taux le plus haut, 90 %.`
            : `Position de vos ressources entre ${formatEuros(result.noParticipationBelow)} et ${formatEuros(result.fullRateAbove)}.`,
    },
    {
      label: "Le plan en trois parts",
      amount: result.tranches.map(formatEuros).join(" + "),
      how: `Jusqu'à ${formatEuros(RATIOS.domicile.firstSplit.value * mtp)}, puis jusqu'à ${formatEuros(RATIOS.domicile.secondSplit.value * mtp)}, puis le reste : plus le plan est grand, plus la participation sur les parts hautes est réduite.`,
    },
    {
      label: "Votre participation",
      amount: `${formatEuros(result.participation)} par mois`,
      how: `90 % × ${percent.format(x)} × (1re part + 2e part × ${decimal.format(0.4 + 0.6 * x)} + 3e part × ${decimal.format(0.2 + 0.8 * x)}).`,
    },
    {
      label: "APA à domicile estimée",
      amount: `${formatEuros(result.apa)} par mois`,
      how:
        result.apa === 0 && result.computedApa > 0
          ? `Le calcul donne ${formatEuros(result.computedApa)} : en dessous de ${formatEuros(result.notPaidBelow)}, l'APA n'est pas versée.`
          : `Plan pris en compte ${formatEuros(result.planRetained)} − votre participation ${formatEuros(result.participation)}.`,
    },
    { label: "Ce que vous payez pour ce plan", amount: `${formatEuros(result.personPays)} par mois`, how: "Votre participation, plus ce qui dépasse le plafond." },
  ];
}

/** FALC version of an EHPAD estimate: short sentences, amounts rounded to the euro. */
export function ehpadFalcLines(estimate: EhpadCostEstimate): string[] {
  return [
    `Vous allez payer environ ${formatRoundEuros(estimate.remainingMonthly)} chaque mois.`,
    "C'est une estimation.",
    "Ce n'est pas une décision.",
    estimate.apa.apa > 0 ? `L'APA peut payer environ ${formatRoundEuros(estimate.apa.apa)} chaque mois.` : "Avec ces chiffres, l'APA ne paie rien.",
    "Le département décide du montant de l'APA.",
    `Vous pouvez aussi payer moins d'impôts : environ ${formatRoundEuros(estimate.tax.reduction)} chaque année.`,
  ];
}

export function domicileFalcLines(result: ApaDomicile): string[] {
  return [
    result.apa > 0 ? `L'APA peut payer environ ${formatRoundEuros(result.apa)} chaque mois.` : "Avec ces chiffres, l'APA ne paie rien.",
    `Vous allez payer environ ${formatRoundEuros(result.personPays)} chaque mois.`,
    "C'est une estimation.",
    "Ce n'est pas une décision.",
    "Le département décide du montant de l'APA.",
  ];
}

export const COST_FALC_EXPLAINS = explainAbbreviations("APA", "GIR", "EHPAD");

/** Every source the estimates rely on, for the "Sources" list under each result. */
export function costSources(parameters: CostParameters): string[] {
  const ratios = [
    RATIOS.etablissement.lowerThreshold,
    RATIOS.etablissement.upperThreshold,
    RATIOS.etablissement.coupleDivisor,
    RATIOS.etablissement.keptShare,
    RATIOS.domicile.noParticipationBelow,
    RATIOS.domicile.fullRateAbove,
    RATIOS.domicile.firstSplit,
    RATIOS.domicile.coupleDivisor,
    RATIOS.domicile.planCaps,
    RATIOS.nonPaymentSmicHours,
    RATIOS.taxReduction.yearlyCap,
  ];
  return [parameters.mtp.source, parameters.smicHoraireBrut.source, ...ratios.map((ratio) => ratio.source)];
}

/** The FALC texts of the estimates, for the portal's FALC corpus (lib/falc/corpus.ts): every variant, on sample figures. */
export function listCostFalcDocuments(): FalcDocument[] {
  const parameters = parametersAt("2025-04-01");
  const stay = { monthlyResources: 1600, couple: false, hebergementDaily: 70, dependanceDaily: 22, dependanceGir56Daily: 6.5, housingAid: null };
  const lines = [
    ...ehpadFalcLines(ehpadRemainingCost({ ...stay, gir: 2 }, parameters)),
    ...ehpadFalcLines(ehpadRemainingCost({ ...stay, gir: 5, dependanceDaily: 6.5 }, parameters)),
    ...domicileFalcLines(apaDomicile({ gir: 2, monthlyResources: 1600, couple: false, plan: 1000 }, parameters)),
    ...domicileFalcLines(apaDomicile({ gir: 5, monthlyResources: 1600, couple: false, plan: 300 }, parameters)),
  ];
  return [{ id: "estimation des coûts", explains: COST_FALC_EXPLAINS, segments: [...new Set(lines)].map((text, index) => ({ where: `ligne ${index + 1}`, text })) }];
}
