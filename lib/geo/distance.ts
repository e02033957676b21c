export type Point = { latitude: number; longitude: number };

export type BoundingBox = { minLatitude: number; maxLatitude: number; minLongitude: number; maxLongitude: number };

/** Mean Earth radius (IUGG): the one Earth of the portal, for distances, boxes and the map's disc. */
const EARTH_RADIUS_METERS = 6_371_008.8;
const METERS_PER_DEGREE_LATITUDE = (Math.PI * EARTH_RADIUS_METERS) / 180;
const EDGE_MARGIN_DEGREES = 1e-9;

function toRadians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: Point, b: Point): number {
  const dLat = toRadians(b.latitude - a.latitude);
  const dLon = toRadians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  // min(1, …) guards asin against rounding just above 1 for antipodal points.
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The same distance in kilometres, the unit of the search radius and of result cards. */
export function distanceKm(a: Point, b: Point): number {
  return distanceMeters(a, b) / 1000;
}

/**
 * The point `eastMeters` east and `northMeters` north of `center`, on the local flat
 * (equirectangular) approximation: within 0.1 % of the great circle at the portal's radii
 * (≤ 100 km); for drawing (the map's disc), not for deciding what is inside the radius.
 */
export function offsetPoint(center: Point, eastMeters: number, northMeters: number): Point {
  // Near a pole a parallel is a point: cap the cosine so that the answer stays finite.
  const cos = Math.max(Math.cos(toRadians(center.latitude)), 1e-6);
  return {
    latitude: center.latitude + northMeters / METERS_PER_DEGREE_LATITUDE,
    longitude: center.longitude + eastMeters / (METERS_PER_DEGREE_LATITUDE * cos),
  };
}

/**
 * The latitude/longitude rectangle containing every point within `radiusMeters` of `center`
 * (the exact box of a spherical cap, so nothing at the radius is missed): a cheap prefilter
 * before the exact distance, and what the map frames first.
 */
export function boundingBox(center: Point, radiusMeters: number): BoundingBox {
  // About 0.1 mm more on each side: a point exactly at the radius must not fall out by a rounding error.
  const dLat = radiusMeters / METERS_PER_DEGREE_LATITUDE + EDGE_MARGIN_DEGREES;
  const minLatitude = center.latitude - dLat;
  const maxLatitude = center.latitude + dLat;
  const angle = radiusMeters / EARTH_RADIUS_METERS;
  const ratio = Math.sin(angle) / Math.cos(toRadians(center.latitude));
  // A disc reaching a pole (or wider than its parallel) spans every longitude.
  const dLon = minLatitude <= -90 || maxLatitude >= 90 || ratio >= 1 ? 180 : Math.min(180, (Math.asin(ratio) * 180) / Math.PI + EDGE_MARGIN_DEGREES);
  return {
    minLatitude: Math.max(-90, minLatitude),
    maxLatitude: Math.min(90, maxLatitude),
    minLongitude: center.longitude - dLon,
    maxLongitude: center.longitude + dLon,
  };
}

/** A WGS84 point with plausible values (not 0,0, inside the valid ranges). */
export function isValidPoint(latitude: number | null | undefined, longitude: number | null | undefined): boolean {
  if (latitude === null || latitude === undefined || longitude === null || longitude === undefined) return false;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return false;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return false;
  return !(latitude === 0 && longitude === 0);
}
