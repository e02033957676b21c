import type { SqlRunner } from "@/lib/database/sql-runner";
import { departementOfCommune } from "@/lib/geo/commune";
import { SOURCE_PRIORITY, type LocationInput, type OfferInput, type SourceId } from "@/lib/offers/domain";
import { normalizeName } from "@/lib/offers/names";

/**
 * Upserts of one batch's rows: locations, structure fields (the most
 * authoritative source winning, domain.ts SOURCE_PRIORITY), provenances and
 * offers. Each is one set-based statement over the batch.
 */

const PRIORITY_SQL = `CASE s."fieldsSource" ${Object.entries(SOURCE_PRIORITY)
  .map(([source, priority]) => `WHEN '${source}' THEN ${priority}`)
  .join(" ")} ELSE 99 END`;

/**
 * A source at least as authoritative as the current one rewrites the
 * descriptive fields; a less authoritative one only fills the blanks.
 * Identifiers (FINESS, SIRET) are only ever completed, never replaced.
 */
export async function updateStructureFields(runner: SqlRunner, assignments: Map<string, OfferInput>): Promise<void> {
  const rows = [...assignments].map(([id, offer]) => {
    const s = offer.structure;
    const hasPrices = s.prices !== null;
    return {
      id,
      source: offer.source,
      priority: SOURCE_PRIORITY[offer.source],
      name: s.name,
      normalizedName: normalizeName(s.name),
      finessEt: s.finessEt,
      finessEj: s.finessEj,
      siret: s.siret,
      categorie: s.categorieEtablissement,
      habilitation: s.habilitationAideSociale,
      hasPrices,
      hp: s.prices?.hebergementPermanentJour ?? null,
      ht: s.prices?.hebergementTemporaireJour ?? null,
      g12: s.prices?.tarifGir12Jour ?? null,
      g34: s.prices?.tarifGir34Jour ?? null,
      g56: s.prices?.tarifGir56Jour ?? null,
      aj: s.prices?.accueilDeJourJour ?? null,
      fm: s.prices?.forfaitMensuel ?? null,
      locationId: s.location.id,
      latitude: s.location.latitude,
      longitude: s.location.longitude,
    };
  });
  await runner.query(
    `UPDATE "Structure" s SET
       name = CASE WHEN r.priority <= ${PRIORITY_SQL} THEN r.name ELSE s.name END,
       "normalizedName" = CASE WHEN r.priority <= ${PRIORITY_SQL} THEN r."normalizedName" ELSE s."normalizedName" END,
       "finessEt" = COALESCE(s."finessEt", r."finessEt"),
       "finessEj" = COALESCE(s."finessEj", r."finessEj"),
       siret = COALESCE(s.siret, r.siret),
       "categorieEtablissement" = CASE WHEN r.priority <= ${PRIORITY_SQL} THEN COALESCE(r.categorie, s."categorieEtablissement") ELSE COALESCE(s."categorieEtablissement", r.categorie) END,
       "habilitationAideSociale" = CASE WHEN r.priority <= ${PRIORITY_SQL} THEN COALESCE(r.habilitation, s."habilitationAideSociale") ELSE COALESCE(s."habilitationAideSociale", r.habilitation) END,
       "prixHebergementPermanent" = CASE WHEN r."hasPrices" AND (r.priority <= ${PRIORITY_SQL} OR s."prixHebergementPermanent" IS NULL) THEN r.hp ELSE s."prixHebergementPermanent" END,
       "prixHebergementTemporaire" = CASE WHEN r."hasPrices" AND (r.priority <= ${PRIORITY_SQL} OR s."prixHebergementTemporaire" IS NULL) THEN r.ht ELSE s."prixHebergementTemporaire" END,
       "tarifGir12" = CASE WHEN r."hasPrices" AND (r.priority <= ${PRIORITY_SQL} OR s."tarifGir12" IS NULL) THEN r.g12 ELSE s."tarifGir12" END,
       "tarifGir34" = CASE WHEN r."hasPrices" AND (r.priority <= ${PRIORITY_SQL} OR s."tarifGir34" IS NULL) THEN r.g34 ELSE s."tarifGir34" END,
       "tarifGir56" = CASE WHEN r."hasPrices" AND (r.priority <= ${PRIORITY_SQL} OR s."tarifGir56" IS NULL) THEN r.g56 ELSE s."tarifGir56" END,
       "prixAccueilDeJour" = CASE WHEN r."hasPrices" AND (r.priority <= ${PRIORITY_SQL} OR s."prixAccueilDeJour" IS NULL) THEN r.aj ELSE s."prixAccueilDeJour" END,
       "forfaitMensuel" = CASE WHEN r."hasPrices" AND (r.priority <= ${PRIORITY_SQL} OR s."forfaitMensuel" IS NULL) THEN r.fm ELSE s."forfaitMensuel" END,
       "locationId" = CASE WHEN r.priority <= ${PRIORITY_SQL} OR s."locationId" IS NULL THEN r."locationId" ELSE s."locationId" END,
       latitude = CASE WHEN (r.priority <= ${PRIORITY_SQL} OR s.latitude IS NULL) AND r.latitude IS NOT NULL THEN r.latitude ELSE s.latitude END,
       longitude = CASE WHEN (r.priority <= ${PRIORITY_SQL} OR s.longitude IS NULL) AND r.longitude IS NOT NULL THEN r.longitude ELSE s.longitude END,
       "fieldsSource" = CASE WHEN r.priority <= ${PRIORITY_SQL} THEN r.source ELSE s."fieldsSource" END,
       "updatedAt" = now()
     FROM jsonb_to_recordset($1::jsonb) AS r(
       id text, source text, priority int, name text, "normalizedName" text, "finessEt" text, "finessEj" text, siret text,
       categorie text, habilitation boolean, "hasPrices" boolean, hp float8, ht float8, g12 float8, g34 float8, g56 float8,
       aj float8, fm float8, "locationId" text, latitude float8, longitude float8)
     WHERE s.id = r.id`,
    [JSON.stringify(rows)],
  );
}

export async function upsertProvenances(runner: SqlRunner, offers: OfferInput[], structureIds: Map<string, string>, fetchedAt: Date): Promise<void> {
  const rows = new Map<string, { sourceKey: string; source: SourceId; structureId: string; fetchedAt: string; sourceUpdatedAt: string | null }>();
  for (const offer of offers) {
    const structureId = structureIds.get(offer.key);
    if (!structureId) continue;
    rows.set(offer.structure.sourceKey, {
      sourceKey: offer.structure.sourceKey,
      source: offer.source,
      structureId,
      fetchedAt: fetchedAt.toISOString(),
      sourceUpdatedAt: offer.structure.sourceUpdatedAt?.toISOString() ?? null,
    });
  }
  await runner.query(
    `INSERT INTO "StructureProvenance" ("sourceKey", source, "structureId", "fetchedAt", "sourceUpdatedAt")
     SELECT "sourceKey", source, "structureId", "fetchedAt", "sourceUpdatedAt"
       FROM jsonb_to_recordset($1::jsonb) AS r("sourceKey" text, source text, "structureId" text, "fetchedAt" timestamp, "sourceUpdatedAt" timestamp)
     ON CONFLICT ("sourceKey") DO UPDATE SET
       "structureId" = excluded."structureId", "fetchedAt" = excluded."fetchedAt", "sourceUpdatedAt" = excluded."sourceUpdatedAt"`,
    [JSON.stringify([...rows.values()])],
  );
}

export async function upsertLocations(runner: SqlRunner, locations: LocationInput[]): Promise<void> {
  const rows = new Map<string, LocationInput & { departement: string | null }>();
  for (const location of locations) {
    rows.set(location.id, { ...location, departement: location.communeCode ? departementOfCommune(location.communeCode) : null });
  }
  await runner.query(
    `INSERT INTO "Location" (id, "addressLine", "postalCode", city, "communeCode", departement, latitude, longitude)
     SELECT id, "addressLine", "postalCode", city, "communeCode", departement, latitude, longitude
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, "addressLine" text, "postalCode" text, city text, "communeCode" text,
                                               departement text, latitude float8, longitude float8)
     ON CONFLICT (id) DO UPDATE SET
       "addressLine" = excluded."addressLine", "postalCode" = excluded."postalCode", city = excluded.city,
       "communeCode" = excluded."communeCode", departement = excluded.departement,
       latitude = excluded.latitude, longitude = excluded.longitude
     WHERE ("Location"."addressLine", "Location"."postalCode", "Location".city, "Location"."communeCode", "Location".latitude, "Location".longitude)
       IS DISTINCT FROM (excluded."addressLine", excluded."postalCode", excluded.city, excluded."communeCode", excluded.latitude, excluded.longitude)`,
    [JSON.stringify([...rows.values()])],
  );
}

export async function upsertOfferRows(
  runner: SqlRunner,
  changed: Array<{ offer: OfferInput; hash: string }>,
  structureIds: Map<string, string>,
  fetchedAt: Date,
): Promise<void> {
  const rows = changed.map(({ offer, hash }) => ({
    id: offer.key,
    source: offer.source,
    sourceLocalId: offer.localId,
    structureSourceKey: offer.structure.sourceKey,
    structureId: structureIds.get(offer.key),
    locationId: offer.location.id,
    name: offer.name,
    description: offer.description,
    typeOffre: offer.typeOffre,
    typeSlug: offer.typeSlug,
    groupSlug: offer.groupSlug,
    categorieEtablissement: offer.structure.categorieEtablissement,
    publics: offer.publics,
    publicSlugs: offer.publicSlugs,
    modesPriseEnCharge: offer.modesPriseEnCharge,
    temporalites: offer.temporalites,
    capacity: offer.capacity,
    ageMin: offer.ageMin,
    ageMax: offer.ageMax,
    phone: offer.contact.phone,
    email: offer.contact.email,
    website: offer.contact.website,
    openingHours: offer.openingHours,
    openingHoursNote: offer.openingHoursNote,
    accessibility: offer.accessibility,
    regulated: offer.regulated,
    latitude: offer.location.latitude,
    longitude: offer.location.longitude,
    communeCode: offer.location.communeCode,
    departement: offer.location.communeCode ? departementOfCommune(offer.location.communeCode) : null,
    fetchedAt: fetchedAt.toISOString(),
    sourceUpdatedAt: offer.sourceUpdatedAt?.toISOString() ?? null,
    contentHash: hash,
  }));
  const columns = [
    "id",
    "source",
    "sourceLocalId",
    "structureSourceKey",
    "structureId",
    "locationId",
    "name",
    "description",
    "typeOffre",
    "typeSlug",
    "groupSlug",
    "categorieEtablissement",
    "publics",
    "publicSlugs",
    "modesPriseEnCharge",
    "temporalites",
    "capacity",
    "ageMin",
    "ageMax",
    "phone",
    "email",
    "website",
    "openingHours",
    "openingHoursNote",
    "accessibility",
    "regulated",
    "latitude",
    "longitude",
    "communeCode",
    "departement",
    "fetchedAt",
    "sourceUpdatedAt",
    "contentHash",
  ];
  const types: Record<string, string> = {
    publics: "text[]",
    publicSlugs: "text[]",
    modesPriseEnCharge: "text[]",
    temporalites: "text[]",
    capacity: "int",
    ageMin: "int",
    ageMax: "int",
    openingHours: "jsonb",
    regulated: "boolean",
    latitude: "float8",
    longitude: "float8",
    fetchedAt: "timestamp",
    sourceUpdatedAt: "timestamp",
  };
  const quoted = columns.map((column) => `"${column}"`);
  await runner.query(
    `INSERT INTO "Offer" (${quoted.join(", ")}, "createdAt", "updatedAt")
     SELECT ${quoted.join(", ")}, now(), now()
       FROM jsonb_to_recordset($1::jsonb) AS r(${columns.map((column) => `"${column}" ${types[column] ?? "text"}`).join(", ")})
     ON CONFLICT (id) DO UPDATE SET
       ${quoted.filter((column) => column !== '"id"').map((column) => `${column} = excluded.${column}`).join(",\n       ")},
       "updatedAt" = now()`,
    [JSON.stringify(rows)],
  );
}
