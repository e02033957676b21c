import { boundsIntersect, boundsOf, type BBox, type Position } from "@/lib/geo/bounds";

import { decodeArcs, polygonsOf, type PolygonCoordinates, type Ring, type Topology } from "./topojson";

/**
 * Where the portal's people live: metropolitan France with its neighbours, and
 * the overseas departments and collectivities. Country parts elsewhere are dropped
 * to keep the embedded basemap small.
 */
export const BASEMAP_AREAS: ReadonlyArray<{ name: string; bbox: BBox }> = [
  { name: "Métropole et pays voisins", bbox: [-12, 35, 20, 58] },
  { name: "Antilles", bbox: [-64, 13, -58, 19] },
  { name: "Guyane", bbox: [-58, 0, -49, 9] },
  { name: "La Réunion et Mayotte", bbox: [42, -23, 58, -10] },
  { name: "Saint-Pierre-et-Miquelon", bbox: [-57, 46, -55, 48] },
];

export type BasemapFeature = {
  type: "Feature";
  geometry: { type: "MultiPolygon"; coordinates: PolygonCoordinates[] };
  properties: { nom: string };
};
export type BasemapCollection = { type: "FeatureCollection"; features: BasemapFeature[] };

/** Natural Earth 1:50m is accurate to about a kilometre: three decimals (≈ 100 m) lose nothing visible. */
const DECIMALS = 3;
const round = (value: number) => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;

/** Rounds a ring and drops the points that rounding made identical; `undefined` if too little is left. */
export function simplifyRing(ring: Ring): Ring | undefined {
  const result: Ring = [];
  for (const [x, y] of ring) {
    const point: Position = [round(x), round(y)];
    const last = result[result.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) result.push(point);
  }
  const first = result[0];
  const last = result[result.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) result.push([first[0], first[1]]);
  return result.length >= 4 ? result : undefined;
}

/** The countries of a Natural Earth topology, cut down to the parts that touch `areas`. */
export function buildBasemap(topology: Topology, objectName = "countries", areas = BASEMAP_AREAS): BasemapCollection {
  const object = topology.objects[objectName];
  if (!object) throw new Error(`TopoJSON object "${objectName}" is missing`);
  const arcs = decodeArcs(topology);
  const features: BasemapFeature[] = [];
  for (const geometry of object.geometries) {
    const polygons: PolygonCoordinates[] = [];
    for (const polygon of polygonsOf(geometry, arcs)) {
      const outer = polygon[0];
      if (!outer) continue;
      const bounds = boundsOf(outer);
      // A part wider than a hemisphere crosses the antimeridian (Fiji, Chukotka): never near France.
      if (!bounds || bounds[2] - bounds[0] > 180 || !areas.some((area) => boundsIntersect(bounds, area.bbox))) continue;
      const rings = polygon.map(simplifyRing);
      const [simplifiedOuter, ...holes] = rings;
      if (!simplifiedOuter) continue;
      polygons.push([simplifiedOuter, ...holes.filter((ring): ring is Ring => ring !== undefined)]);
    }
    if (polygons.length === 0) continue;
    const name = typeof geometry.properties?.name === "string" ? geometry.properties.name : String(geometry.id ?? "");
    features.push({ type: "Feature", geometry: { type: "MultiPolygon", coordinates: polygons }, properties: { nom: name } });
  }
  return { type: "FeatureCollection", features };
}
