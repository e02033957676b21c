import proj4 from "proj4";

import type { Point } from "./distance";

/**
 * Projected coordinate systems found in the FINESS extraction (the last item of
 * `sourcecoordet`): Lambert-93 in mainland France and Corsica, UTM in overseas
 * départements. Their datums (RGF93, RGAF09, RGFG95, RGR92, RGM04) agree with
 * WGS84 to well under a metre, which is below what the catalogue needs.
 */
export const FINESS_PROJECTIONS = {
  LAMBERT_93:
    "+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  UTM_N20: "+proj=utm +zone=20 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  UTM_N21: "+proj=utm +zone=21 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  UTM_N22: "+proj=utm +zone=22 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  UTM_S38: "+proj=utm +zone=38 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  UTM_S40: "+proj=utm +zone=40 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
} as const;

export type ProjectionName = keyof typeof FINESS_PROJECTIONS;

export function isProjectionName(value: string): value is ProjectionName {
  return Object.hasOwn(FINESS_PROJECTIONS, value);
}

const WGS84 = "EPSG:4326";

const converters = new Map<ProjectionName, proj4.Converter>();

function converter(projection: ProjectionName): proj4.Converter {
  let found = converters.get(projection);
  if (!found) {
    found = proj4(FINESS_PROJECTIONS[projection], WGS84);
    converters.set(projection, found);
  }
  return found;
}

/** Projected (x, y) in metres → WGS84 latitude/longitude. */
export function projectedToWgs84(projection: ProjectionName, x: number, y: number): Point {
  const [longitude, latitude] = converter(projection).forward([x, y]);
  return { latitude: latitude ?? Number.NaN, longitude: longitude ?? Number.NaN };
}

/** WGS84 → projected (x, y) in metres (used by the sandbox to write FINESS files). */
export function wgs84ToProjected(projection: ProjectionName, point: Point): { x: number; y: number } {
  const [x, y] = converter(projection).inverse([point.longitude, point.latitude]);
  return { x: x ?? Number.NaN, y: y ?? Number.NaN };
}

/** The projection FINESS uses for a département code ("971"…, or two characters in mainland France). */
export function projectionForDepartement(departement: string): ProjectionName {
  switch (departement) {
    case "971":
    case "972":
    case "977":
    case "978":
      return "UTM_N20";
    case "973":
      return "UTM_N22";
    case "974":
      return "UTM_S40";
    case "976":
      return "UTM_S38";
    case "975":
      return "UTM_N21";
    default:
      return "LAMBERT_93";
  }
}
