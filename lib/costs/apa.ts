import { RATIOS, type CostParameters } from "./parameters";

/** Groupe iso-ressources: 1 (the most dependent) to 6 (autonomous). APA needs GIR 1 to 4. */
export type Gir = 1 | 2 | 3 | 4 | 5 | 6;

export const GIRS: readonly Gir[] = [1, 2, 3, 4, 5, 6];

export const apaEligible = (gir: Gir): gir is 1 | 2 | 3 | 4 => gir <= 4;

/** Below 3 × the SMIC horaire brut the APA is not paid at all (CASF D232-31). */
export const nonPaymentThreshold = (params: CostParameters) => RATIOS.nonPaymentSmicHours.value * params.smicHoraireBrut.value;

export type ResourcesBracket = "low" | "middle" | "high";

export type ApaEtablissement = {
  eligible: boolean;
  /** Monthly resources the formula uses: the couple's halved. */
  consideredResources: number;
  lowerThreshold: number;
  upperThreshold: number;
  bracket: ResourcesBracket;
  /** What the person pays of the dependency fee each month. */
  participation: number;
  /** APA before the non-payment rule. */
  computedApa: number;
  /** APA paid each month (0 when under the non-payment threshold or GIR 5-6). */
  apa: number;
  notPaidBelow: number;
};

/**
 * APA en établissement (CASF R232-19), monthly amounts. The person pays at least the GIR 5-6
 * fee; above 2.21 MTP of resources a growing share (up to 80 %) of the gap to their GIR's fee.
 */
export function apaEtablissement(
  input: { gir: Gir; monthlyResources: number; couple: boolean; dependanceMonthly: number; dependanceGir56Monthly: number },
  params: CostParameters,
): ApaEtablissement {
  const ratios = RATIOS.etablissement;
  const mtp = params.mtp.value;
  const consideredResources = input.couple ? input.monthlyResources / ratios.coupleDivisor.value : input.monthlyResources;
  const lowerThreshold = ratios.lowerThreshold.value * mtp;
  const upperThreshold = ratios.upperThreshold.value * mtp;
  const gap = Math.max(0, input.dependanceMonthly - input.dependanceGir56Monthly);
  const bracket: ResourcesBracket = consideredResources <= lowerThreshold ? "low" : consideredResources <= upperThreshold ? "middle" : "high";
  const share = bracket === "low" ? 0 : bracket === "high" ? ratios.maxShareOfGap.value : (ratios.maxShareOfGap.value * (consideredResources - lowerThreshold)) / (upperThreshold - lowerThreshold);
  const formulaParticipation = input.dependanceGir56Monthly + gap * share;
  // The participation never takes more than 90 % of the resources (reste à vivre).
  const participation = Math.min(formulaParticipation, Math.max(0, consideredResources * (1 - ratios.keptShare.value)));
  const eligible = apaEligible(input.gir);
  const computedApa = eligible ? Math.max(0, input.dependanceMonthly - participation) : 0;
  const notPaidBelow = nonPaymentThreshold(params);
  return {
    eligible,
    consideredResources,
    lowerThreshold,
    upperThreshold,
    bracket,
    participation: eligible ? participation : input.dependanceMonthly,
    computedApa,
    apa: computedApa >= notPaidBelow ? computedApa : 0,
    notPaidBelow,
  };
}

export type ApaDomicile = {
  eligible: boolean;
  consideredResources: number;
  /** Most the department can put in a plan for this GIR (0 for GIR 5-6). */
  planCap: number;
  /** The plan the computation uses: the one typed, or the cap, never above the cap. */
  planRetained: number;
  /** What the plan typed costs beyond the cap, which the person pays in full. */
  aboveCap: number;
  /** The three parts of the plan (up to 0.317 MTP, 0.317–0.498 MTP, beyond). */
  tranches: [number, number, number];
  /** Position of the resources between 0.725 and 2.67 MTP (0 to 1). */
  resourcesPosition: number;
  noParticipationBelow: number;
  fullRateAbove: number;
  participation: number;
  computedApa: number;
  apa: number;
  notPaidBelow: number;
  /** What the person pays each month for the plan typed: participation plus anything above the cap. */
  personPays: number;
};

/**
 * APA à domicile (CASF R232-11, formula of 2016). The plan is split in three parts; the higher
 * parts carry a lighter participation so that large plans stay affordable.
 */
export function apaDomicile(input: { gir: Gir; monthlyResources: number; couple: boolean; plan: number | null }, params: CostParameters): ApaDomicile {
  const ratios = RATIOS.domicile;
  const mtp = params.mtp.value;
  const eligible = apaEligible(input.gir);
  const planCap = apaEligible(input.gir) ? ratios.planCaps.value[input.gir] * mtp : 0;
  const plan = input.plan ?? planCap;
  const planRetained = Math.min(plan, planCap);
  const consideredResources = input.couple ? input.monthlyResources / ratios.coupleDivisor.value : input.monthlyResources;
  const first = ratios.firstSplit.value * mtp;
  const second = ratios.secondSplit.value * mtp;
  const tranches: [number, number, number] = [Math.min(planRetained, first), Math.max(0, Math.min(planRetained, second) - first), Math.max(0, planRetained - second)];
  const noParticipationBelow = ratios.noParticipationBelow.value * mtp;
  const fullRateAbove = ratios.fullRateAbove.value * mtp;
  const x = Math.min(1, Math.max(0, (consideredResources - noParticipationBelow) / (fullRateAbove - noParticipationBelow)));
  const rate = ratios.maxRate.value;
  const participation = Math.min(rate * planRetained, rate * x * (tranches[0] + tranches[1] * (0.4 + 0.6 * x) + tranches[2] * (0.2 + 0.8 * x)));
  const computedApa = eligible ? planRetained - participation : 0;
  const notPaidBelow = nonPaymentThreshold(params);
  const apa = computedApa >= notPaidBelow ? computedApa : 0;
  return {
    eligible,
    consideredResources,
    planCap,
    planRetained,
    aboveCap: Math.max(0, plan - planCap),
    tranches,
    resourcesPosition: x,
    noParticipationBelow,
    fullRateAbove,
    participation: eligible ? participation : 0,
    computedApa,
    apa,
    notPaidBelow,
    personPays: Math.max(0, plan - apa),
  };
}
