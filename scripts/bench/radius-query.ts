import { openDatabase } from "@/lib/database/open-database";
import { boundingBox } from "@/lib/geo/distance";

/**
 * Times the kind of query the search will run on the catalogue: offers of one
 * group and public, within a radius, under a monthly price, nearest first.
 * It relies on the columns and indexes of prisma/schema/catalogue.prisma
 * (latitude/longitude B-tree for the bounding-box prefilter, group, publics GIN).
 * Prints JSON: { queries, medianMs, p95Ms, rows }.
 */
const CENTRES: ReadonlyArray<readonly [number, number]> = [
  [48.8566, 2.3522], [45.764, 4.8357], [43.2965, 5.3698], [47.2184, -1.5536], [50.6292, 3.0573], [43.6047, 1.4442],
  [44.8378, -0.5792], [48.5734, 7.7521], [47.9029, 1.9093], [45.1885, 5.7245], [49.4432, 1.0999], [46.5802, 0.3404],
];

const SQL = `
  SELECT id, name, distance FROM (
    SELECT o.id, o.name,
           12742017.6 * asin(sqrt(power(sin(radians(o.latitude - $1) / 2), 2)
             + cos(radians($1)) * cos(radians(o.latitude)) * power(sin(radians(o.longitude - $2) / 2), 2))) AS distance
      FROM "Offer" o
     WHERE o.listed
       AND o.latitude BETWEEN $3 AND $4 AND o.longitude BETWEEN $5 AND $6
       AND o."groupSlug" = $7 AND o."publicSlugs" @> $8::text[]
       AND (o."prixMensuel" IS NULL OR o."prixMensuel" <= $9)
  ) AS near
  WHERE distance <= $10
  ORDER BY distance
  LIMIT 20`;

async function main(): Promise<void> {
  const url = process.argv[2];
  if (!url) throw new Error("usage: radius-query.ts <DATABASE_URL>");
  const db = await openDatabase(url);
  try {
    const timings: number[] = [];
    let rows = 0;
    await db.withRunner(async (runner) => {
      for (let round = 0; round < 3; round++) {
        for (const [latitude, longitude] of CENTRES) {
          const radius = 20_000;
          const box = boundingBox({ latitude, longitude }, radius);
          const start = performance.now();
          const result = await runner.query(SQL, [
            latitude, longitude, box.minLatitude, box.maxLatitude, box.minLongitude, box.maxLongitude,
            "en-etablissement", ["personnes-agees"], 3_000, radius,
          ]);
          timings.push(performance.now() - start);
          rows += result.length;
        }
      }
    });
    // The first round warms caches; report the last two.
    const measured = timings.slice(CENTRES.length).sort((a, b) => a - b);
    const at = (q: number) => measured[Math.min(measured.length - 1, Math.floor(q * measured.length))] ?? 0;
    process.stdout.write(`${JSON.stringify({ queries: measured.length, medianMs: Number(at(0.5).toFixed(2)), p95Ms: Number(at(0.95).toFixed(2)), rows })}\n`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
