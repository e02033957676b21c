/**
 * Database maintenance: `npm run db:migrate` applies pending migrations,
 * `npm run db:seed` migrates then loads the deterministic demo data.
 */
import { openDatabase } from "@/lib/database/open-database";
import { env, InvalidEnvironmentError } from "@/lib/env";
import { seedDatabase } from "@/prisma/seed";

async function main(command: string | undefined): Promise<void> {
  if (command !== "migrate" && command !== "seed") {
    throw new Error(`Unknown command "${command ?? ""}": use "migrate" or "seed"`);
  }
  const database = await openDatabase(env().DATABASE_URL);
  try {
    const report = await database.migrate();
    console.log(
      `Migrations (${database.target.kind}): ${report.applied.length} applied, ${report.alreadyApplied.length} already applied`,
    );
    if (command === "seed") {
      const seeded = await seedDatabase(database.prisma);
      console.log(`Seed: ${seeded.people} demo people`);
    }
  } finally {
    await database.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  if (error instanceof InvalidEnvironmentError) console.error(error.message);
  else console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
