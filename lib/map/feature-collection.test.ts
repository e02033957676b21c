import { describe, expect, it } from "vitest";

import { offerFromProperties, offerPath, offersFromFeatures, roundCoordinate, toMapOffersAnswer, toOffersFeatureCollection } from "./feature-collection";

const area = { lieu: "Lyon (69001)", centre: [4.835712, 45.764043] as [number, number], rayonKm: 20 };
const point = (id: string, longitude: number, latitude: number, name = `Offre ${id}`) => ({ id, name, typeLabel: "EHPAD", longitude, latitude });

describe("toMapOffersAnswer", () => {
  it("gives one row per offer, [id, nom, type index, longitude, latitude], each type once", () => {
    const answer = toMapOffersAnswer([point("ror--b", 4.9, 45.8, "Les Tilleuls"), { ...point("ror--c", 4.95, 45.85, "Le Verger"), typeLabel: "SSIAD" }, point("ror--d", 4.7, 45.7)], area);
    expect(answer).toEqual({
      recherche: { lieu: "Lyon (69001)", centre: [4.83571, 45.76404], rayonKm: 20 },
      bbox: [4.7, 45.7, 4.95, 45.85],
      types: ["EHPAD", "SSIAD"],
      offres: [
        ["ror--b", "Les Tilleuls", 0, 4.9, 45.8],
        ["ror--c", "Le Verger", 1, 4.95, 45.85],
        ["ror--d", "Offre ror--d", 0, 4.7, 45.7],
      ],
    });
  });

  it("is about a third of the bytes of the same offers as GeoJSON features", () => {
    const points = Array.from({ length: 500 }, (_, index) => point(`ror--${100_000 + index}`, 2 + index / 1000, 48 + index / 1000, `Résidence numéro ${index}`));
    const answer = toMapOffersAnswer(points, area);
    const geojson = toOffersFeatureCollection(answer);
    expect(JSON.stringify(answer).length).toBeLessThan(JSON.stringify(geojson).length * 0.45);
  });

  it("sorts by id so that the same search gives the same bytes", () => {
    const a = toMapOffersAnswer([point("b", 1, 1), point("a", 2, 2)], area);
    const b = toMapOffersAnswer([point("a", 2, 2), point("b", 1, 1)], area);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.offres.map((row) => row[0])).toEqual(["a", "b"]);
  });

  it("omits the bbox when there are no offers", () => {
    const empty = toMapOffersAnswer([], area);
    expect(empty.offres).toEqual([]);
    expect(empty.types).toEqual([]);
    expect("bbox" in empty).toBe(false);
  });

  it("drops points without finite coordinates rather than sending NaN", () => {
    expect(toMapOffersAnswer([point("a", Number.NaN, 45), point("b", 4, 45)], area).offres).toHaveLength(1);
  });

  it("keeps names as data: markup in a name stays text", () => {
    const [row] = toMapOffersAnswer([point("x", 4, 45, "<img src=x onerror=alert(1)>")], area).offres;
    expect(row?.[1]).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("toOffersFeatureCollection", () => {
  it("gives MapLibre one GeoJSON point per offer, [longitude, latitude], with id, nom and type in words", () => {
    const answer = toMapOffersAnswer([point("ror--b", 4.9, 45.8, "Les Tilleuls"), { ...point("ror--c", 4.95, 45.85, "Le Verger"), typeLabel: "SSIAD" }], area);
    expect(toOffersFeatureCollection(answer)).toEqual({
      type: "FeatureCollection",
      features: [
        { type: "Feature", geometry: { type: "Point", coordinates: [4.9, 45.8] }, properties: { id: "ror--b", nom: "Les Tilleuls", type: "EHPAD" } },
        { type: "Feature", geometry: { type: "Point", coordinates: [4.95, 45.85] }, properties: { id: "ror--c", nom: "Le Verger", type: "SSIAD" } },
      ],
      bbox: [4.9, 45.8, 4.95, 45.85],
      recherche: { lieu: "Lyon (69001)", centre: [4.83571, 45.76404], rayonKm: 20 },
    });
    expect("bbox" in toOffersFeatureCollection(toMapOffersAnswer([], area))).toBe(false);
  });
});

describe("helpers", () => {
  it.each([
    [4.8357123456, 4.83571],
    [-0.000004, -0],
    [45.123455, 45.12346],
  ])("rounds %d to five decimals", (value, expected) => {
    expect(roundCoordinate(value)).toBeCloseTo(expected, 10);
  });

  it("reads offers back from rendered features, once each, in name order", () => {
    const features = [
      { properties: { id: "2", nom: "Zénith", type: "SSIAD" } },
      { properties: { id: "1", nom: "Arbre", type: "EHPAD" } },
      { properties: { id: "2", nom: "Zénith", type: "SSIAD" } },
      { properties: { cluster_id: 4, point_count: 3 } },
      { properties: null },
    ];
    expect(offersFromFeatures(features)).toEqual([
      { id: "1", nom: "Arbre", type: "EHPAD" },
      { id: "2", nom: "Zénith", type: "SSIAD" },
    ]);
    expect(offerFromProperties({ id: "3", nom: "Sans type" })).toEqual({ id: "3", nom: "Sans type", type: "" });
  });

  it("links to the offer page with an encoded id", () => {
    expect(offerPath("ror--123")).toBe("/offres/ror--123");
    expect(offerPath("a/b?c")).toBe("/offres/a%2Fb%3Fc");
  });
});
