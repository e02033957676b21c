"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import "./offers-map.css";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useIsDark } from "@codegouvfr/react-dsfr/useIsDark";
import {
  getVersion,
  Map as MapLibreMap,
  NavigationControl,
  Popup,
  ScaleControl,
  setWorkerUrl,
  type GeoJSONSource,
  type LayerSpecification,
  type MapLayerMouseEvent,
} from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";

import { offersFromFeatures, type OfferFeatureProperties, type OffersFeatureCollection, type Position } from "@/lib/map/feature-collection";
import { overflow, searchAreaCollection, searchBounds } from "@/lib/map/geometry";
import { CLUSTER_MAX_ZOOM, fontStackFor, OVERLAY_LAYERS, OVERLAY_SOURCES, offersSource, overlayLayers, searchAreaSource } from "@/lib/map/layers";
import { loadMapData, mapDataUrl } from "@/lib/map/load-offers";
import { MAP_LOCALE } from "@/lib/map/locale";
import { PALETTES, type MapPalette } from "@/lib/map/palette";
import { BASEMAP_SOURCES, basemapLayers, EMBEDDED_BASEMAP_PATH, embeddedStyle, paintUpdates, placeLabelsUrl } from "@/lib/map/style";
import { supportsWebGL2 } from "@/lib/map/webgl";
import { maplibreWorkerUrl } from "@/lib/map/worker";
import { offerHref, searchQueryString, type SearchQuery } from "@/lib/search/client";

import { OfferPopup, type PopupCompare } from "./OfferPopup";

export type OffersMapProps = {
  /** The search's query string, as on /recherche, e.g. "?lieu=Lyon&groupe=en-etablissement". */
  query: string;
  /** A MapLibre style URL (MAP_STYLE_URL, read by the server page); the embedded basemap when absent. */
  styleUrl?: string;
  /** Called when a person opens the popup of one offer on the map. */
  onSelect?: (offer: OfferFeatureProperties) => void;
  /**
   * The search area, when the page knows it: the map frames it and asks for the commune names as
   * soon as it exists, without waiting for the points (which answer the same area).
   */
  area?: { centre: Position; rayonKm: number };
  /** The page's search with its comparison selection, for "Ajouter à la comparaison" in the popups (links to `basePath`). */
  compare?: { query: Partial<SearchQuery>; basePath: string };
};

/** Above this many offers in a spot, the popup lists the first ones and asks to zoom. */
const POPUP_LIST_LIMIT = 20;

export const WEBGL_UNAVAILABLE_MESSAGE =
  "La carte ne peut pas s'afficher sur cet appareil. La liste des résultats ci-dessous contient les mêmes informations.";

type LoadState = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; data: OffersFeatureCollection };
type PopupState = { offers: OfferFeatureProperties[]; more: number; at: Position; node: HTMLElement };

const prefersReducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;
const absolute = (path: string) => new URL(path, window.location.origin).href;
const pluralize = (count: number, one: string, many: string) => `${count.toLocaleString("fr-FR")} ${count > 1 ? many : one}`;

function summary(data: OffersFeatureCollection): string {
  const { features, recherche } = data;
  const around = `dans un rayon de ${recherche.rayonKm} km autour de ${recherche.lieu}`;
  if (features.length === 0) return `Aucune solution ne correspond à votre recherche ${around}.`;
  return `${pluralize(features.length, "solution affichée", "solutions affichées")} sur la carte, ${around}. Sélectionnez un groupe pour zoomer, ou un point pour voir la solution.`;
}

/**
 * The search's offers on a map: MapLibre clusters, a popup per offer, the
 * search area. Client-only (see ./index.tsx); the page's list stays the main
 * channel, so every failure here ends in a French message, never a blank box.
 */
export function OffersMap({ query, styleUrl, onSelect, area, compare }: OffersMapProps) {
  const { isDark } = useIsDark();
  const [webgl] = useState(supportsWebGL2);
  const [mapFailed, setMapFailed] = useState(false);
  const [styleReady, setStyleReady] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // The answer is kept with the request it answers: a new query or a retry is "loading" until its own answer arrives.
  const requestKey = `${mapDataUrl(query)}#${attempt}`;
  const [answer, setAnswer] = useState<{ key: string; state: LoadState } | null>(null);
  const load: LoadState = answer?.key === requestKey ? answer.state : { status: "loading" };
  const [popup, setPopup] = useState<PopupState | null>(null);

  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const paletteRef = useRef<MapPalette>(PALETTES[isDark ? "dark" : "light"]);
  const onSelectRef = useRef(onSelect);
  const fittedRef = useRef(false);
  /** The area the view was last framed on ("lon,lat,km"): the points' answer does not frame it again. */
  const framedRef = useRef<string | null>(null);
  const initialAreaRef = useRef(area);
  const fontRef = useRef<string[] | undefined>(undefined);
  const embedded = !styleUrl;

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  // The points of the search.
  useEffect(() => {
    const controller = new AbortController();
    loadMapData(query, { signal: controller.signal }).then(
      (result) =>
        setAnswer({ key: requestKey, state: result.ok ? { status: "ready", data: result.data } : { status: "error", message: result.message } }),
      () => undefined, // aborted: a newer query took over
    );
    return () => controller.abort();
  }, [query, requestKey]);

  // The map itself, created once per style.
  useEffect(() => {
    const container = containerRef.current;
    if (!webgl || !container) return;
    setWorkerUrl(maplibreWorkerUrl(getVersion()));
    const reduced = prefersReducedMotion();
    const palette = paletteRef.current;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container,
        style: styleUrl ?? embeddedStyle(palette, { basemapUrl: absolute(EMBEDDED_BASEMAP_PATH) }),
        // Metropolitan France until the search's area is known.
        bounds: [-5.2, 41.3, 9.6, 51.1],
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
    } catch {
      // The constructor is where MapLibre reports a WebGL context it could not get: the external system speaking.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setMapFailed(true);
      return;
    }
    mapRef.current = map;
    map.keyboard.disableRotation();
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    map.addControl(new ScaleControl({ unit: "metric" }), "bottom-left");
    map.on("error", (event) => {
      if (/webgl/i.test(String(event.error?.message))) setMapFailed(true);
    });
    map.on("load", () => {
      fontRef.current = fontStackFor(map.getStyle());
      map.addSource(OVERLAY_SOURCES.searchArea, searchAreaSource());
      map.addSource(OVERLAY_SOURCES.offers, offersSource());
      for (const layer of overlayLayers(paletteRef.current, fontRef.current)) map.addLayer(layer);
      const initial = initialAreaRef.current;
      if (initial) {
        // Frame the search and fetch its commune names now, in parallel with the points.
        map.getSource<GeoJSONSource>(OVERLAY_SOURCES.searchArea)?.setData(searchAreaCollection(initial.centre, initial.rayonKm));
        if (!styleUrl) void map.getSource<GeoJSONSource>(BASEMAP_SOURCES.places)?.setData(absolute(placeLabelsUrl(initial.centre, initial.rayonKm)));
        map.fitBounds(searchBounds(initial.centre, initial.rayonKm), { padding: 16, animate: false });
        framedRef.current = `${initial.centre.join(",")},${initial.rayonKm}`;
        fittedRef.current = true;
      }
      setStyleReady(true);
    });

    const openPopup = (offers: OfferFeatureProperties[], more: number, at: Position) => {
      if (offers.length === 0) return;
      setPopup({ offers, more, at, node: document.createElement("div") });
      if (offers.length === 1 && offers[0]) onSelectRef.current?.(offers[0]);
    };
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

    return () => {
      mapRef.current = null;
      fittedRef.current = false;
      framedRef.current = null;
      setStyleReady(false);
      setPopup(null);
      map.remove();
    };
  }, [webgl, styleUrl]);

  // Points and search area into the map; the first time, show the whole search area.
  const data = load.status === "ready" ? load.data : undefined;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !data) return;
    const { centre, rayonKm } = data.recherche;
    map.getSource<GeoJSONSource>(OVERLAY_SOURCES.offers)?.setData(data);
    const areaKey = `${centre.join(",")},${rayonKm}`;
    if (framedRef.current !== areaKey) {
      map.getSource<GeoJSONSource>(OVERLAY_SOURCES.searchArea)?.setData(searchAreaCollection(centre, rayonKm));
      if (embedded) void map.getSource<GeoJSONSource>(BASEMAP_SOURCES.places)?.setData(absolute(placeLabelsUrl(centre, rayonKm)));
      const animate = fittedRef.current && !prefersReducedMotion();
      map.fitBounds(searchBounds(centre, rayonKm), { padding: 16, animate, duration: animate ? 400 : 0 });
      framedRef.current = areaKey;
      fittedRef.current = true;
    }
    setPopup(null);
    // Signal for tests and `npm run bench -- search`: the points are drawn.
    map.once("idle", () => {
      if (!containerRef.current || containerRef.current.dataset.mapState === "ready") return;
      containerRef.current.dataset.mapState = "ready";
      performance.mark("portail-map-ready");
    });
  }, [data, styleReady, embedded]);

  // Theme changes repaint the layers in place (no new map, no lost position).
  useEffect(() => {
    const palette = PALETTES[isDark ? "dark" : "light"];
    paletteRef.current = palette;
    const map = mapRef.current;
    if (!map || !styleReady) return;
    const layers: LayerSpecification[] = [...(embedded ? basemapLayers(palette) : []), ...overlayLayers(palette, fontRef.current)];
    for (const [layer, property, value] of paintUpdates(layers)) {
      if (map.getLayer(layer)) map.setPaintProperty(layer, property, value);
    }
  }, [isDark, styleReady, embedded]);

  // The MapLibre popup hosts the React content rendered below through a portal.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !popup) return;
    // Narrower than a phone's map, so that it can always fit beside its point.
    const instance = new Popup({ closeButton: true, closeOnClick: true, focusAfterOpen: true, maxWidth: "min(20rem, calc(100vw - 4rem))", offset: 14 })
      .setLngLat(popup.at)
      .setDOMContent(popup.node)
      .addTo(map);
    // MapLibre does not move the map to show a popup opened near its edge (on a phone, half of it was cut off).
    const [dx, dy] = overflow(instance.getElement().getBoundingClientRect(), map.getContainer().getBoundingClientRect());
    if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { duration: prefersReducedMotion() ? 0 : 300 });
    const onClose = () => setPopup((current) => (current?.node === popup.node ? null : current));
    instance.on("close", onClose);
    return () => {
      instance.off("close", onClose);
      instance.remove();
    };
  }, [popup]);

  const popupCompare: PopupCompare | undefined = compare
    ? {
        selection: compare.query.comparer ?? [],
        hrefWith: (next) => `${compare.basePath}${searchQueryString(compare.query, { comparer: next })}`,
        offerHref: (offerId) => offerHref(offerId, compare.query),
      }
    : undefined;

  if (!webgl || mapFailed) {
    return <Alert severity="info" small description={WEBGL_UNAVAILABLE_MESSAGE} className="fr-mb-4w" />;
  }

  return (
    <div
      className="portail-carte fr-mb-4w"
      onKeyDown={(event) => {
        // Escape closes the popup and gives the focus back to the map.
        if (event.key === "Escape" && popup) {
          setPopup(null);
          mapRef.current?.getCanvas().focus();
        }
      }}
    >
      {load.status === "error" ? (
        <div className="fr-mb-2w">
          <Alert severity="error" small description={`${load.message} La liste des résultats ci-dessous reste disponible.`} />
          <Button priority="secondary" size="small" className="fr-mt-1w" onClick={() => setAttempt((value) => value + 1)}>
            Réessayer d&apos;afficher la carte
          </Button>
        </div>
      ) : null}
      <p role="status" className="fr-text--sm fr-mb-1w">
        {load.status === "loading" ? "Chargement de la carte…" : load.status === "ready" ? summary(load.data) : ""}
      </p>
      <div ref={containerRef} className="portail-carte__canvas" aria-busy={load.status === "loading"} />
      {popup ? createPortal(<OfferPopup offers={popup.offers} more={popup.more} compare={popupCompare} />, popup.node) : null}
    </div>
  );
}
