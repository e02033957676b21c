export type Point = { latitude: number; longitude: number };

export type BoundingBox = { minLatitude: number; maxLatitude: number; minLongitude: number; maxLongitude: number };

const EARTH_RADIUS_METERS = 6_371_008.8;
const METERS_PER_DEGREE_LATITUDE = (Math.PI * EARTH_RADIUS_METERS) / 180;

function toRadians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: Point, b: Point): number {
  const dLat = toRadians(b.latitude - a.latitude);
  const dLon = toRadians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The latitude/longitude rectangle containing every point within `radiusMeters`
 * of `center`: a cheap index-friendly prefilter before the exact distance.
 */
export function boundingBox(center: Point, radiusMeters: number): BoundingBox {
  const dLat = radiusMeters / METERS_PER_DEGREE_LATITUDE;
  const cos = Math.cos(toRadians(center.latitude));
  const dLon = cos < 1e-6 ? 180 : Math.min(180, radiusMeters / (METERS_PER_DEGREE_LATITUDE * cos));
  return {
    minLatitude: Math.max(-90, center.latitude - dLat),
    maxLatitude: Math.min(90, center.latitude + dLat),
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
