import { describe, expect, it } from "vitest";

import { buildBasemap, simplifyRing } from "./basemap";
import { decodeArcs, ringFromArcs, type Topology } from "./topojson";

/** Two countries sharing a border near Lyon, one far away, one across the antimeridian; quantized like world-atlas. */
const topology: Topology = {
  type: "Topology",
  transform: { scale: [0.5, 0.5], translate: [4, 45] },
  arcs: [
    [[2, 0], [0, 4]], // the shared border: (5,45) → (5,47)
    [[2, 4], [-2, 0], [0, -4], [2, 0]], // (5,47) → (4,47) → (4,45) → (5,45)
    [[2, 0], [2, 0], [0, 4], [-2, 0]], // (5,45) → (6,45) → (6,47) → (5,47)
    [[192, -170], [2, 0], [0, 2], [-2, 0], [0, -2]], // a square around (100,-40)
    [[-368, -170], [718, 0], [0, 2], [-718, 0], [0, -2]], // from -180 to 179 at -40
  ],
  objects: {
    countries: {
      type: "GeometryCollection",
      geometries: [
        { type: "Polygon", id: "250", properties: { name: "France" }, arcs: [[1, 0]] },
        { type: "MultiPolygon", id: "756", properties: { name: "Suisse" }, arcs: [[[2, ~0]], [[3]]] },
        { type: "Polygon", id: "36", properties: { name: "Loin" }, arcs: [[3]] },
        { type: "Polygon", id: "242", properties: { name: "Antiméridien" }, arcs: [[4]] },
        { type: null, id: "0" },
      ],
    },
  },
};

describe("TopoJSON decoding", () => {
  it("undoes quantization and delta encoding", () => {
    expect(decodeArcs(topology)[0]).toEqual([
      [5, 45],
      [5, 47],
    ]);
  });

  it("joins arcs into rings, reversing ~i and sharing joints", () => {
    const arcs = decodeArcs(topology);
    expect(ringFromArcs([1, 0], arcs)).toEqual([
      [5, 47],
      [4, 47],
      [4, 45],
      [5, 45],
      [5, 47],
    ]);
    expect(ringFromArcs([2, ~0], arcs)).toEqual([
      [5, 45],
      [6, 45],
      [6, 47],
      [5, 47],
      [5, 45],
    ]);
    expect(() => ringFromArcs([42], arcs)).toThrow(/arc 42/);
  });
});

describe("buildBasemap", () => {
  const basemap = buildBasemap(topology);

  it("keeps the countries near France, by name, as MultiPolygons", () => {
    expect(basemap.features.map((feature) => feature.properties.nom)).toEqual(["France", "Suisse"]);
    expect(basemap.features.every((feature) => feature.geometry.type === "MultiPolygon")).toBe(true);
  });

  it("drops the parts of a country far from the portal's territories", () => {
    const suisse = basemap.features.find((feature) => feature.properties.nom === "Suisse");
    expect(suisse?.geometry.coordinates).toHaveLength(1);
  });

  it("complains about a missing object", () => {
    expect(() => buildBasemap(topology, "land")).toThrow(/land/);
  });
});

describe("simplifyRing", () => {
  it("rounds to three decimals, removes repeated points and keeps the ring closed", () => {
    expect(
      simplifyRing([
        [4.00001, 45],
        [4.00002, 45.00001],
        [5, 45],
        [5, 46],
        [4, 45.0001],
      ]),
    ).toEqual([
      [4, 45],
      [5, 45],
      [5, 46],
      [4, 45],
    ]);
  });

  it("drops rings that collapse below a triangle", () => {
    expect(simplifyRing([[4, 45], [4.0001, 45.0001], [4, 45]])).toBeUndefined();
  });
});
