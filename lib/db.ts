import type { PrismaClient } from "@prisma/client";

import { openDatabase, type Database } from "./database/open-database";
import { env } from "./env";

// One database per server process, kept on globalThis so that hot reloading in
// development does not open the embedded PGlite folder twice.
const globalForDb = globalThis as unknown as { portalDatabase?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  globalForDb.portalDatabase ??= openDatabase(env().DATABASE_URL);
  return globalForDb.portalDatabase;
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}

/**
 * Hands the portal an already open database (integration tests that call route
 * handlers in-process), or forgets it with `undefined` so the next call opens DATABASE_URL.
 */
export function setPortalDatabase(database: Database | undefined): void {
  globalForDb.portalDatabase = database ? Promise.resolve(database) : undefined;
}
