import type { SortChoice, Temporalite } from "./search-options";

/**
 * The shapes of a catalogue search: what is asked (`OfferSearch`, already validated) and what
 * comes back per offer. Types and one mapping only, no I/O: client components import them too.
 */

/** Nearest site first (default), or cheapest monthly price first. */
export type SearchSort = SortChoice;

/** What the search page asks the catalogue (already validated). */
export type OfferSearch = {
  origin: { latitude: number; longitude: number };
  radiusKm: number;
  groupe?: string;
  types: readonly string[];
  public?: string;
  temporalite?: Temporalite;
  prixMax?: number;
  aideSociale: boolean;
  /** Premises declared wheelchair accessible (ROR only; lib/offers/accessibility.ts). */
  accessible?: boolean;
  texte?: string;
  sort?: SearchSort;
};

export type OfferSummary = {
  id: string;
  name: string;
  /** The site (Structure) the offer belongs to: result cards group offers by site. */
  structureId: string;
  structureName: string;
  /** JDV_J238 type d'offre, when the source gives one (tells a PASA from accommodation). */
  typeOffre: string | null;
  capacity: number | null;
  typeLabel: string;
  groupLabel: string;
  distanceKm: number;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  prixMensuel: number | null;
  source: string;
  regulated: boolean;
  fetchedAt: Date;
  sourceUpdatedAt: Date | null;
  latitude: number;
  longitude: number;
};

/** The fields of an offer row that a card shows as they are: address, contact, price, provenance, position. */
export type OfferRowFields = Pick<
  OfferSummary,
  "id" | "name" | "structureId" | "structureName" | "typeOffre" | "capacity" | "addressLine" | "postalCode" | "city" | "phone" | "prixMensuel" | "source" | "regulated" | "fetchedAt" | "sourceUpdatedAt" | "latitude" | "longitude"
>;

/** Copies those fields from a database row (and back out of the snapshot): the one mapping of a card's fields. */
export function offerRowFields(row: OfferRowFields): OfferRowFields {
  return {
    id: row.id,
    name: row.name,
    structureId: row.structureId,
    structureName: row.structureName,
    typeOffre: row.typeOffre,
    capacity: row.capacity,
    addressLine: row.addressLine,
    postalCode: row.postalCode,
    city: row.city,
    phone: row.phone,
    prixMensuel: row.prixMensuel,
    source: row.source,
    regulated: row.regulated,
    fetchedAt: row.fetchedAt,
    sourceUpdatedAt: row.sourceUpdatedAt,
    latitude: row.latitude,
    longitude: row.longitude,
  };
}

/** An offer on the map: every match within the radius, not one page (the map clusters them). */
export type MapPoint = { id: string; name: string; typeLabel: string; longitude: number; latitude: number };
