import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig, type PrismaConfig } from "prisma/config";

type MigrationAdapter = Awaited<ReturnType<NonNullable<Extract<PrismaConfig, { engine: "js" }>["adapter"]>>>;

// The Prisma CLI is only used to author migrations (`npm run db:migration`) and
// to generate the client. It works on a throw-away in-memory PGlite through the
// JS schema engine, so it needs no engine download. Applying migrations to real
// databases is done by lib/database/migrate.ts (see docs/adr/0001-database.md).
// The schema's datasource URL is never used to connect (driver adapters do);
// the CLI only needs a syntactically valid one.
process.env.PRISMA_DATASOURCE_URL ??= "postgresql://driver-adapter.invalid/unused";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    // Typed against an older driver-adapter-utils; see lib/database/open-database.ts.
    return new PrismaPGlite(new PGlite()) as unknown as MigrationAdapter;
  },
});
