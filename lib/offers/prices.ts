import type { StructurePrices } from "./domain";
import { offerType } from "./referentials";

/** Average number of days in a month, as used by the CNSA price comparator (365 / 12). */
export const DAYS_PER_MONTH = 365 / 12;

/**
 * Estimated monthly price (€) a resident pays for an offer, used by the
 * "prix mensuel maximum" filter: accommodation + the GIR 5-6 dependency fee
 * (the part every resident pays, whatever their GIR), times 365/12 days.
 * Null when the offer is not a stay or its prices are unknown.
 */
export function monthlyPrice(typeSlug: string, prices: StructurePrices | null): number | null {
  if (!prices) return null;
  const type = offerType(typeSlug);
  if (!type) return null;
  const gir56 = prices.tarifGir56Jour ?? 0;
  if (typeSlug === "hebergement-temporaire") {
    const daily = prices.hebergementTemporaireJour ?? prices.hebergementPermanentJour;
    return daily === null ? null : round2((daily + gir56) * DAYS_PER_MONTH);
  }
  if (!type.residential) return null;
  if (prices.hebergementPermanentJour !== null) return round2((prices.hebergementPermanentJour + gir56) * DAYS_PER_MONTH);
  if (prices.forfaitMensuel !== null) return round2(prices.forfaitMensuel);
  return null;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
