import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * Writes `commune-centres.csv` (INSEE code, latitude, longitude) from La Poste's
 * "Base officielle des codes postaux" (its `coordonnees_gps` column):
 * `npx tsx sandbox/catalogue-generator/build-commune-centres.ts ../shared/data/codes-postaux/laposte_hexasmal-2020-04.csv`.
 * Run once by hand; the generator reads the committed output so that a fresh clone needs nothing else.
 */
type RawCommune = { code: string; type: string; commune?: string; anciensCodes?: string[] };

const source = process.argv[2];
if (!source) throw new Error("Indiquez le fichier des codes postaux de La Poste.");
const points = new Map<string, [number, number]>();
for (const line of readFileSync(source, "utf8").split("\n").slice(1)) {
  const fields = line.split(";");
  const [latitude, longitude] = (fields[5] ?? "").split(",").map(Number);
  const code = fields[0];
  if (code && latitude !== undefined && longitude !== undefined && Number.isFinite(latitude) && Number.isFinite(longitude) && !points.has(code)) {
    points.set(code, [latitude, longitude]);
  }
}

const require = createRequire(import.meta.url);
const communes = JSON.parse(readFileSync(require.resolve("@etalab/decoupage-administratif/data/communes.json"), "utf8")) as RawCommune[];
// Paris, Lyon and Marseille are listed by arrondissement; communes merged since 2020 by their former communes.
const parts = new Map<string, string[]>();
for (const commune of communes) {
  if (commune.type === "arrondissement-municipal" && commune.commune) parts.set(commune.commune, [...(parts.get(commune.commune) ?? []), commune.code]);
}
const round = (value: number) => Math.round(value * 1e3) / 1e3;
const rows: string[] = [];
for (const commune of communes) {
  if (commune.type !== "commune-actuelle") continue;
  const own = points.get(commune.code);
  const found = own
    ? [own]
    : [...(parts.get(commune.code) ?? []), ...(commune.anciensCodes ?? [])].map((code) => points.get(code))
    .filter((point): point is [number, number] => point !== undefined);
  if (found.length === 0) continue;
  const latitude = found.reduce((sum, [value]) => sum + value, 0) / found.length;
  const longitude = found.reduce((sum, [, value]) => sum + value, 0) / found.length;
  rows.push(`${commune.code},${round(latitude)},${round(longitude)}`);
}
writeFileSync(new URL("./commune-centres.csv", import.meta.url), `code,latitude,longitude\n${rows.join("\n")}\n`);
console.log(`${rows.length} communes`);
