import { describe, expect, it } from "vitest";

import { boundsOf, offerFromProperties, offerPath, offersFromFeatures, roundCoordinate, toFeatureCollection } from "./feature-collection";

const area = { lieu: "Lyon (69001)", centre: [4.835712, 45.764043] as [number, number], rayonKm: 20 };
const point = (id: string, longitude: number, latitude: number, name = `Offre ${id}`) => ({ id, name, typeLabel: "EHPAD", longitude, latitude });

describe("toFeatureCollection", () => {
  it("gives one GeoJSON point per offer, [longitude, latitude], with id, nom and type", () => {
    const collection = toFeatureCollection([point("ror--b", 4.9, 45.8, "Les Tilleuls")], area);
    expect(collection).toEqual({
      type: "FeatureCollection",
      features: [{ type: "Feature", geometry: { type: "Point", coordinates: [4.9, 45.8] }, properties: { id: "ror--b", nom: "Les Tilleuls", type: "EHPAD" } }],
      bbox: [4.9, 45.8, 4.9, 45.8],
      recherche: { lieu: "Lyon (69001)", centre: [4.83571, 45.76404], rayonKm: 20 },
    });
  });

  it("sorts by id so that the same search gives the same bytes", () => {
    const a = toFeatureCollection([point("b", 1, 1), point("a", 2, 2)], area);
    const b = toFeatureCollection([point("a", 2, 2), point("b", 1, 1)], area);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.features.map((feature) => feature.properties.id)).toEqual(["a", "b"]);
  });

  it("computes the bbox of the features and omits it when there are none", () => {
    expect(toFeatureCollection([point("a", 4.8, 45.7), point("b", 5.1, 45.9), point("c", 4.7, 45.8)], area).bbox).toEqual([4.7, 45.7, 5.1, 45.9]);
    const empty = toFeatureCollection([], area);
    expect(empty.features).toEqual([]);
    expect("bbox" in empty).toBe(false);
  });

  it("drops points without finite coordinates rather than sending NaN", () => {
    expect(toFeatureCollection([point("a", Number.NaN, 45), point("b", 4, 45)], area).features).toHaveLength(1);
  });

  it("keeps names as data: markup in a name stays text", () => {
    const [feature] = toFeatureCollection([point("x", 4, 45, "<img src=x onerror=alert(1)>")], area).features;
    expect(feature?.properties.nom).toBe("<img src=x onerror=alert(1)>");
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

  it("boundsOf an empty list is undefined", () => {
    expect(boundsOf([])).toBeUndefined();
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
