import { NextResponse } from "next/server";

import { getDatabase } from "@/lib/db";
import { loadSyncStatus } from "@/lib/ingest/sync-status";
import { portalSyncSettings } from "@/lib/jobs/portal-workers";
import { errorContext, logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

/**
 * Health check for operators: is the database reachable and migrated, and how did the last
 * update of each catalogue source go (scheduled or by hand)? The import's technical error stays
 * in the logs; `/etat-du-service` shows the same in French.
 */
export async function GET() {
  try {
    const database = await getDatabase();
    const rows = await database.withRunner((runner) =>
      runner.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL',
      ),
    );
    const settings = portalSyncSettings();
    const sources = await loadSyncStatus(database.prisma, settings);
    return NextResponse.json(
      {
        statut: "ok",
        baseDeDonnees: database.target.kind,
        migrations: rows[0]?.count ?? 0,
        synchronisationsPlanifiees: settings !== null,
        synchronisations: sources.map(({ source, cron, lastRun }) => ({
          source,
          planification: cron,
          derniere: lastRun && {
            declenchement: lastRun.trigger,
            statut: lastRun.status,
            debut: lastRun.startedAt.toISOString(),
            fin: lastRun.finishedAt?.toISOString() ?? null,
            essai: lastRun.attempt,
            nouvelEssaiPrevu: lastRun.willRetry,
            rapport: lastRun.counts,
          },
        })),
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    logger.error("Health check failed: database unavailable", errorContext(error));
    return NextResponse.json(
      { statut: "indisponible", message: "La base de données ne répond pas." },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
