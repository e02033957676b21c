import { randomUUID } from "node:crypto";

import type { SqlRunner } from "@/lib/database/sql-runner";
import { distanceMeters } from "@/lib/geo/distance";
import { SOURCE_PRIORITY, type LocationInput, type OfferInput } from "@/lib/offers/domain";
import { normalizeName } from "@/lib/offers/names";

/**
 * Matching records to existing structures: its own provenance first, then the
 * FINESS ET number, the SIRET, and finally the same normalised name within
 * 100 m; a structure is created when none matches.
 */

/** Two sites with the same normalised name closer than this are one structure. */
export const SAME_SITE_METERS = 100;

type StructureRow = { id: string; finessEt: string | null; siret: string | null };

/** Structure id of each record (by offer key), and per structure the record whose fields it should take. */
export type StructureMatches = { structureIds: Map<string, string>; assignments: Map<string, OfferInput> };

/**
 * Finds or creates the structure of each record: its own provenance first,
 * then the FINESS ET number, the SIRET, and finally the same normalised name
 * within 100 m (also among the structures this batch just created).
 */
export async function matchStructures(runner: SqlRunner, offers: OfferInput[]): Promise<StructureMatches> {
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
  return { structureIds: result, assignments };
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

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
