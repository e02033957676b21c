import { mkdir } from "node:fs/promises";

import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { Pool } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { parseDatabaseUrl, type DatabaseTarget } from "./database-url";
import { applyMigrations, readMigrations, type MigrationReport } from "./migrate";
import { pgliteRunner, postgresRunner, savepointRunner, type SqlRunner } from "./sql-runner";

type PrismaAdapter = NonNullable<NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"]>;

export type Database = {
  target: DatabaseTarget;
  prisma: PrismaClient;
  /** Raw SQL over the same connection(s) the Prisma client uses. */
  withRunner<T>(work: (runner: SqlRunner) => Promise<T>): Promise<T>;
  /**
   * Raw SQL that no other statement of this process interleaves with. On PGlite (one connection),
   * `work` runs inside one PGlite transaction, which holds the connection until it ends (Prisma and
   * the job queue wait), and the runner turns BEGIN / COMMIT / ROLLBACK into a savepoint; on
   * PostgreSQL it is `withRunner` (a connection of its own). For long writes such as a catalogue
   * import run inside the portal process.
   */
  withIsolatedRunner<T>(work: (runner: SqlRunner) => Promise<T>): Promise<T>;
  migrate(migrationsDir?: string): Promise<MigrationReport>;
  close(): Promise<void>;
};

export type OpenDatabaseOptions = {
  /** Apply pending migrations before returning. */
  migrate?: boolean;
  migrationsDir?: string;
  /** PostgreSQL pool size (ignored for PGlite, which has one connection). */
  poolSize?: number;
};

/**
 * Opens the database named by a DATABASE_URL value. PGlite is single-process:
 * one process at a time may open a given data folder (see docs/adr/0001-database.md).
 */
export async function openDatabase(url: string, options: OpenDatabaseOptions = {}): Promise<Database> {
  const target = parseDatabaseUrl(url);
  const database = target.kind === "pglite" ? await openPglite(target.dataDir) : openPostgres(target.url, options);
  if (options.migrate) {
    try {
      await database.migrate(options.migrationsDir);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

async function openPglite(dataDir: string | null): Promise<Database> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pglite = dataDir ? new PGlite(dataDir) : new PGlite();
  await pglite.waitReady;
  // pglite-prisma-adapter is typed against an older @prisma/driver-adapter-utils
  // whose only difference is the shape of `argTypes`, which it never reads; the
  // integration tests round-trip every column type we use.
  const adapter = new PrismaPGlite(pglite) as unknown as PrismaAdapter;
  const prisma = new PrismaClient({ adapter });
  const runner = pgliteRunner(pglite);
  return {
    target: { kind: "pglite", dataDir },
    prisma,
    withRunner: (work) => work(runner),
    withIsolatedRunner: (work) => pglite.transaction((transaction) => work(savepointRunner(transaction))),
    migrate: async (dir) => applyMigrations(runner, await readMigrations(dir)),
    async close() {
      await prisma.$disconnect();
      // A PGlite folder left open is not shut down cleanly and may not reopen.
      if (!pglite.closed) await pglite.close();
    },
  };
}

function openPostgres(url: string, options: OpenDatabaseOptions): Database {
  // A short idle timeout lets CLI processes exit promptly instead of waiting
  // for idle connections (measured: ~11 s per call with the default).
  const pool = new Pool({ connectionString: url, max: options.poolSize ?? 10, idleTimeoutMillis: 1_000 });
  // An idle connection closed by the server (restart, failover, DROP DATABASE …
  // FORCE) emits an error on the pool; unhandled, it would end the process. The
  // pool replaces the connection; the next query reports any lasting problem.
  pool.on("error", (error) => {
    console.warn(`PostgreSQL connection lost while idle: ${error.message}`);
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    target: { kind: "postgres", url },
    prisma,
    withRunner: (work) => postgresRunner(pool, work),
    withIsolatedRunner: (work) => postgresRunner(pool, work),
    migrate: async (dir) => {
      const migrations = await readMigrations(dir);
      return postgresRunner(pool, (runner) => applyMigrations(runner, migrations));
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
