import type { SqlRunner } from "@/lib/database/sql-runner";
import type { SourceId } from "@/lib/offers/domain";
import { DAYS_PER_MONTH } from "@/lib/offers/prices";
import { OFFER_TYPES } from "@/lib/offers/referentials";

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
