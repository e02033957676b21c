import { NextResponse } from "next/server";

import { getDatabase } from "@/lib/db";
import { errorContext, logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

/** Health check for operators: is the database reachable and migrated? */
export async function GET() {
  try {
    const database = await getDatabase();
    const rows = await database.withRunner((runner) =>
      runner.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL',
      ),
    );
    return NextResponse.json(
      { statut: "ok", baseDeDonnees: database.target.kind, migrations: rows[0]?.count ?? 0 },
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
