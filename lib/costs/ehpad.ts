import { DAYS_PER_MONTH } from "@/lib/offers/prices";

import { apaEtablissement, type ApaEtablissement, type Gir } from "./apa";
import { RATIOS, type CostParameters } from "./parameters";

export type EhpadCostInput = {
  gir: Gir;
  /** The person's monthly resources, or the couple's when `couple`. */
  monthlyResources: number;
  couple: boolean;
  /** Daily prices (€), as the CNSA publishes them. */
  hebergementDaily: number;
  dependanceDaily: number;
  dependanceGir56Daily: number;
  /** APL/ALS per month; null when the person does not know (counted as 0, and the page says so). */
  housingAid: number | null;
};

export type EhpadCostEstimate = {
  input: EhpadCostInput;
  parameters: CostParameters;
  hebergementMonthly: number;
  dependanceMonthly: number;
  dependanceGir56Monthly: number;
  apa: ApaEtablissement;
  housingAid: number;
  /** What is left to pay each month: accommodation + dependency − APA − housing aid, never below 0. */
  remainingMonthly: number;
  tax: { yearlyExpenses: number; retainedExpenses: number; reduction: number };
};

/** Remaining cost of a permanent stay in an EHPAD, per month, and the yearly tax reduction apart. */
export function ehpadRemainingCost(input: EhpadCostInput, parameters: CostParameters): EhpadCostEstimate {
  const hebergementMonthly = input.hebergementDaily * DAYS_PER_MONTH;
  const dependanceMonthly = input.dependanceDaily * DAYS_PER_MONTH;
  const dependanceGir56Monthly = input.dependanceGir56Daily * DAYS_PER_MONTH;
  const apa = apaEtablissement({ gir: input.gir, monthlyResources: input.monthlyResources, couple: input.couple, dependanceMonthly, dependanceGir56Monthly }, parameters);
  const housingAid = input.housingAid ?? 0;
  const remainingMonthly = Math.max(0, hebergementMonthly + dependanceMonthly - apa.apa - housingAid);
  // Art. 199 quindecies CGI: what the person really pays for dependency and accommodation (APA deducted).
  const yearlyExpenses = 12 * Math.max(0, hebergementMonthly + dependanceMonthly - apa.apa);
  const retainedExpenses = Math.min(yearlyExpenses, RATIOS.taxReduction.yearlyCap.value);
  return {
    input,
    parameters,
    hebergementMonthly,
    dependanceMonthly,
    dependanceGir56Monthly,
    apa,
    housingAid,
    remainingMonthly,
    tax: { yearlyExpenses, retainedExpenses, reduction: RATIOS.taxReduction.rate.value * retainedExpenses },
  };
}

/** The dependency fee that applies to a GIR: the CNSA publishes one per pair of GIR. */
export function dependanceForGir(gir: Gir, prices: { tarifGir12: number | null; tarifGir34: number | null; tarifGir56: number | null }): number | null {
  return gir <= 2 ? prices.tarifGir12 : gir <= 4 ? prices.tarifGir34 : prices.tarifGir56;
}
