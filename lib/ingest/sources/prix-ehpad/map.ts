import { cleanFiness, cleanText, parseDate } from "@/lib/ingest/clean";
import { parseDecimal } from "@/lib/ingest/csv";
import { mapped, rejected, type MapContext, type MapResult } from "@/lib/ingest/source";
import { hasAnyPrice, sourceKey, type StructurePrices } from "@/lib/offers/domain";

import type { PriceField, PrixEhpadRow } from "./parse";

/** Above this a daily price is a typing error (the highest published prices are a few hundred euros). */
const MAX_DAILY_PRICE = 1_000;

/**
 * Single-room prices first ("chambre seule"), the double room when the single
 * is not offered; the "aide sociale" variants (…a) when nothing else is given.
 */
export function mapPrixEhpad(row: PrixEhpadRow, _context: MapContext): MapResult {
  const finessEt = cleanFiness(row.values.finessEt);
  if (!finessEt) return rejected(`numéro FINESS ET invalide : ${row.values.finessEt}`);
  const read = (field: PriceField): number | null | string => {
    const value = parseDecimal(row.values[field]);
    if (value === "invalid") return `${field} illisible (${row.values[field]})`;
    if (value !== null && (value < 0 || value > MAX_DAILY_PRICE)) return `${field} hors limites (${value} €)`;
    return value === 0 ? null : value;
  };
  const fields = [
    "prixHebPermCs",
    "prixHebPermCd",
    "prixHebPermCsa",
    "prixHebPermCda",
    "prixHebTempCs",
    "prixHebTempCd",
    "prixHebTempCsa",
    "prixHebTempCda",
    "tarifGir12",
    "tarifGir34",
    "tarifGir56",
  ] as const;
  const values = {} as Record<(typeof fields)[number], number | null>;
  for (const field of fields) {
    const value = read(field);
    if (typeof value === "string") return rejected(value);
    values[field] = value;
  }
  const prices: StructurePrices = {
    hebergementPermanentJour: values.prixHebPermCs ?? values.prixHebPermCd ?? values.prixHebPermCsa ?? values.prixHebPermCda,
    hebergementTemporaireJour: values.prixHebTempCs ?? values.prixHebTempCd ?? values.prixHebTempCsa ?? values.prixHebTempCda,
    tarifGir12Jour: values.tarifGir12,
    tarifGir34Jour: values.tarifGir34,
    tarifGir56Jour: values.tarifGir56,
    accueilDeJourJour: null,
    forfaitMensuel: null,
  };
  if (!hasAnyPrice(prices)) return rejected("aucun prix renseigné");
  return mapped({
    kind: "price",
    price: {
      key: sourceKey("prix-ehpad", finessEt),
      finessEt,
      raisonSociale: cleanText(row.values.raisonSociale),
      prices,
      sourceUpdatedAt: parseDate(row.values.dateMaj),
    },
  });
}
