import type { Database } from "@/lib/database/open-database";

import { GROUPS } from "./referentials";

export type GroupCount = { group: string; label: string; offers: number };

export type CatalogueStatistics = {
  offers: number;
  structures: number;
  byGroup: GroupCount[];
  bySource: Record<string, number>;
  /** Structures known to more than one source (deduplicated sites). */
  multiSourceStructures: number;
};

/** Counts of the listed catalogue (what users can find), for reports and the demo. */
export async function catalogueStatistics(db: Database): Promise<CatalogueStatistics> {
  return db.withRunner(async (runner) => {
    const groups = await runner.query<{ groupSlug: string; count: string | number }>(
      'SELECT "groupSlug", count(*) AS count FROM "Offer" WHERE listed GROUP BY "groupSlug"',
    );
    const sources = await runner.query<{ source: string; count: string | number }>('SELECT source, count(*) AS count FROM "Offer" WHERE listed GROUP BY source');
    const [structures] = await runner.query<{ count: string | number }>('SELECT count(*) AS count FROM "Structure"');
    const [merged] = await runner.query<{ count: string | number }>(
      'SELECT count(*) AS count FROM (SELECT "structureId" FROM "StructureProvenance" GROUP BY "structureId" HAVING count(DISTINCT source) > 1) AS multi',
    );
    const byGroupSlug = new Map(groups.map((row) => [row.groupSlug, Number(row.count)]));
    const byGroup = GROUPS.map((group) => ({ group: group.slug, label: group.label, offers: byGroupSlug.get(group.slug) ?? 0 }));
    return {
      offers: byGroup.reduce((sum, group) => sum + group.offers, 0),
      structures: Number(structures?.count ?? 0),
      byGroup,
      bySource: Object.fromEntries(sources.map((row) => [row.source, Number(row.count)])),
      multiSourceStructures: Number(merged?.count ?? 0),
    };
  });
}
