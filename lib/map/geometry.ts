import type { BBox, Position } from "@/lib/geo/bounds";
import { boundingBox, offsetPoint } from "@/lib/geo/distance";

/** The box that contains the search disc (the list's own prefilter box): what the map shows first. */
export function searchBounds([longitude, latitude]: Position, radiusKm: number): BBox {
  const box = boundingBox({ latitude, longitude }, radiusKm * 1000);
  return [box.minLongitude, box.minLatitude, box.maxLongitude, box.maxLatitude];
}

/** Grows a box around its centre, e.g. to fetch place names a little beyond the search area. */
export function expandBounds([west, south, east, north]: BBox, factor: number): BBox {
  const halfWidth = ((east - west) * factor) / 2;
  const halfHeight = ((north - south) * factor) / 2;
  const [x, y] = [(west + east) / 2, (south + north) / 2];
  return [x - halfWidth, Math.max(-85, y - halfHeight), x + halfWidth, Math.min(85, y + halfHeight)];
}

/** The search disc as a closed polygon ring (equirectangular approximation, fine at these radii). */
export function circleRing([longitude, latitude]: Position, radiusKm: number, steps = 64): Position[] {
  const ring: Position[] = [];
  for (let step = 0; step < steps; step += 1) {
    const angle = (step / steps) * 2 * Math.PI;
    const point = offsetPoint({ latitude, longitude }, radiusKm * 1000 * Math.cos(angle), radiusKm * 1000 * Math.sin(angle));
    ring.push([point.longitude, point.latitude]);
  }
  const first = ring[0];
  if (first) ring.push([first[0], first[1]]);
  return ring;
}

export type SearchAreaCollection = {
  type: "FeatureCollection";
  features: Array<{ type: "Feature"; geometry: { type: "Polygon"; coordinates: Position[][] }; properties: Record<string, never> }>;
};

export function searchAreaCollection(centre: Position, radiusKm: number): SearchAreaCollection {
  return {
    type: "FeatureCollection",
    features: [{ type: "Feature", geometry: { type: "Polygon", coordinates: [circleRing(centre, radiusKm)] }, properties: {} }],
  };
}

type Rect = { left: number; top: number; right: number; bottom: number };

/**
 * How far to pan the map (pixels, as `map.panBy` takes them) so that `box`
 * (a popup) lies inside `frame` (the map) with `margin` to spare; 0 on an axis
 * where it already fits. A box larger than the frame keeps its top-left corner in view.
 */
export function overflow(box: Rect, frame: Rect, margin = 8): [number, number] {
  const axis = (start: number, end: number, min: number, max: number) => {
    if (start < min + margin) return start - min - margin;
    if (end > max - margin) return Math.min(end - max + margin, start - min - margin);
    return 0;
  };
  return [axis(box.left, box.right, frame.left, frame.right), axis(box.top, box.bottom, frame.top, frame.bottom)];
}
