import { openDatabase } from "@/lib/database/open-database";

/**
 * Creates and migrates the benchmark database in its own process: creating a
 * PGlite folder (initdb) costs several hundred MB once, which is not what the
 * benchmark measures (the importer opens an existing catalogue).
 */
async function main(): Promise<void> {
  const url = process.argv[2];
  if (!url) throw new Error("usage: prepare-database.ts <DATABASE_URL>");
  const db = await openDatabase(url, { migrate: true });
  await db.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
