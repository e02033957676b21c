import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import { hash32, Random } from "./prng";

/**
 * Communes come from @etalab/decoupage-administratif (real INSEE codes,
 * names, postal codes, populations). That package ships no coordinates, so
 * each commune takes its real centre from `commune-centres.csv` (La Poste's
 * postal code file, see `build-commune-centres.ts`): the map's town labels, the
 * distances and the offers placed around a commune must match real geography.
 * The few communes missing there (restored since 2020) get a fixed
 * pseudo-random point inside a disc around their département's approximate
 * centre (table below).
 */
export type Commune = {
  code: string;
  nom: string;
  departement: string;
  /** Main postal code; `codesPostaux` lists all of them (Lyon has nine). */
  codePostal: string;
  codesPostaux: readonly string[];
  population: number;
  latitude: number;
  longitude: number;
};

/** Approximate centre (latitude, longitude) and radius (km) used for each département. */
const DEPARTEMENTS: Readonly<Record<string, readonly [number, number, number]>> = {
  "01": [46.1, 5.35, 28], "02": [49.56, 3.56, 30], "03": [46.39, 3.19, 30], "04": [44.1, 6.24, 30], "05": [44.66, 6.26, 25],
  "06": [43.94, 7.12, 18], "07": [44.75, 4.42, 28], "08": [49.62, 4.63, 28], "09": [42.94, 1.5, 25], "10": [48.3, 4.16, 28],
  "11": [43.1, 2.41, 28], "12": [44.28, 2.68, 35], "13": [43.54, 5.09, 20], "14": [49.1, -0.36, 22], "15": [45.05, 2.67, 28],
  "16": [45.72, 0.2, 28], "17": [45.78, -0.67, 25], "18": [47.06, 2.49, 32], "19": [45.36, 1.88, 28], "21": [47.42, 4.77, 35],
  "22": [48.44, -2.86, 22], "23": [46.09, 2.02, 28], "24": [45.1, 0.74, 35], "25": [47.16, 6.36, 28], "26": [44.68, 5.17, 28],
  "27": [49.11, 1.03, 28], "28": [48.39, 1.37, 30], "29": [48.26, -4.06, 20], "2A": [41.86, 8.99, 20], "2B": [42.39, 9.21, 25],
  "30": [43.99, 4.18, 28], "31": [43.36, 1.17, 30], "32": [43.69, 0.45, 28], "33": [44.83, -0.57, 30], "34": [43.58, 3.37, 25],
  "35": [48.15, -1.64, 28], "36": [46.78, 1.58, 30], "37": [47.26, 0.69, 30], "38": [45.26, 5.58, 32], "39": [46.73, 5.7, 28],
  "40": [43.97, -0.78, 30], "41": [47.62, 1.43, 30], "42": [45.73, 4.17, 28], "43": [45.13, 3.81, 28], "44": [47.36, -1.68, 25],
  "45": [47.91, 2.15, 30], "46": [44.62, 1.6, 28], "47": [44.37, 0.46, 28], "48": [44.52, 3.5, 25], "49": [47.39, -0.56, 30],
  "50": [49.08, -1.33, 22], "51": [48.95, 4.24, 35], "52": [48.11, 5.23, 30], "53": [48.15, -0.65, 25], "54": [48.79, 6.16, 28],
  "55": [48.99, 5.38, 30], "56": [47.85, -2.81, 22], "57": [49.04, 6.66, 28], "58": [47.12, 3.5, 32], "59": [50.45, 3.22, 25],
  "60": [49.41, 2.43, 28], "61": [48.58, 0.03, 28], "62": [50.49, 2.29, 28], "63": [45.72, 3.14, 32], "64": [43.26, -0.76, 28],
  "65": [43.05, 0.16, 22], "66": [42.6, 2.52, 22], "67": [48.67, 7.55, 28], "68": [47.86, 7.27, 22], "69": [45.87, 4.64, 20],
  "70": [47.64, 6.09, 28], "71": [46.64, 4.54, 35], "72": [48.0, 0.22, 30], "73": [45.48, 6.44, 30], "74": [46.03, 6.43, 25],
  "75": [48.86, 2.34, 4], "76": [49.66, 1.03, 25], "77": [48.62, 2.93, 30], "78": [48.81, 1.84, 18], "79": [46.56, -0.32, 28],
  "80": [49.96, 2.28, 30], "81": [43.79, 2.17, 28], "82": [44.08, 1.28, 22], "83": [43.46, 6.22, 22], "84": [44.01, 5.18, 22],
  "85": [46.68, -1.3, 25], "86": [46.56, 0.46, 32], "87": [45.89, 1.24, 28], "88": [48.2, 6.38, 28], "89": [47.84, 3.56, 32],
  "90": [47.63, 6.93, 8], "91": [48.52, 2.24, 15], "92": [48.84, 2.25, 4], "93": [48.91, 2.47, 5], "94": [48.78, 2.47, 5],
  "95": [49.08, 2.13, 14], "971": [16.2, -61.58, 10], "972": [14.65, -61.02, 8], "973": [4.95, -52.6, 25], "974": [-21.12, 55.53, 14],
  "976": [-12.82, 45.15, 5],
};

export const GENERATED_DEPARTEMENTS: readonly string[] = Object.keys(DEPARTEMENTS).sort();

type RawCommune = { code: string; nom: string; departement?: string; type: string; codesPostaux?: string[]; population?: number };

let centres: Map<string, readonly [number, number]> | null = null;

/** Real commune centres (latitude, longitude) by INSEE code. */
export function communeCentres(): Map<string, readonly [number, number]> {
  if (centres) return centres;
  const lines = readFileSync(new URL("./commune-centres.csv", import.meta.url), "utf8").trim().split("\n").slice(1);
  centres = new Map(
    lines.map((line) => {
      const [code = "", latitude = "", longitude = ""] = line.split(",");
      return [code, [Number(latitude), Number(longitude)] as const];
    }),
  );
  return centres;
}

let cache: { communes: Commune[]; byDepartement: Map<string, Commune[]>; cumulative: Float64Array } | null = null;

export function territory(): { communes: Commune[]; byDepartement: Map<string, Commune[]>; cumulative: Float64Array } {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const file = require.resolve("@etalab/decoupage-administratif/data/communes.json");
  const raw = JSON.parse(readFileSync(file, "utf8")) as RawCommune[];
  const communes: Commune[] = [];
  for (const commune of raw) {
    if (commune.type !== "commune-actuelle" || !commune.departement) continue;
    const anchor = DEPARTEMENTS[commune.departement];
    if (!anchor) continue;
    const [latitude, longitude] = communeCentres().get(commune.code) ?? pointInDisc(anchor, new Random(hash32(commune.code)));
    communes.push({
      code: commune.code,
      nom: commune.nom,
      departement: commune.departement,
      codePostal: commune.codesPostaux?.[0] ?? `${commune.code.slice(0, 2).replace(/[AB]/, "0")}000`,
      codesPostaux: commune.codesPostaux?.length ? commune.codesPostaux : [commune.codesPostaux?.[0] ?? `${commune.code.slice(0, 2).replace(/[AB]/, "0")}000`],
      population: commune.population ?? 100,
      latitude,
      longitude,
    });
  }
  communes.sort((a, b) => a.code.localeCompare(b.code));
  const byDepartement = new Map<string, Commune[]>();
  for (const commune of communes) {
    const list = byDepartement.get(commune.departement) ?? [];
    list.push(commune);
    byDepartement.set(commune.departement, list);
  }
  // Larger towns host more services: weight by population^0.7.
  const cumulative = new Float64Array(communes.length);
  let total = 0;
  communes.forEach((commune, index) => {
    total += Math.pow(Math.max(commune.population, 1), 0.7);
    cumulative[index] = total;
  });
  cache = { communes, byDepartement, cumulative };
  return cache;
}

/** A commune drawn with probability growing with its population. */
export function weightedCommune(random: Random): Commune {
  const { communes, cumulative } = territory();
  const target = random.next() * (cumulative[cumulative.length - 1] ?? 0);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((cumulative[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return communes[low] as Commune;
}

/** The most populated commune of a département (its main town, usually). */
export function mainCommune(departement: string): Commune {
  const list = territory().byDepartement.get(departement) ?? [];
  return list.reduce((best, commune) => (commune.population > best.population ? commune : best), list[0] as Commune);
}

/** A point within `meters` of `origin`. */
export function jitter(origin: { latitude: number; longitude: number }, meters: number, random: Random): { latitude: number; longitude: number } {
  const [latitude, longitude] = pointInDisc([origin.latitude, origin.longitude, meters / 1000], random);
  return { latitude, longitude };
}

function pointInDisc([latitude, longitude, radiusKm]: readonly [number, number, number], random: Random): [number, number] {
  const distance = radiusKm * Math.sqrt(random.next());
  const angle = 2 * Math.PI * random.next();
  const dLat = (distance * Math.cos(angle)) / 111.195;
  const dLon = (distance * Math.sin(angle)) / (111.195 * Math.cos((latitude * Math.PI) / 180));
  return [Math.round((latitude + dLat) * 1e6) / 1e6, Math.round((longitude + dLon) * 1e6) / 1e6];
}
