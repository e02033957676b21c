import { execFileSync } from "node:child_process";

import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";

import { applyMigrations, readMigrations } from "./migrate";
import { pgliteRunner } from "./sql-runner";

/** Tables, columns (type, nullability, default) and index definitions of the public schema. */
async function describeSchema(db: PGlite): Promise<string[]> {
  const columns = await db.query<{ line: string }>(`
    SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS line
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`);
  const indexes = await db.query<{ line: string }>(`
    SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
  const constraints = await db.query<{ line: string }>(`
    SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"')`);
  return [...columns.rows, ...indexes.rows, ...constraints.rows].map((row) => row.line).sort();
}

describe("migrations", () => {
  it("build exactly the database the Prisma schema describes", async () => {
    const fromSchema = new PGlite();
    const fromMigrations = new PGlite();
    try {
      const script = execFileSync(
        "npx",
        ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema", "--script"],
        { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
      );
      await fromSchema.exec(script);
      await applyMigrations(pgliteRunner(fromMigrations), await readMigrations());
      expect(await describeSchema(fromMigrations)).toEqual(await describeSchema(fromSchema));
    } finally {
      await fromSchema.close();
      await fromMigrations.close();
    }
  }, 60_000);
});
