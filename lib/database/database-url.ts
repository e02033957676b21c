import path from "node:path";

/** Where the data lives: an embedded PGlite folder (or memory), or a PostgreSQL server. */
export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string | null }
  | { kind: "postgres"; url: string };

export class InvalidDatabaseUrlError extends Error {
  override name = "InvalidDatabaseUrlError";
}

/**
 * Parses DATABASE_URL. Accepted forms:
 * - `pglite:memory` — an in-memory embedded database (tests);
 * - `pglite:<folder>` — an embedded database stored in a folder, relative to the working directory;
 * - `postgres://…` or `postgresql://…` — a PostgreSQL server.
 */
export function parseDatabaseUrl(value: string, cwd: string = process.cwd()): DatabaseTarget {
  const trimmed = value.trim();
  if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
    let parsed: URL;
    try {
      parsed = new URL(trimmed);
    } catch {
      throw new InvalidDatabaseUrlError("DATABASE_URL is not a valid PostgreSQL connection URL");
    }
    if (!parsed.hostname && !parsed.searchParams.get("host")) {
      throw new InvalidDatabaseUrlError("DATABASE_URL names no PostgreSQL host, e.g. postgres://user@localhost:5432/portail");
    }
    return { kind: "postgres", url: trimmed };
  }
  if (trimmed.startsWith("pglite:")) {
    const location = trimmed.slice("pglite:".length);
    if (location === "memory") return { kind: "pglite", dataDir: null };
    if (location.length === 0) {
      throw new InvalidDatabaseUrlError("DATABASE_URL 'pglite:' needs a folder, e.g. pglite:./data/pglite, or 'memory'");
    }
    return { kind: "pglite", dataDir: path.resolve(cwd, location) };
  }
  throw new InvalidDatabaseUrlError(
    "DATABASE_URL must start with 'pglite:' (embedded database) or 'postgres://' / 'postgresql://' (server)",
  );
}
