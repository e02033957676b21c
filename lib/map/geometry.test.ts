import { describe, expect, it } from "vitest";

import { distanceKm } from "@/lib/geo/distance";

import { circleRing, expandBounds, searchAreaCollection, searchBounds, overflow } from "./geometry";

const lyon: [number, number] = [4.8357, 45.764];

describe("searchBounds", () => {
  it("touches the disc: each edge is the radius away from the centre (about 0.18° of latitude and 0.26° of longitude at Lyon)", () => {
    const [west, south, east, north] = searchBounds(lyon, 20);
    const centre = { longitude: lyon[0], latitude: lyon[1] };
    for (const edge of [
      { longitude: lyon[0], latitude: north },
      { longitude: lyon[0], latitude: south },
      { longitude: east, latitude: lyon[1] },
      { longitude: west, latitude: lyon[1] },
    ]) {
      expect(distanceKm(centre, edge)).toBeGreaterThanOrEqual(20);
      expect(distanceKm(centre, edge)).toBeLessThan(20.01);
    }
    expect(north - lyon[1]).toBeCloseTo(0.18, 2);
    expect(east - lyon[0]).toBeCloseTo(0.258, 3);
  });
});

describe("circleRing", () => {
  it("is a closed ring whose points all lie at the radius (within 10 m at 10 km)", () => {
    const ring = circleRing(lyon, 10, 32);
    expect(ring).toHaveLength(33);
    expect(ring[0]).toEqual(ring[32]);
    for (const [longitude, latitude] of ring) {
      expect(Math.abs(distanceKm({ longitude: lyon[0], latitude: lyon[1] }, { longitude, latitude }) - 10)).toBeLessThan(0.01);
    }
  });

  it("fits in the search bounds", () => {
    const [west, south, east, north] = searchBounds(lyon, 30);
    for (const [longitude, latitude] of circleRing(lyon, 30)) {
      expect(longitude).toBeGreaterThanOrEqual(west - 1e-9);
      expect(longitude).toBeLessThanOrEqual(east + 1e-9);
      expect(latitude).toBeGreaterThanOrEqual(south - 1e-9);
      expect(latitude).toBeLessThanOrEqual(north + 1e-9);
    }
  });

  it("is wrapped in a FeatureCollection for the map source", () => {
    const collection = searchAreaCollection(lyon, 5);
    expect(collection.features[0]?.geometry.type).toBe("Polygon");
    expect(collection.features[0]?.geometry.coordinates[0]).toHaveLength(65);
  });
});

describe("expandBounds", () => {
  it("grows a box around its centre and stays within Web Mercator's latitudes", () => {
    expect(expandBounds([0, 0, 2, 2], 2)).toEqual([-1, -1, 3, 3]);
    expect(expandBounds([0, 80, 2, 84], 3)).toEqual([-2, 76, 4, 85]);
  });
});

describe("overflow", () => {
  const frame = { left: 16, top: 100, right: 359, bottom: 628 };

  it("is zero when the popup already fits", () => {
    expect(overflow({ left: 40, top: 200, right: 300, bottom: 400 }, frame)).toEqual([0, 0]);
  });

  it("pans right-hand and top overflows back inside, with a margin", () => {
    // A popup anchored to the left of a point at x = 116 on a 343 px wide map (375 px phone).
    expect(overflow({ left: 116, top: 80, right: 436, bottom: 300 }, frame)).toEqual([436 - 359 + 8, 80 - 100 - 8]);
  });

  it("pans left-hand and bottom overflows back inside", () => {
    expect(overflow({ left: 0, top: 500, right: 200, bottom: 700 }, frame)).toEqual([0 - 16 - 8, 700 - 628 + 8]);
  });

  it("keeps the top-left corner of a popup larger than the map in view", () => {
    expect(overflow({ left: 100, top: 150, right: 600, bottom: 300 }, frame)).toEqual([100 - 16 - 8, 0]);
  });
});
