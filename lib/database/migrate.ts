import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import type { SqlRunner } from "./sql-runner";

export type Migration = { name: string; sql: string; checksum: string };

export type MigrationReport = { applied: string[]; alreadyApplied: string[] };

export class MigrationError extends Error {
  override name = "MigrationError";
}

export const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

/** Reads `prisma/migrations/<name>/migration.sql` in name order, as Prisma Migrate does. */
export async function readMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

// Same table and columns as Prisma Migrate, so `prisma migrate status` and
// `prisma migrate deploy` agree with this runner on a PostgreSQL database.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/**
 * Applies pending migrations in order, each in its own transaction, recording
 * them in `_prisma_migrations`. Refuses to go on after a failed migration or
 * when an applied migration was edited afterwards.
 */
export async function applyMigrations(runner: SqlRunner, migrations: Migration[]): Promise<MigrationReport> {
  return runner.withExclusiveLock(async () => {
    await runner.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await runner.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"',
    );
    const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed) {
      throw new MigrationError(
        `Migration ${failed.migration_name} failed earlier and was not rolled back; fix the database, then mark it rolled back`,
      );
    }
    const applied = new Map(rows.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row]));
    const report: MigrationReport = { applied: [], alreadyApplied: [] };
    for (const migration of migrations) {
      const existing = applied.get(migration.name);
      if (existing) {
        if (existing.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was modified after it was applied (checksum mismatch); add a new migration instead`,
          );
        }
        report.alreadyApplied.push(migration.name);
        continue;
      }
      await runner.exec("BEGIN");
      try {
        await runner.exec(migration.sql);
        await runner.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)',
          [randomUUID(), migration.checksum, migration.name],
        );
        await runner.exec("COMMIT");
      } catch (error) {
        await runner.exec("ROLLBACK");
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`);
      }
      report.applied.push(migration.name);
    }
    return report;
  });
}
