import { describe, expect, it } from "vitest";

import { communeFromFiness, departementOfCommune, finessDepartementOf, isCommuneCode } from "./commune";
import { boundingBox, distanceKm, distanceMeters, isValidPoint, offsetPoint, type Point } from "./distance";
import { projectedToWgs84, projectionForDepartement, wgs84ToProjected } from "./projection";

describe("distanceMeters", () => {
  it("measures Paris (Notre-Dame) to Versailles (château) at about 17.7 km", () => {
    const d = distanceMeters({ latitude: 48.853, longitude: 2.3499 }, { latitude: 48.8049, longitude: 2.1204 });
    expect(d).toBeGreaterThan(17_500);
    expect(d).toBeLessThan(18_000);
  });
  it("is zero for the same point", () => {
    expect(distanceMeters({ latitude: 45, longitude: 5 }, { latitude: 45, longitude: 5 })).toBe(0);
  });
});

describe("distanceKm", () => {
  it("is distanceMeters in kilometres: Lyon (Bellecour) to Villeurbanne (hôtel de ville) is about 4.2 km", () => {
    const bellecour = { latitude: 45.7578, longitude: 4.832 };
    const villeurbanne = { latitude: 45.7667, longitude: 4.8795 };
    expect(distanceKm(bellecour, villeurbanne)).toBeCloseTo(distanceMeters(bellecour, villeurbanne) / 1000, 9);
    expect(distanceKm(bellecour, villeurbanne)).toBeGreaterThan(3.8);
    expect(distanceKm(bellecour, villeurbanne)).toBeLessThan(4.2);
  });
});

/** The point at `meters` along the great circle from `from` with `bearing` degrees (spherical formula, independent of the code under test). */
function destination(from: Point, bearing: number, meters: number): Point {
  const radians = Math.PI / 180;
  const angle = meters / 6_371_008.8;
  const [lat, lon, theta] = [from.latitude * radians, from.longitude * radians, bearing * radians];
  const lat2 = Math.asin(Math.sin(lat) * Math.cos(angle) + Math.cos(lat) * Math.sin(angle) * Math.cos(theta));
  const lon2 = lon + Math.atan2(Math.sin(theta) * Math.sin(angle) * Math.cos(lat), Math.cos(angle) - Math.sin(lat) * Math.sin(lat2));
  return { latitude: lat2 / radians, longitude: lon2 / radians };
}

describe("boundingBox of a disc", () => {
  it.each([
    ["Lyon, 20 km", { latitude: 45.764, longitude: 4.8357 }, 20_000],
    ["Lille, 100 km", { latitude: 50.6292, longitude: 3.0573 }, 100_000],
    ["Saint-Denis de La Réunion, 5 km", { latitude: -20.8823, longitude: 55.4504 }, 5_000],
    ["Saint-Pierre-et-Miquelon, 50 km", { latitude: 46.7811, longitude: -56.1764 }, 50_000],
    ["Tromsø, 100 km (far north, where a flat box would miss 30 m)", { latitude: 69.6492, longitude: 18.9553 }, 100_000],
  ])("contains every point of the circle around %s", (_name, center, radius) => {
    const box = boundingBox(center, radius);
    for (let bearing = 0; bearing < 360; bearing += 0.25) {
      const point = destination(center, bearing, radius);
      // Exactly on the circle (the search keeps offers at distance ≤ radius).
      expect(distanceMeters(center, point)).toBeCloseTo(radius, 3);
      expect(point.latitude).toBeGreaterThanOrEqual(box.minLatitude);
      expect(point.latitude).toBeLessThanOrEqual(box.maxLatitude);
      expect(point.longitude).toBeGreaterThanOrEqual(box.minLongitude);
      expect(point.longitude).toBeLessThanOrEqual(box.maxLongitude);
    }
    // …and little more: its corners are at most 0.5 % beyond the radius's diagonal.
    const corner = { latitude: box.maxLatitude, longitude: box.maxLongitude };
    expect(distanceMeters(center, corner)).toBeLessThan(radius * Math.SQRT2 * 1.005);
  });

  it("spans every longitude at a pole instead of dividing by zero", () => {
    const box = boundingBox({ latitude: 90, longitude: 0 }, 10_000);
    expect(box.maxLatitude).toBe(90);
    expect(box.maxLongitude - box.minLongitude).toBe(360);
  });
});

describe("offsetPoint", () => {
  it("moves north and east by the given metres at these radii", () => {
    const lyon = { latitude: 45.764, longitude: 4.8357 };
    expect(distanceMeters(lyon, offsetPoint(lyon, 0, 10_000))).toBeCloseTo(10_000, 0);
    expect(distanceMeters(lyon, offsetPoint(lyon, -30_000, 0))).toBeGreaterThan(29_990);
    expect(distanceMeters(lyon, offsetPoint(lyon, -30_000, 0))).toBeLessThan(30_010);
    expect(offsetPoint(lyon, -30_000, 0).longitude).toBeLessThan(lyon.longitude);
  });
});

describe("boundingBox", () => {
  it("contains every point of the circle and little more", () => {
    const center = { latitude: 47.83, longitude: 1.92 };
    const box = boundingBox(center, 10_000);
    for (const bearing of [0, 45, 90, 135, 180, 225, 270, 315]) {
      const rad = (bearing * Math.PI) / 180;
      const point = {
        latitude: center.latitude + (Math.cos(rad) * 9_990) / 111_195,
        longitude: center.longitude + (Math.sin(rad) * 9_990) / (111_195 * Math.cos((center.latitude * Math.PI) / 180)),
      };
      expect(point.latitude).toBeGreaterThanOrEqual(box.minLatitude);
      expect(point.latitude).toBeLessThanOrEqual(box.maxLatitude);
      expect(point.longitude).toBeGreaterThanOrEqual(box.minLongitude);
      expect(point.longitude).toBeLessThanOrEqual(box.maxLongitude);
    }
    expect(box.maxLatitude - box.minLatitude).toBeCloseTo(0.18, 2);
  });
});

describe("Lambert-93", () => {
  it("converts the IGN reference point (Paris, Panthéon area) to WGS84", () => {
    // Lambert-93 (652 000, 6 862 000) is in Paris' 5th arrondissement.
    const point = projectedToWgs84("LAMBERT_93", 652_000, 6_862_000);
    expect(point.latitude).toBeCloseTo(48.85, 1);
    expect(point.longitude).toBeCloseTo(2.35, 1);
  });
  it("round-trips WGS84 → Lambert-93 → WGS84 within a centimetre", () => {
    const orleans = { latitude: 47.834781, longitude: 1.92204 };
    const { x, y } = wgs84ToProjected("LAMBERT_93", orleans);
    expect(x).toBeGreaterThan(600_000);
    expect(x).toBeLessThan(630_000);
    const back = projectedToWgs84("LAMBERT_93", x, y);
    expect(distanceMeters(orleans, back)).toBeLessThan(0.01);
  });
  it("uses UTM overseas", () => {
    expect(projectionForDepartement("974")).toBe("UTM_S40");
    expect(projectionForDepartement("2A")).toBe("LAMBERT_93");
    const saintDenis = { latitude: -20.8823, longitude: 55.4504 };
    const { x, y } = wgs84ToProjected("UTM_S40", saintDenis);
    expect(distanceMeters(saintDenis, projectedToWgs84("UTM_S40", x, y))).toBeLessThan(0.01);
  });
});

describe("communes", () => {
  it("validates INSEE codes", () => {
    expect(isCommuneCode("45234")).toBe(true);
    expect(isCommuneCode("2A004")).toBe(true);
    expect(isCommuneCode("4523")).toBe(false);
    expect(isCommuneCode("2C004")).toBe(false);
  });
  it("derives the département", () => {
    expect(departementOfCommune("45234")).toBe("45");
    expect(departementOfCommune("2B033")).toBe("2B");
    expect(departementOfCommune("97411")).toBe("974");
  });
  it("reads FINESS département/commune pairs, overseas included", () => {
    expect(communeFromFiness("45", "234")).toBe("45234");
    expect(communeFromFiness("2A", "004")).toBe("2A004");
    expect(communeFromFiness("9D", "411")).toBe("97411");
    expect(communeFromFiness("45", "23")).toBeNull();
    expect(finessDepartementOf("97411")).toEqual({ departement: "9D", commune: "411" });
    expect(finessDepartementOf("75056")).toEqual({ departement: "75", commune: "056" });
  });
  it("rejects 0,0 and out-of-range points", () => {
    expect(isValidPoint(0, 0)).toBe(false);
    expect(isValidPoint(91, 2)).toBe(false);
    expect(isValidPoint(null, 2)).toBe(false);
    expect(isValidPoint(47.8, 1.9)).toBe(true);
  });
});
