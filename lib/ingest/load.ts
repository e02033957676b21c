import { createHash, randomUUID } from "node:crypto";

import type { SqlRunner } from "@/lib/database/sql-runner";
import { departementOfCommune } from "@/lib/geo/commune";
import { distanceMeters } from "@/lib/geo/distance";
import { SOURCE_PRIORITY, type LocationInput, type OfferInput, type PriceInput, type SourceId } from "@/lib/offers/domain";
import { normalizeName } from "@/lib/offers/names";
import { DAYS_PER_MONTH } from "@/lib/offers/prices";
import { OFFER_TYPES } from "@/lib/offers/referentials";

/**
 * SQL side of an import run. Every function runs inside the run's single
 * transaction (run-import.ts) and works on one batch of records at a time, so
 * memory does not grow with the size of the source.
 */

/** Two sites with the same normalised name closer than this are one structure. */
export const SAME_SITE_METERS = 100;

export type BatchCounts = { created: number; updated: number; unchanged: number; removed: number; duplicates: string[] };

export async function createRunTables(runner: SqlRunner): Promise<void> {
  await runner.exec(`
    CREATE TEMP TABLE _ingest_seen (key text PRIMARY KEY) ON COMMIT DROP;
    CREATE TEMP TABLE _ingest_affected (structure_id text PRIMARY KEY) ON COMMIT DROP;
  `);
}

/** Stable hash of a mapped record: equal hashes mean nothing to write. */
export function contentHash(record: unknown): string {
  return createHash("sha1").update(JSON.stringify(record)).digest("hex");
}

/**
 * Marks keys as seen in this run and keeps the first record of each key; the
 * others (a key the source sent twice) are returned as duplicates.
 */
async function claimKeys<T extends { key: string }>(runner: SqlRunner, records: T[]): Promise<{ kept: T[]; duplicates: string[] }> {
  if (records.length === 0) return { kept: [], duplicates: [] };
  const inserted = await runner.query<{ key: string }>(
    "INSERT INTO _ingest_seen (key) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING RETURNING key",
    [records.map((record) => record.key)],
  );
  const fresh = new Set(inserted.map((row) => row.key));
  const kept: T[] = [];
  const duplicates: string[] = [];
  for (const record of records) {
    if (fresh.delete(record.key)) kept.push(record);
    else duplicates.push(record.key);
  }
  return { kept, duplicates };
}

async function markAffected(runner: SqlRunner, structureIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(structureIds)];
  if (ids.length === 0) return;
  await runner.query("INSERT INTO _ingest_affected (structure_id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING", [ids]);
}

// ---------------------------------------------------------------- offers

type ExistingOffer = { id: string; contentHash: string; structureId: string };

export async function applyOffers(runner: SqlRunner, offers: OfferInput[], fetchedAt: Date): Promise<BatchCounts> {
  const counts: BatchCounts = { created: 0, updated: 0, unchanged: 0, removed: 0, duplicates: [] };
  const { kept: unique, duplicates } = await claimKeys(runner, offers);
  counts.duplicates = duplicates;
  if (unique.length === 0) return counts;

  const existingRows = await runner.query<ExistingOffer>(
    'SELECT id, "contentHash", "structureId" FROM "Offer" WHERE id = ANY($1::text[])',
    [unique.map((offer) => offer.key)],
  );
  const existing = new Map(existingRows.map((row) => [row.id, row]));
  const changed: Array<{ offer: OfferInput; hash: string; previous: ExistingOffer | undefined }> = [];
  for (const offer of unique) {
    const hash = contentHash(offer);
    const previous = existing.get(offer.key);
    if (previous?.contentHash === hash) counts.unchanged += 1;
    else {
      changed.push({ offer, hash, previous });
      if (previous) counts.updated += 1;
      else counts.created += 1;
    }
  }
  if (changed.length === 0) return counts;

  await upsertLocations(runner, changed.flatMap((item) => [item.offer.location, item.offer.structure.location]));
  const structureIds = await resolveStructures(runner, changed.map((item) => item.offer), fetchedAt);
  await upsertOfferRows(runner, changed, structureIds, fetchedAt);
  await markAffected(runner, [
    ...structureIds.values(),
    ...changed.map((item) => item.previous?.structureId).filter((id): id is string => !!id),
  ]);
  return counts;
}

type StructureRow = { id: string; finessEt: string | null; siret: string | null };

/**
 * Finds or creates the structure of each record: its own provenance first,
 * then the FINESS ET number, the SIRET, and finally the same normalised name
 * within 100 m. Then writes the structure fields, the most authoritative
 * source winning (domain.ts SOURCE_PRIORITY), and the provenance rows.
 */
async function resolveStructures(runner: SqlRunner, offers: OfferInput[], fetchedAt: Date): Promise<Map<string, string>> {
  const structures = offers.map((offer) => offer.structure);
  const provenanceRows = await runner.query<{ sourceKey: string; structureId: string }>(
    'SELECT "sourceKey", "structureId" FROM "StructureProvenance" WHERE "sourceKey" = ANY($1::text[])',
    [unique(structures.map((s) => s.sourceKey))],
  );
  const byProvenance = new Map(provenanceRows.map((row) => [row.sourceKey, row.structureId]));
  const finessList = unique(structures.map((s) => s.finessEt).filter((v): v is string => !!v));
  const siretList = unique(structures.map((s) => s.siret).filter((v): v is string => !!v));
  const idRows =
    finessList.length + siretList.length === 0
      ? []
      : await runner.query<StructureRow>(
          'SELECT id, "finessEt", siret FROM "Structure" WHERE "finessEt" = ANY($1::text[]) OR siret = ANY($2::text[]) ORDER BY id',
          [finessList, siretList],
        );
  const byFiness = new Map<string, string>();
  const bySiret = new Map<string, string>();
  for (const row of idRows) {
    if (row.finessEt) byFiness.set(row.finessEt, row.id);
    if (row.siret && !bySiret.has(row.siret)) bySiret.set(row.siret, row.id);
  }
  const nearby = await nearbySameName(
    runner,
    structures.filter((s) => !byProvenance.has(s.sourceKey) && !(s.finessEt && byFiness.has(s.finessEt)) && !(s.siret && bySiret.has(s.siret))),
  );

  const created: Array<{ id: string; name: string; latitude: number | null; longitude: number | null }> = [];
  const result = new Map<string, string>();
  const assignments = new Map<string, OfferInput>();
  for (const offer of offers) {
    const s = offer.structure;
    let id =
      byProvenance.get(s.sourceKey) ??
      (s.finessEt ? byFiness.get(s.finessEt) : undefined) ??
      (s.siret ? bySiret.get(s.siret) : undefined) ??
      nearby.get(s.sourceKey) ??
      nearestCreated(created, s.name, s.location);
    if (!id) {
      id = randomUUID();
      created.push({ id, name: normalizeName(s.name), latitude: s.location.latitude, longitude: s.location.longitude });
      await runner.query(
        `INSERT INTO "Structure" (id, name, "normalizedName", "fieldsSource", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, now(), now())`,
        [id, s.name, normalizeName(s.name), offer.source],
      );
    }
    byProvenance.set(s.sourceKey, id);
    if (s.finessEt && !byFiness.has(s.finessEt)) byFiness.set(s.finessEt, id);
    if (s.siret && !bySiret.has(s.siret)) bySiret.set(s.siret, id);
    result.set(offer.key, id);
    assignments.set(id, mergeAssignment(assignments.get(id), offer));
  }
  await updateStructureFields(runner, assignments);
  await upsertProvenances(runner, offers, result, fetchedAt);
  return result;
}

/**
 * Several records of one batch may describe the same structure (the offers of
 * one ROR organisation): the most authoritative wins, blanks are filled from
 * the others.
 */
function mergeAssignment(current: OfferInput | undefined, next: OfferInput): OfferInput {
  if (!current) return next;
  const [first, second] = SOURCE_PRIORITY[next.source] < SOURCE_PRIORITY[current.source] ? [next, current] : [current, next];
  const a = first.structure;
  const b = second.structure;
  return {
    ...first,
    structure: {
      ...a,
      finessEt: a.finessEt ?? b.finessEt,
      finessEj: a.finessEj ?? b.finessEj,
      siret: a.siret ?? b.siret,
      categorieEtablissement: a.categorieEtablissement ?? b.categorieEtablissement,
      habilitationAideSociale: a.habilitationAideSociale ?? b.habilitationAideSociale,
      prices: a.prices ?? b.prices,
    },
  };
}

async function nearbySameName(runner: SqlRunner, structures: OfferInput["structure"][]): Promise<Map<string, string>> {
  const candidates = structures.filter((s) => s.location.latitude !== null && s.location.longitude !== null);
  const found = new Map<string, string>();
  if (candidates.length === 0) return found;
  const rows = await runner.query<{ idx: number; id: string; latitude: number; longitude: number }>(
    `SELECT v.idx, s.id, s.latitude, s.longitude
       FROM unnest($1::int[], $2::text[], $3::float8[], $4::float8[]) AS v(idx, name, lat, lon)
       JOIN "Structure" s ON s."normalizedName" = v.name
        AND s.latitude BETWEEN v.lat - 0.0015 AND v.lat + 0.0015
        AND s.longitude BETWEEN v.lon - 0.003 AND v.lon + 0.003
      ORDER BY s.id`,
    [
      candidates.map((_, index) => index),
      candidates.map((s) => normalizeName(s.name)),
      candidates.map((s) => s.location.latitude),
      candidates.map((s) => s.location.longitude),
    ],
  );
  const best = new Map<number, { id: string; distance: number }>();
  for (const row of rows) {
    const s = candidates[row.idx];
    if (!s) continue;
    const distance = distanceMeters(
      { latitude: row.latitude, longitude: row.longitude },
      { latitude: s.location.latitude as number, longitude: s.location.longitude as number },
    );
    const current = best.get(row.idx);
    if (distance < SAME_SITE_METERS && (!current || distance < current.distance)) best.set(row.idx, { id: row.id, distance });
  }
  for (const [idx, match] of best) {
    const s = candidates[idx];
    if (s) found.set(s.sourceKey, match.id);
  }
  return found;
}

function nearestCreated(
  created: Array<{ id: string; name: string; latitude: number | null; longitude: number | null }>,
  name: string,
  location: LocationInput,
): string | undefined {
  if (location.latitude === null || location.longitude === null) return undefined;
  const normalized = normalizeName(name);
  const point = { latitude: location.latitude, longitude: location.longitude };
  return created.find(
    (c) =>
      c.name === normalized &&
      c.latitude !== null &&
      c.longitude !== null &&
      distanceMeters(point, { latitude: c.latitude, longitude: c.longitude }) < SAME_SITE_METERS,
  )?.id;
}

const PRIORITY_SQL = `CASE s."fieldsSource" ${Object.entries(SOURCE_PRIORITY)
  .map(([source, priority]) => `WHEN '${source}' THEN ${priority}`)
  .join(" ")} ELSE 99 END`;

/**
 * A source at least as authoritative as the current one rewrites the
 * descriptive fields; a less authoritative one only fills the blanks.
 * Identifiers (FINESS, SIRET) are only ever completed, never replaced.
 */
async function updateStructureFields(runner: SqlRunner, assignments: Map<string, OfferInput>): Promise<void> {
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

async function upsertProvenances(runner: SqlRunner, offers: OfferInput[], structureIds: Map<string, string>, fetchedAt: Date): Promise<void> {
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

async function upsertLocations(runner: SqlRunner, locations: LocationInput[]): Promise<void> {
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

async function upsertOfferRows(
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

/** Deletes offers the source says are gone (incremental syncs). */
export async function removeOffers(runner: SqlRunner, source: SourceId, keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const removed = await runner.query<{ structureId: string }>(
    'DELETE FROM "Offer" WHERE source = $1 AND id = ANY($2::text[]) RETURNING "structureId"',
    [source, keys],
  );
  await markAffected(runner, removed.map((row) => row.structureId));
  return removed.length;
}

/** Full runs: deletes the source's offers (or prices) that this run did not read. */
export async function removeUnseen(runner: SqlRunner, source: SourceId): Promise<number> {
  if (source === "prix-ehpad") {
    const removed = await runner.query<{ finessEt: string }>(
      `DELETE FROM "EhpadPrice" p WHERE NOT EXISTS (SELECT 1 FROM _ingest_seen k WHERE k.key = p."sourceKey") RETURNING "finessEt"`,
    );
    await markStructuresOfFiness(runner, removed.map((row) => row.finessEt));
    return removed.length;
  }
  const removed = await runner.query<{ structureId: string }>(
    `DELETE FROM "Offer" o WHERE o.source = $1 AND NOT EXISTS (SELECT 1 FROM _ingest_seen k WHERE k.key = o.id) RETURNING "structureId"`,
    [source],
  );
  await markAffected(runner, removed.map((row) => row.structureId));
  return removed.length;
}

export async function countSeen(runner: SqlRunner): Promise<number> {
  const rows = await runner.query<{ count: number | string }>("SELECT count(*) AS count FROM _ingest_seen");
  return Number(rows[0]?.count ?? 0);
}

export async function countExisting(runner: SqlRunner, source: SourceId): Promise<number> {
  const rows =
    source === "prix-ehpad"
      ? await runner.query<{ count: number | string }>('SELECT count(*) AS count FROM "EhpadPrice"')
      : await runner.query<{ count: number | string }>('SELECT count(*) AS count FROM "Offer" WHERE source = $1', [source]);
  return Number(rows[0]?.count ?? 0);
}

// ---------------------------------------------------------------- prices

export async function applyPrices(runner: SqlRunner, prices: PriceInput[], fetchedAt: Date): Promise<BatchCounts> {
  const counts: BatchCounts = { created: 0, updated: 0, unchanged: 0, removed: 0, duplicates: [] };
  const { kept: unique, duplicates } = await claimKeys(runner, prices);
  counts.duplicates = duplicates;
  if (unique.length === 0) return counts;
  const existing = new Map(
    (
      await runner.query<{ sourceKey: string; contentHash: string }>('SELECT "sourceKey", "contentHash" FROM "EhpadPrice" WHERE "sourceKey" = ANY($1::text[])', [
        unique.map((price) => price.key),
      ])
    ).map((row) => [row.sourceKey, row.contentHash]),
  );
  const changed: Array<PriceInput & { hash: string }> = [];
  for (const price of unique) {
    const hash = contentHash(price);
    const previous = existing.get(price.key);
    if (previous === hash) counts.unchanged += 1;
    else {
      changed.push({ ...price, hash });
      if (previous) counts.updated += 1;
      else counts.created += 1;
    }
  }
  if (changed.length === 0) return counts;
  const rows = changed.map((price) => ({
    finessEt: price.finessEt,
    sourceKey: price.key,
    raisonSociale: price.raisonSociale,
    hp: price.prices.hebergementPermanentJour,
    ht: price.prices.hebergementTemporaireJour,
    g12: price.prices.tarifGir12Jour,
    g34: price.prices.tarifGir34Jour,
    g56: price.prices.tarifGir56Jour,
    fetchedAt: fetchedAt.toISOString(),
    sourceUpdatedAt: price.sourceUpdatedAt?.toISOString() ?? null,
    contentHash: price.hash,
  }));
  await runner.query(
    `INSERT INTO "EhpadPrice" ("finessEt", "sourceKey", "raisonSociale", "prixHebergementPermanent", "prixHebergementTemporaire",
                               "tarifGir12", "tarifGir34", "tarifGir56", "fetchedAt", "sourceUpdatedAt", "contentHash")
     SELECT "finessEt", "sourceKey", "raisonSociale", hp, ht, g12, g34, g56, "fetchedAt", "sourceUpdatedAt", "contentHash"
       FROM jsonb_to_recordset($1::jsonb) AS r("finessEt" text, "sourceKey" text, "raisonSociale" text, hp float8, ht float8,
                                               g12 float8, g34 float8, g56 float8, "fetchedAt" timestamp, "sourceUpdatedAt" timestamp, "contentHash" text)
     ON CONFLICT ("finessEt") DO UPDATE SET
       "raisonSociale" = excluded."raisonSociale", "prixHebergementPermanent" = excluded."prixHebergementPermanent",
       "prixHebergementTemporaire" = excluded."prixHebergementTemporaire", "tarifGir12" = excluded."tarifGir12",
       "tarifGir34" = excluded."tarifGir34", "tarifGir56" = excluded."tarifGir56", "fetchedAt" = excluded."fetchedAt",
       "sourceUpdatedAt" = excluded."sourceUpdatedAt", "contentHash" = excluded."contentHash"`,
    [JSON.stringify(rows)],
  );
  await markStructuresOfFiness(runner, changed.map((price) => price.finessEt));
  return counts;
}

async function markStructuresOfFiness(runner: SqlRunner, finessList: string[]): Promise<void> {
  if (finessList.length === 0) return;
  await runner.query(
    `INSERT INTO _ingest_affected (structure_id) SELECT id FROM "Structure" WHERE "finessEt" = ANY($1::text[]) ON CONFLICT DO NOTHING`,
    [finessList],
  );
}

// ---------------------------------------------------------------- derived columns and clean-up

const RESIDENTIAL_TYPES = OFFER_TYPES.filter((type) => type.residential).map((type) => type.slug);

/**
 * For the structures touched by the run: drops provenances and structures no
 * longer backed by any record, recomputes the offers' effective prices (CNSA
 * publication first, then the ROR), monthly price (same formula as
 * lib/offers/prices.ts) and `listed` flag, and deletes unused locations. Rows
 * are only written when a value changes.
 */
export async function finishRun(runner: SqlRunner, source: SourceId): Promise<void> {
  if (source !== "prix-ehpad") {
    await runner.query(
      `DELETE FROM "StructureProvenance" p
        WHERE p.source = $1
          AND NOT EXISTS (SELECT 1 FROM "Offer" o WHERE o.source = p.source AND o."structureSourceKey" = p."sourceKey")`,
      [source],
    );
  }
  await runner.exec(`
    DELETE FROM "Structure" s
     WHERE s.id IN (SELECT structure_id FROM _ingest_affected)
       AND NOT EXISTS (SELECT 1 FROM "StructureProvenance" p WHERE p."structureId" = s.id);
  `);
  await runner.query(
    `WITH eff AS (
       SELECT o.id, o."typeSlug" AS t,
              COALESCE(p."prixHebergementPermanent", s."prixHebergementPermanent") AS hp,
              COALESCE(p."prixHebergementTemporaire", s."prixHebergementTemporaire") AS ht,
              COALESCE(p."tarifGir12", s."tarifGir12") AS g12,
              COALESCE(p."tarifGir34", s."tarifGir34") AS g34,
              COALESCE(p."tarifGir56", s."tarifGir56") AS g56,
              s."forfaitMensuel" AS fm,
              s."habilitationAideSociale" AS hab,
              COALESCE(o."categorieEtablissement", s."categorieEtablissement") AS cat,
              NOT (o.source = 'finess' AND EXISTS (SELECT 1 FROM "Offer" r WHERE r."structureId" = o."structureId" AND r.source = 'ror')) AS listed
         FROM "Offer" o
         JOIN "Structure" s ON s.id = o."structureId"
         LEFT JOIN "EhpadPrice" p ON p."finessEt" = s."finessEt"
        WHERE o."structureId" IN (SELECT structure_id FROM _ingest_affected)
     ), calc AS (
       SELECT eff.*,
              CASE
                WHEN t = 'hebergement-temporaire' THEN round(((COALESCE(ht, hp) + COALESCE(g56, 0)) * $1::float8)::numeric, 2)::float8
                WHEN t = ANY($2::text[]) AND hp IS NOT NULL THEN round(((hp + COALESCE(g56, 0)) * $1::float8)::numeric, 2)::float8
                WHEN t = ANY($2::text[]) THEN fm
                ELSE NULL
              END AS pm
         FROM eff
     )
     UPDATE "Offer" o SET
       "prixHebergementPermanent" = c.hp, "prixHebergementTemporaire" = c.ht,
       "tarifGir12" = c.g12, "tarifGir34" = c.g34, "tarifGir56" = c.g56,
       "prixMensuel" = c.pm, "habilitationAideSociale" = c.hab, "categorieEtablissement" = c.cat,
       listed = c.listed, "updatedAt" = now()
      FROM calc c
     WHERE o.id = c.id
       AND (o."prixHebergementPermanent", o."prixHebergementTemporaire", o."tarifGir12", o."tarifGir34", o."tarifGir56",
            o."prixMensuel", o."habilitationAideSociale", o."categorieEtablissement", o.listed)
           IS DISTINCT FROM (c.hp, c.ht, c.g12, c.g34, c.g56, c.pm, c.hab, c.cat, c.listed)`,
    [DAYS_PER_MONTH, RESIDENTIAL_TYPES],
  );
  await runner.exec(`
    DELETE FROM "Location" l
     WHERE NOT EXISTS (SELECT 1 FROM "Offer" o WHERE o."locationId" = l.id)
       AND NOT EXISTS (SELECT 1 FROM "Structure" s WHERE s."locationId" = l.id);
  `);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
