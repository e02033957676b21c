import type { Database } from "@/lib/database/open-database";
import { sourceKey, type LocationInput, type MappedRecord, type OfferInput, type SourceId, type StructurePrices } from "@/lib/offers/domain";
import { offerType } from "@/lib/offers/referentials";

import type { MapResult, ParsedItem, SourceDefinition } from "./source";

/** Test helpers: hand-built domain records and an in-memory source, to exercise the loader without a network. */

export function location(id: string, latitude: number | null, longitude: number | null, communeCode = "45234"): LocationInput {
  return { id, addressLine: "1 rue de l'Exemple", postalCode: "45000", city: "Orléans", communeCode, latitude, longitude };
}

export type OfferOverrides = Partial<Omit<OfferInput, "structure">> & {
  structure?: Partial<OfferInput["structure"]>;
  point?: [number, number] | null;
};

export function offerRecord(source: SourceId, localId: string, typeSlug: string, overrides: OfferOverrides = {}): OfferInput {
  const type = offerType(typeSlug);
  if (!type) throw new Error(`unknown type ${typeSlug}`);
  const key = sourceKey(source, localId);
  const [latitude, longitude] = overrides.point === null ? [null, null] : (overrides.point ?? [47.9029, 1.9093]);
  const loc = location(key, latitude, longitude);
  const { structure, point: _point, ...rest } = overrides;
  return {
    key,
    source,
    localId,
    name: `Offre ${localId}`,
    description: null,
    typeOffre: type.typesOffre[0] ?? null,
    typeSlug,
    groupSlug: type.group,
    publics: [],
    publicSlugs: [...type.defaultPublics],
    modesPriseEnCharge: [],
    temporalites: [],
    capacity: null,
    ageMin: null,
    ageMax: null,
    contact: { phone: null, email: null, website: null },
    openingHours: null,
    openingHoursNote: null,
    accessibility: null,
    regulated: source === "ror" || source === "finess",
    sourceUpdatedAt: new Date("2024-01-01T00:00:00Z"),
    location: loc,
    ...rest,
    structure: {
      sourceKey: key,
      name: `Structure ${localId}`,
      finessEt: null,
      finessEj: null,
      siret: null,
      categorieEtablissement: null,
      habilitationAideSociale: null,
      prices: null,
      location: rest.location ?? loc,
      sourceUpdatedAt: null,
      ...structure,
    },
  };
}

export function prices(values: Partial<StructurePrices>): StructurePrices {
  return {
    hebergementPermanentJour: null,
    hebergementTemporaireJour: null,
    tarifGir12Jour: null,
    tarifGir34Jour: null,
    tarifGir56Jour: null,
    accueilDeJourJour: null,
    forfaitMensuel: null,
    ...values,
  };
}

export type FakeItem = ParsedItem<MapResult> | { fail: string };

/** A source whose raw records are already mapped; `{ fail }` makes the read throw at that point. */
export function fakeSource(id: SourceId, items: () => FakeItem[], incremental = false): SourceDefinition<MapResult> {
  return {
    id,
    label: `test ${id}`,
    regulated: false,
    incremental,
    acceptsFile: false,
    async *read() {
      for (const item of items()) {
        if ("fail" in item) throw new Error(item.fail);
        yield item;
      }
    },
    map: (raw) => raw,
  };
}

export function ok(record: MappedRecord): ParsedItem<MapResult> {
  const localId = record.kind === "offer" ? record.offer.localId : record.kind === "price" ? record.price.finessEt : record.key;
  return { ok: true, localId, raw: { status: "mapped", record } };
}

/** Every catalogue row, ordered, to compare the catalogue before and after a run. */
export async function catalogueSnapshot(db: Database): Promise<Record<string, unknown[]>> {
  return db.withRunner(async (runner) => {
    const tables: Array<[string, string]> = [
      ["Structure", "id"],
      ["StructureProvenance", '"sourceKey"'],
      ["Location", "id"],
      ["Offer", "id"],
      ["EhpadPrice", '"finessEt"'],
    ];
    const snapshot: Record<string, unknown[]> = {};
    for (const [table, order] of tables) {
      snapshot[table] = await runner.query(`SELECT * FROM "${table}" ORDER BY ${order}`);
    }
    return snapshot;
  });
}
