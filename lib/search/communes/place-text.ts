import { communeSearchName } from "./search-name";

/**
 * What a person typed in "Où ?", read before any lookup: a postal code, a
 * name, a name with its postal code ("Villeurbanne 69100", "69100
 * Villeurbanne", or the suggestions' "Villeurbanne (69100)"), or an
 * arrondissement of Paris, Lyon or Marseille ("Lyon 3e", "Paris 15",
 * "Marseille 15e arrondissement"), named as the official commune list names it.
 */
export type PlaceText =
  | { kind: "postal-code"; postalCode: string }
  | { kind: "name"; name: string }
  | { kind: "name-and-postal-code"; name: string; postalCode: string }
  /** `postalCode`: the arrondissement's, for an index that lists the city only (Paris 16e also has 75116). */
  | { kind: "arrondissement"; name: string; postalCode: string };

/** Each city's arrondissement count and postal code prefix (75001–75020, 69001–69009, 13001–13016). */
const ARRONDISSEMENTS: Readonly<Record<string, { city: string; count: number; postalPrefix: string }>> = {
  paris: { city: "Paris", count: 20, postalPrefix: "750" },
  lyon: { city: "Lyon", count: 9, postalPrefix: "690" },
  marseille: { city: "Marseille", count: 16, postalPrefix: "130" },
};

const ARRONDISSEMENT = /^(paris|lyon|marseille) (\d{1,2}) ?(?:er|ere|e|eme|ieme|em|me)?(?: ?arr(?:ondissement)?)?$/;

/** "Lyon 3e Arrondissement", "Paris 1er Arrondissement": the official names (@etalab/decoupage-administratif). */
function arrondissement(text: string): { name: string; postalCode: string } | null {
  const match = ARRONDISSEMENT.exec(communeSearchName(text));
  const city = match?.[1] ? ARRONDISSEMENTS[match[1]] : undefined;
  const number = Number(match?.[2]);
  if (!city || !(number >= 1 && number <= city.count)) return null;
  return {
    name: `${city.city} ${number === 1 ? "1er" : `${number}e`} Arrondissement`,
    postalCode: `${city.postalPrefix}${String(number).padStart(2, "0")}`,
  };
}

export function parsePlaceText(text: string): PlaceText {
  const trimmed = text.trim().replace(/\s+/g, " ");
  if (/^\d{5}$/.test(trimmed)) return { kind: "postal-code", postalCode: trimmed };
  const withCode =
    /^(?<name>.*\S) ?\((?<code>\d{5})\)$/.exec(trimmed) ??
    /^(?<name>.*\D) (?<code>\d{5})$/.exec(trimmed) ??
    /^(?<code>\d{5}) (?<name>\D.*)$/.exec(trimmed);
  if (withCode?.groups?.name && withCode.groups.code) {
    return { kind: "name-and-postal-code", name: withCode.groups.name.trim(), postalCode: withCode.groups.code };
  }
  const district = arrondissement(trimmed);
  if (district) return { kind: "arrondissement", ...district };
  return { kind: "name", name: trimmed };
}
