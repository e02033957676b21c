import { describe, expect, it } from "vitest";

import { distanceMeters } from "@/lib/geo/distance";

import { generateCatalogue } from "./generate";
import { generateFranceServices, generateMbaStructures } from "./other-sources";
import { territory } from "./territory";

/** Real town hall areas (rounded), independent of the committed table. */
const REAL_CENTRES: ReadonlyArray<readonly [string, string, number, number]> = [
  ["69123", "Lyon", 45.758, 4.835],
  ["69266", "Villeurbanne", 45.771, 4.88],
  ["69243", "Tarare", 45.896, 4.433],
  ["69264", "Villefranche-sur-Saône", 45.989, 4.719],
  ["75056", "Paris", 48.857, 2.352],
  ["13055", "Marseille", 43.296, 5.37],
];

const point = (latitude: number, longitude: number) => ({ latitude, longitude });

describe("demo territory", () => {
  const byCode = new Map(territory().communes.map((commune) => [commune.code, commune]));

  it.each(REAL_CENTRES)("puts %s (%s) at its real centre", (code, nom, latitude, longitude) => {
    const commune = byCode.get(code);
    expect(commune?.nom).toBe(nom);
    expect(distanceMeters(point(commune?.latitude ?? 0, commune?.longitude ?? 0), point(latitude, longitude))).toBeLessThan(3_000);
  });

  it("keeps Tarare about 39 km from Villeurbanne, as on a real map", () => {
    const [villeurbanne, tarare] = [byCode.get("69266"), byCode.get("69243")];
    if (!villeurbanne || !tarare) throw new Error("missing commune");
    expect(distanceMeters(villeurbanne, tarare) / 1000).toBeGreaterThan(37);
    expect(distanceMeters(villeurbanne, tarare) / 1000).toBeLessThan(41);
  });

  it("places every generated site, Ma Boussole Aidants structure and France Services within 2.5 km of its commune's centre", () => {
    const catalogue = generateCatalogue({ offers: 2_000 });
    const places = [...catalogue.sites, ...generateMbaStructures(catalogue), ...generateFranceServices(300, catalogue.seed)];
    const far = places.filter((place) => distanceMeters(place, place.commune) > 2_500);
    expect(far.map((place) => `${place.commune.nom}: ${distanceMeters(place, place.commune)} m`)).toEqual([]);
  });
});
