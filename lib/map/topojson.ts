import type { Position } from "@/lib/geo/bounds";

/**
 * Just enough TopoJSON (https://github.com/topojson/topojson-specification) to
 * read Natural Earth's countries from the `world-atlas` package: quantized,
 * delta-encoded arcs and Polygon/MultiPolygon geometries. Avoids a dependency.
 */
export type Topology = {
  type: "Topology";
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: Array<Array<[number, number]>>;
  objects: Record<string, { type: "GeometryCollection"; geometries: TopoGeometry[] }>;
};

export type TopoGeometry =
  | { type: "Polygon"; arcs: number[][]; id?: string | number; properties?: Record<string, unknown> }
  | { type: "MultiPolygon"; arcs: number[][][]; id?: string | number; properties?: Record<string, unknown> }
  | { type: null | "Point" | "MultiPoint" | "LineString" | "MultiLineString"; id?: string | number; properties?: Record<string, unknown> };

export type Ring = Position[];
export type PolygonCoordinates = Ring[];

/** Absolute positions of every arc, in degrees. */
export function decodeArcs(topology: Topology): Position[][] {
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (topology.transform) {
        x += dx;
        y += dy;
        return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as Position;
      }
      return [dx, dy] as Position;
    });
  });
}

/** A ring from arc indexes; `~i` (negative) is arc i reversed; consecutive arcs share their joint point. */
export function ringFromArcs(indexes: readonly number[], arcs: readonly Position[][]): Ring {
  const ring: Ring = [];
  for (const index of indexes) {
    const arc = arcs[index < 0 ? ~index : index];
    if (!arc) throw new Error(`TopoJSON arc ${index} does not exist`);
    const points = index < 0 ? [...arc].reverse() : arc;
    ring.push(...(ring.length > 0 ? points.slice(1) : points));
  }
  return ring;
}

/** The polygons of a geometry (a Polygon is a MultiPolygon of one). */
export function polygonsOf(geometry: TopoGeometry, arcs: readonly Position[][]): PolygonCoordinates[] {
  if (geometry.type === "Polygon") return [geometry.arcs.map((ring) => ringFromArcs(ring, arcs))];
  if (geometry.type === "MultiPolygon") return geometry.arcs.map((polygon) => polygon.map((ring) => ringFromArcs(ring, arcs)));
  return [];
}
