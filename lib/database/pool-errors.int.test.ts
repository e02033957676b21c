import { describe, expect, it } from "vitest";

import { postgresTestServerUrl } from "@/lib/testing/test-database";

import { openDatabase } from "./open-database";

describe.skipIf(!postgresTestServerUrl())("PostgreSQL connection loss", () => {
  it("survives the server closing an idle connection, and the next query works", async () => {
    const database = await openDatabase(postgresTestServerUrl() as string, { poolSize: 2 });
    const admin = await openDatabase(postgresTestServerUrl() as string, { poolSize: 1 });
    try {
      const [{ pid } = { pid: 0 }] = await database.withRunner((runner) => runner.query<{ pid: number }>("SELECT pg_backend_pid() AS pid"));
      // The connection is idle in the pool: the server terminates it, as on a restart.
      await admin.withRunner((runner) => runner.query("SELECT pg_terminate_backend($1)", [pid]));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const rows = await database.withRunner((runner) => runner.query<{ one: number }>("SELECT 1 AS one"));
      expect(rows[0]?.one).toBe(1);
    } finally {
      await database.close();
      await admin.close();
    }
  });
});
