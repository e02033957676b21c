import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";

import type { OffersFeatureCollection } from "@/lib/map/feature-collection";
import { fontStackFor, OVERLAY_SOURCES, offersSource, overlayLayers, searchAreaSource } from "@/lib/map/layers";
import { PALETTES, type MapPalette } from "@/lib/map/palette";
import { supportsWebGL2 } from "@/lib/map/webgl";

import { createOffersMap } from "./create-map";
import { loadPointsEarly } from "./early-points";
import { frameSearchArea, type SearchArea } from "./framing";

/** What the map's box carries in the server's HTML, so that the map can start before React hydrates the page. */
export type MapBoxSettings = { styleUrl?: string; area?: SearchArea; query: string };

/** The attribute of the map's box that holds its `MapBoxSettings` (JSON). */
export const MAP_BOX_ATTRIBUTE = "data-carte";

/**
 * A map started in a box. Its style loaded, the overlays (search area, offers) are in and the
 * search area framed (`font`: the stack the counts are drawn with); `drawn`: the points it shows.
 */
export type StartedMap = {
  status: "created";
  map: MapLibreMap;
  styleReady: boolean;
  font?: string[];
  drawn?: OffersFeatureCollection;
  /** Called once the style is loaded and the overlays are in (OffersMap's hook). */
  onStyleReady?: () => void;
};

/** No WebGL 2 at all, MapLibre's constructor refused it, or a map. */
export type MapStart = { status: "no-webgl" } | { status: "failed" } | StartedMap;

/** Signal for tests and `npm run bench -- search`: the points are drawn and the map is idle. */
export function markReadyWhenIdle(map: MapLibreMap, box: HTMLElement): void {
  map.once("idle", () => {
    if (box.dataset.mapState === "ready") return;
    box.dataset.mapState = "ready";
    performance.mark("portail-map-ready");
  });
}

/** Probes WebGL 2 (for the French message), then creates the map and adds its overlays once its style is loaded; never throws. */
export function startMap(box: HTMLElement, { styleUrl, area }: MapBoxSettings, palette: MapPalette): MapStart {
  if (!supportsWebGL2()) return { status: "no-webgl" };
  let map: MapLibreMap;
  try {
    map = createOffersMap(box, { styleUrl, palette, area });
  } catch {
    // The constructor is where MapLibre reports a WebGL context it could not get.
    return { status: "failed" };
  }
  const start: StartedMap = { status: "created", map, styleReady: false };
  map.once("load", () => {
    start.font = fontStackFor(map.getStyle());
    map.addSource(OVERLAY_SOURCES.searchArea, searchAreaSource());
    map.addSource(OVERLAY_SOURCES.offers, offersSource());
    for (const layer of overlayLayers(palette, start.font)) map.addLayer(layer);
    // Frame the search and fetch its commune names now, in parallel with the points.
    if (area) frameSearchArea(map, area, { animate: false, placeLabelsOrigin: styleUrl ? undefined : window.location.origin });
    start.styleReady = true;
    start.onStyleReady?.();
  });
  return start;
}

const started = new Map<Element, MapStart>();

/**
 * Starts the map in each box of the server's HTML as soon as MapLibre's code is
 * evaluated, while React is still hydrating the page (ADR 0005, "First map"):
 * the points are asked for at once and drawn as soon as the style is loaded, as
 * a page with MapLibre alone would. React's hydration leaves the box's content
 * alone, and OffersMap then takes the map over (`takeMapStart`).
 */
export function startEarlyMaps(): void {
  const dark = document.documentElement.getAttribute("data-fr-theme") === "dark";
  for (const box of document.querySelectorAll<HTMLElement>(`[${MAP_BOX_ATTRIBUTE}]`)) {
    // A box with no height yet (its stylesheet still on its way) would frame nothing: React starts that map.
    if (started.has(box) || box.childElementCount > 0 || box.clientHeight === 0) continue;
    let settings: MapBoxSettings;
    try {
      settings = JSON.parse(box.getAttribute(MAP_BOX_ATTRIBUTE) ?? "") as MapBoxSettings;
    } catch {
      continue;
    }
    const start = startMap(box, settings, PALETTES[dark ? "dark" : "light"]);
    started.set(box, start);
    if (start.status !== "created") continue;
    const points = loadPointsEarly(settings.query);
    const draw = () =>
      void points.then((result) => {
        // A failure is React's to show (the same answer reaches it); a map already handed over draws its own points.
        if (!result.ok || start.drawn || !start.styleReady) return;
        start.map.getSource<GeoJSONSource>(OVERLAY_SOURCES.offers)?.setData(result.data);
        start.drawn = result.data;
        markReadyWhenIdle(start.map, box);
      });
    start.map.once("load", draw);
  }
}

/** The map started early in `box`, handed over once; otherwise a map started now. */
export function takeMapStart(box: HTMLElement, settings: MapBoxSettings, palette: MapPalette): MapStart {
  // A box React did not keep (it rendered the map's part of the page anew): its map would draw for no one.
  for (const [other, start] of started) {
    if (other.isConnected) continue;
    if (start.status === "created") start.map.remove();
    started.delete(other);
  }
  const early = started.get(box);
  if (early) {
    started.delete(box);
    return early;
  }
  return startMap(box, settings, palette);
}
