import { randomBytes } from "node:crypto";

import { openDatabase, type Database } from "@/lib/database/open-database";

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or — when
 * `TEST_DATABASE_URL` names a PostgreSQL server — a throw-away database created
 * on that server and dropped on close.
 */
export async function createTestDatabase(engine: "pglite" | "postgres" = "pglite"): Promise<Database> {
  if (engine === "pglite") return openDatabase("pglite:memory", { migrate: true });
  const serverUrl = postgresTestServerUrl();
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set: no PostgreSQL server for integration tests");
  const name = `portail_test_${randomBytes(6).toString("hex")}`;
  const admin = await openDatabase(serverUrl, { poolSize: 1 });
  await admin.withRunner((runner) => runner.exec(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase(url.toString(), { migrate: true, poolSize: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      await admin.withRunner((runner) => runner.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      await admin.close();
    },
  };
}

/** The PostgreSQL server used by integration tests, if any (set by `npm test` when it could start one). */
export function postgresTestServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

/** Engines the integration tests run against on this machine. */
export function testEngines(): Array<"pglite" | "postgres"> {
  return postgresTestServerUrl() ? ["pglite", "postgres"] : ["pglite"];
}
