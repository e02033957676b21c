import type { GroupSlug, PublicSlug } from "./referentials";

/** Every source the catalogue is built from. */
export const SOURCE_IDS = ["ror", "finess", "france-services", "mba", "prix-ehpad"] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/**
 * Which source's descriptive fields win when a structure is known to several
 * sources (lower wins): the regulated directories first.
 */
export const SOURCE_PRIORITY: Readonly<Record<SourceId, number>> = {
  ror: 1,
  finess: 2,
  "france-services": 3,
  mba: 4,
  "prix-ehpad": 5,
};

/** `<source>--<id at source>`, the stable identifier of a record across runs. */
export function sourceKey(source: SourceId, localId: string): string {
  return `${source}--${localId}`;
}

export type Weekday = "lundi" | "mardi" | "mercredi" | "jeudi" | "vendredi" | "samedi" | "dimanche";
export const WEEKDAYS: readonly Weekday[] = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

/** One opening slot, local time "HH:MM". */
export type OpeningSlot = { day: Weekday; opens: string; closes: string };

export type LocationInput = {
  /** Stable id of the place (shared by the offers of one ROR Location). */
  id: string;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  /** INSEE (COG) code of the commune. */
  communeCode: string | null;
  latitude: number | null;
  longitude: number | null;
};

/** Prices per day (€) unless stated; what the EHPAD price publications and the ROR describe. */
export type StructurePrices = {
  hebergementPermanentJour: number | null;
  hebergementTemporaireJour: number | null;
  tarifGir12Jour: number | null;
  tarifGir34Jour: number | null;
  tarifGir56Jour: number | null;
  accueilDeJourJour: number | null;
  /** Monthly rent/fee, for residences that price by month. */
  forfaitMensuel: number | null;
};

export type StructureInput = {
  /** Provenance key of the structure at its source, e.g. `ror--<Organization id>`, `finess--<ET>`. */
  sourceKey: string;
  name: string;
  finessEt: string | null;
  finessEj: string | null;
  siret: string | null;
  /** JDV_J55 catégorie d'établissement. */
  categorieEtablissement: string | null;
  habilitationAideSociale: boolean | null;
  prices: StructurePrices | null;
  location: LocationInput;
  sourceUpdatedAt: Date | null;
};

export type OfferContact = { phone: string | null; email: string | null; website: string | null };

/** An offer as every importer maps it, whatever its source. */
export type OfferInput = {
  key: string;
  source: SourceId;
  localId: string;
  name: string;
  description: string | null;
  /** JDV_J238 type d'offre when the source gives one. */
  typeOffre: string | null;
  typeSlug: string;
  groupSlug: GroupSlug;
  /** JDV_J29 codes. */
  publics: string[];
  publicSlugs: PublicSlug[];
  /** JDV_J19 codes. */
  modesPriseEnCharge: string[];
  /** JDV_J30 codes. */
  temporalites: string[];
  capacity: number | null;
  ageMin: number | null;
  ageMax: number | null;
  contact: OfferContact;
  openingHours: OpeningSlot[] | null;
  openingHoursNote: string | null;
  accessibility: string | null;
  /** Comes from a regulated directory (ROR, FINESS). */
  regulated: boolean;
  sourceUpdatedAt: Date | null;
  location: LocationInput;
  structure: StructureInput;
};

/** CNSA price publication for one EHPAD, joined on its FINESS ET number. */
export type PriceInput = {
  key: string;
  finessEt: string;
  raisonSociale: string | null;
  prices: StructurePrices;
  sourceUpdatedAt: Date | null;
};

export type MappedRecord =
  | { kind: "offer"; offer: OfferInput }
  | { kind: "price"; price: PriceInput }
  /** The source says the record no longer exists (e.g. an inactive ROR offer in an incremental sync). */
  | { kind: "removal"; key: string };

export function emptyPrices(): StructurePrices {
  return {
    hebergementPermanentJour: null,
    hebergementTemporaireJour: null,
    tarifGir12Jour: null,
    tarifGir34Jour: null,
    tarifGir56Jour: null,
    accueilDeJourJour: null,
    forfaitMensuel: null,
  };
}

export function hasAnyPrice(prices: StructurePrices | null): boolean {
  return prices !== null && Object.values(prices).some((value) => value !== null);
}
