import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";

import type { Position } from "@/lib/map/feature-collection";
import { searchAreaCollection, searchBounds } from "@/lib/map/geometry";
import { OVERLAY_SOURCES } from "@/lib/map/layers";
import { BASEMAP_SOURCES, placeLabelsUrl } from "@/lib/map/style";

/** A search's disc: its centre (longitude, latitude) and radius, as `/api/carte` answers it in `recherche`. */
export type SearchArea = { centre: Position; rayonKm: number };

export type FrameOptions = {
  /** Glide to the area (the person already sees the map and has not asked for reduced motion), or jump. */
  animate: boolean;
  /** The page's origin, to fetch the commune names of the embedded basemap; absent with an external style, which has its own. */
  placeLabelsOrigin?: string;
};

/** Pixels kept between the search's disc and the map's edges. */
export const FRAME_PADDING = 16;

/** Identifies an area, so that the same area is not framed twice (the points answer the area the page already framed). */
export const areaKey = ({ centre, rayonKm }: SearchArea): string => `${centre.join(",")},${rayonKm}`;

/** The subset of MapLibre's map that framing uses, so that it can be checked without WebGL. */
export type FramedMap = Pick<MapLibreMap, "getSource" | "fitBounds">;

/**
 * The one way the map shows a search area: the disc drawn, the commune names
 * around it asked for, and the view fitted to the disc (the list's radius),
 * whether the area comes from the page or from the points' answer.
 */
export function frameSearchArea(map: FramedMap, area: SearchArea, { animate, placeLabelsOrigin }: FrameOptions): void {
  const { centre, rayonKm } = area;
  map.getSource<GeoJSONSource>(OVERLAY_SOURCES.searchArea)?.setData(searchAreaCollection(centre, rayonKm));
  if (placeLabelsOrigin !== undefined) {
    void map.getSource<GeoJSONSource>(BASEMAP_SOURCES.places)?.setData(new URL(placeLabelsUrl(centre, rayonKm), placeLabelsOrigin).href);
  }
  // searchBounds is lib/geo's bounding box of the disc, as MapLibre's [west, south, east, north].
  map.fitBounds(searchBounds(centre, rayonKm), { padding: FRAME_PADDING, animate, duration: animate ? 400 : 0 });
}
