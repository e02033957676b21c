import {
  getVersion,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  ScaleControl,
  setWorkerUrl,
  type GeoJSONSource,
  type MapLayerMouseEvent,
} from "maplibre-gl";

import { offersFromFeatures, type OfferFeatureProperties, type Position } from "@/lib/map/feature-collection";
import { searchBounds } from "@/lib/map/geometry";
import { CLUSTER_MAX_ZOOM, OVERLAY_LAYERS, OVERLAY_SOURCES } from "@/lib/map/layers";
import { MAP_LOCALE } from "@/lib/map/locale";
import type { MapPalette } from "@/lib/map/palette";
import { EMBEDDED_BASEMAP_PATH, embeddedStyle } from "@/lib/map/style";
import { maplibreWorkerUrl } from "@/lib/map/worker";

import { FRAME_PADDING, type SearchArea } from "./framing";

/** Above this many offers in a spot, the popup lists the first ones and asks to zoom. */
const POPUP_LIST_LIMIT = 20;

export const prefersReducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/** Metropolitan France, shown until the search's area is known. */
const FRANCE_BOUNDS: [number, number, number, number] = [-5.2, 41.3, 9.6, 51.1];

/**
 * Starts MapLibre's worker as soon as MapLibre's code is there, while React is
 * still hydrating the page: the worker's start-up (fetching and evaluating its
 * module) then overlaps the page's own work instead of following the map's
 * creation (ADR 0005, "First map").
 */
export function startMapLibreWorker(): void {
  setWorkerUrl(maplibreWorkerUrl(getVersion()));
  prewarm();
}

/**
 * A MapLibre map with the portal's settings and controls, showing `area` from
 * its first frame when the page knows it (metropolitan France otherwise): the
 * basemap is then cut into tiles for the search's zoom only, not for France
 * first. Throws when MapLibre cannot get a WebGL context (the constructor is
 * where it says so).
 */
export function createOffersMap(container: HTMLElement, { styleUrl, palette, area }: { styleUrl?: string; palette: MapPalette; area?: SearchArea }): MapLibreMap {
  startMapLibreWorker();
  const reduced = prefersReducedMotion();
  const map = new MapLibreMap({
    container,
    style: styleUrl ?? embeddedStyle(palette, { basemapUrl: new URL(EMBEDDED_BASEMAP_PATH, window.location.origin).href }),
    bounds: area ? searchBounds(area.centre, area.rayonKm) : FRANCE_BOUNDS,
    fitBoundsOptions: { padding: FRAME_PADDING },
    maxZoom: 17,
    locale: MAP_LOCALE,
    attributionControl: { compact: true },
    // The list under the map must stay reachable with the wheel and one finger.
    cooperativeGestures: true,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    reduceMotion: reduced,
    fadeDuration: reduced ? 0 : 300,
  });
  map.keyboard.disableRotation();
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), "top-right");
  map.addControl(new ScaleControl({ unit: "metric" }), "bottom-left");
  return map;
}

/** Opens a popup on `at` for `offers`, saying that `more` offers of that spot are not listed. */
export type OpenPopup = (offers: OfferFeatureProperties[], more: number, at: Position) => void;

/**
 * Clicks on the offers: a point opens its popup; a group zooms in until it
 * splits, and a group that never splits (one building) lists its offers.
 */
export function listenToOfferClicks(map: MapLibreMap, openPopup: OpenPopup): void {
  const onPointClick = (event: MapLayerMouseEvent) => {
    const features = event.features ?? [];
    const first = features[0];
    if (!first || first.geometry.type !== "Point") return;
    openPopup(offersFromFeatures(features), 0, first.geometry.coordinates as Position);
  };
  const onClusterClick = async (event: MapLayerMouseEvent) => {
    const cluster = event.features?.[0];
    const source = map.getSource<GeoJSONSource>(OVERLAY_SOURCES.offers);
    if (!cluster || !source || cluster.geometry.type !== "Point") return;
    const centre = cluster.geometry.coordinates as Position;
    const clusterId = Number(cluster.properties.cluster_id);
    const count = Number(cluster.properties.point_count);
    const zoom = await source.getClusterExpansionZoom(clusterId);
    if (zoom <= CLUSTER_MAX_ZOOM) {
      const camera = { center: centre, zoom };
      if (prefersReducedMotion()) map.jumpTo(camera);
      else map.easeTo({ ...camera, duration: 400 });
      return;
    }
    // Offers in one building never split apart: list them instead of zooming forever.
    const leaves = await source.getClusterLeaves(clusterId, POPUP_LIST_LIMIT, 0);
    openPopup(offersFromFeatures(leaves), Math.max(0, count - leaves.length), centre);
  };
  const pointer = () => (map.getCanvas().style.cursor = "pointer");
  const noPointer = () => (map.getCanvas().style.cursor = "");
  map.on("click", OVERLAY_LAYERS.points, onPointClick);
  map.on("click", OVERLAY_LAYERS.clusters, (event) => void onClusterClick(event));
  for (const layer of [OVERLAY_LAYERS.points, OVERLAY_LAYERS.clusters]) {
    map.on("mouseenter", layer, pointer);
    map.on("mouseleave", layer, noPointer);
  }
}
