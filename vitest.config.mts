import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests sit next to the code (*.test.ts); integration tests that need a
// database end in *.int.test.ts and run against PGlite (and PostgreSQL when
// TEST_DATABASE_URL is set).
export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL(".", import.meta.url)) },
  },
  test: {
    include: ["{lib,sandbox,scripts,components,app}/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
