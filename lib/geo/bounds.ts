/** [longitude, latitude], as GeoJSON and MapLibre order them. */
export type Position = [number, number];
/** [west, south, east, north], as GeoJSON's `bbox` and MapLibre's `fitBounds` take them. */
export type BBox = [number, number, number, number];

/** The smallest box holding every position; undefined when there are none (nothing to frame). */
export function boundsOf(positions: Iterable<Readonly<Position>>): BBox | undefined {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [longitude, latitude] of positions) {
    west = Math.min(west, longitude);
    east = Math.max(east, longitude);
    south = Math.min(south, latitude);
    north = Math.max(north, latitude);
  }
  return west === Infinity ? undefined : [west, south, east, north];
}

/** Whether two boxes share at least one point (edges included). */
export function boundsIntersect(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
