import type { PGlite, Transaction } from "@electric-sql/pglite";
import type { Pool, PoolClient } from "pg";

/**
 * The few raw-SQL operations the migration runner and maintenance scripts need,
 * over either an embedded PGlite instance or a PostgreSQL connection.
 */
export type SqlRunner = {
  /** Runs a script of one or more statements (simple query protocol). */
  exec(script: string): Promise<void>;
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /**
   * One statement with parameters, or a parameterless script of several; returns the rows of
   * the (last) statement, as `pg` does. The shape libraries such as pg-boss expect (lib/jobs).
   */
  execute(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /** Runs `work` while holding an exclusive lock (no-op on PGlite, which has a single connection). */
  withExclusiveLock<T>(work: () => Promise<T>): Promise<T>;
};

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    async exec(script) {
      await db.exec(script);
    },
    async query<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      const result = await db.query<Row>(sql, params);
      return result.rows;
    },
    async execute(sql, params) {
      if (params && params.length > 0) return { rows: (await db.query<Record<string, unknown>>(sql, params)).rows };
      const results = await db.exec(sql);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    withExclusiveLock: (work) => work(),
  };
}

const SAVEPOINT = "isolated_work";
const TRANSACTION_CONTROL: Record<string, string> = {
  BEGIN: `SAVEPOINT ${SAVEPOINT}`,
  COMMIT: `RELEASE SAVEPOINT ${SAVEPOINT}`,
  ROLLBACK: `ROLLBACK TO SAVEPOINT ${SAVEPOINT}`,
};

/**
 * A runner inside an open PGlite transaction (Database.withIsolatedRunner): the caller's own
 * BEGIN / COMMIT / ROLLBACK become a savepoint, so its rollback keeps what it wrote before BEGIN
 * and after ROLLBACK (a run's failure report), as on a connection of its own.
 */
export function savepointRunner(transaction: Transaction): SqlRunner {
  const control = (script: string) => TRANSACTION_CONTROL[script.trim().replace(/;$/, "").toUpperCase()] ?? script;
  return {
    async exec(script) {
      await transaction.exec(control(script));
    },
    async query<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await transaction.query<Row>(sql, params)).rows;
    },
    async execute(sql, params) {
      if (params && params.length > 0) return { rows: (await transaction.query<Record<string, unknown>>(sql, params)).rows };
      const results = await transaction.exec(control(sql));
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    withExclusiveLock: (work) => work(),
  };
}

// Prisma Migrate uses the same advisory lock key, so our runner and
// `prisma migrate deploy` never apply migrations at the same time.
const MIGRATION_LOCK_KEY = 72707369;

export async function postgresRunner<T>(pool: Pool, work: (runner: SqlRunner) => Promise<T>): Promise<T> {
  const client: PoolClient = await pool.connect();
  try {
    const runner: SqlRunner = {
      async exec(script) {
        await client.query(script);
      },
      async query<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
        const result = await client.query(sql, params);
        return result.rows as Row[];
      },
      async execute(sql, params) {
        const result: unknown = await client.query(sql, params);
        const last = (Array.isArray(result) ? result.at(-1) : result) as { rows?: Record<string, unknown>[] } | undefined;
        return { rows: last?.rows ?? [] };
      },
      async withExclusiveLock(inner) {
        await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        try {
          return await inner();
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
        }
      },
    };
    return await work(runner);
  } finally {
    client.release();
  }
}
