import { apaDomicile, type ApaDomicile } from "./apa";
import { ehpadRemainingCost, type EhpadCostEstimate, type EhpadCostInput } from "./ehpad";
import { parametersAt, type CostParameters } from "./parameters";
import { parseDomicileQuery, parseEhpadQuery, type DomicileField, type DomicileInput, type EhpadField, type KnownPrices, type ParsedQuery } from "./query";

type Params = Record<string, string | string[] | undefined>;

/** Offer types whose prices follow the EHPAD tariff (accommodation + dependency fee per GIR). */
export const EHPAD_COST_TYPES: ReadonlySet<string> = new Set(["ehpad"]);

/** The prices an offer publishes, as the estimate needs them. */
export function knownPricesOf(offer: { prixHebergementPermanent: number | null; tarifGir12: number | null; tarifGir34: number | null; tarifGir56: number | null }): KnownPrices {
  return { hebergement: offer.prixHebergementPermanent, tarifGir12: offer.tarifGir12, tarifGir34: offer.tarifGir34, tarifGir56: offer.tarifGir56 };
}

export type EhpadEstimateView = { parsed: ParsedQuery<EhpadField, EhpadCostInput>; estimate: EhpadCostEstimate | null; parameters: CostParameters };
export type DomicileEstimateView = { parsed: ParsedQuery<DomicileField, DomicileInput>; result: ApaDomicile | null; parameters: CostParameters };

/** What a page shows for the EHPAD form: the parsed figures and, once complete, the estimate. */
export function estimateEhpad(params: Params, known?: KnownPrices, day: Date | string = new Date()): EhpadEstimateView {
  const parameters = parametersAt(day);
  const parsed = parseEhpadQuery(params, known);
  return { parsed, parameters, estimate: parsed.status === "complete" ? ehpadRemainingCost(parsed.input, parameters) : null };
}

export function estimateDomicile(params: Params, day: Date | string = new Date()): DomicileEstimateView {
  const parameters = parametersAt(day);
  const parsed = parseDomicileQuery(params);
  return { parsed, parameters, result: parsed.status === "complete" ? apaDomicile(parsed.input, parameters) : null };
}
