"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import "./offers-map.css";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useIsDark } from "@codegouvfr/react-dsfr/useIsDark";
import "@/components/dsfr-bootstrap/register-link";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { Map as MapLibreMap, Popup, type GeoJSONSource, type LayerSpecification } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";

import type { OfferFeatureProperties, Position } from "@/lib/map/feature-collection";
import { overflow } from "@/lib/map/geometry";
import { OVERLAY_SOURCES, overlayLayers } from "@/lib/map/layers";
import { PALETTES, type MapPalette } from "@/lib/map/palette";
import { basemapLayers, paintUpdates } from "@/lib/map/style";
import { offerHref, searchQueryString, type SearchQuery } from "@/lib/search/client";

import { listenToOfferClicks, prefersReducedMotion, startMapLibreWorker } from "./create-map";
import { MAP_BOX_ATTRIBUTE, markReadyWhenIdle, startEarlyMaps, takeMapStart, type MapBoxSettings, type StartedMap } from "./early-map";
import { areaKey, frameSearchArea, type SearchArea } from "./framing";
import { useMapData } from "./map-data";
import { NoScriptNotice, usePageRunning } from "./NoScriptNotice";
import { OfferPopup, type PopupCompare } from "./OfferPopup";
import { mapSummary } from "./summary";

// This module is evaluated as soon as its chunk arrives (one of the page's own scripts, see ./index.tsx),
// before React hydrates the page: the worker and the map start now, not after hydration.
if (typeof window !== "undefined") {
  startMapLibreWorker();
  startEarlyMaps();
}

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
  area?: SearchArea;
  /** The page's search with its comparison selection, for "Ajouter à la comparaison" in the popups (links to `basePath`). */
  compare?: { query: Partial<SearchQuery>; basePath: string };
};

export const WEBGL_UNAVAILABLE_MESSAGE =
  "La carte ne peut pas s'afficher sur cet appareil. La liste des résultats ci-dessous contient les mêmes informations.";

type PopupState = { offers: OfferFeatureProperties[]; more: number; at: Position; node: HTMLElement };

/** The box's content belongs to MapLibre: React neither hydrates nor renders into it. */
const MAPLIBRE_OWNS_CONTENT = { __html: "" };

/**
 * The search's offers on a map: MapLibre clusters, a popup per offer, the
 * search area. The server renders the map's empty box (hidden without
 * JavaScript, see map-loader.css) and the map starts in the browser (see
 * ./index.tsx); the page's list stays the main channel, so every failure here
 * ends in a French message, never a blank box.
 */
export function OffersMap(props: OffersMapProps) {
  // The map's own query client (the root layout stays a server component), as LiveRequestsDashboard does.
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <OffersMapView {...props} />
    </QueryClientProvider>
  );
}

function OffersMapView({ query, styleUrl, onSelect, area, compare }: OffersMapProps) {
  const { isDark } = useIsDark();
  // False on the server and while hydrating: the server's HTML (the no-JavaScript notice) is kept until then.
  const running = usePageRunning();
  const [mapFailed, setMapFailed] = useState(false);
  const [styleReady, setStyleReady] = useState(false);
  const { load, retry } = useMapData(query);
  const [popup, setPopup] = useState<PopupState | null>(null);

  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const startRef = useRef<StartedMap | null>(null);
  const paletteRef = useRef<MapPalette>(PALETTES[isDark ? "dark" : "light"]);
  const onSelectRef = useRef(onSelect);
  const fittedRef = useRef(false);
  /** The area the view was last framed on (`areaKey`): the points' answer does not frame it again. */
  const framedRef = useRef<string | null>(null);
  const initialAreaRef = useRef(area);
  // Written in the server's HTML, where ./early-map.ts reads it to start the map before hydration.
  const [boxSettings] = useState(() => JSON.stringify({ styleUrl, area, query } satisfies MapBoxSettings));
  const fontRef = useRef<string[] | undefined>(undefined);
  const embedded = !styleUrl;

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  // The map itself, once per style: the one started before hydration, or a new one.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const start = takeMapStart(container, { styleUrl, area: initialAreaRef.current, query }, paletteRef.current);
    if (start.status !== "created") {
      // No WebGL 2, or MapLibre's constructor refused it: the external system speaking.
      setMapFailed(true);
      return;
    }
    const { map } = start;
    mapRef.current = map;
    startRef.current = start;
    map.on("error", (event) => {
      if (/webgl/i.test(String(event.error?.message))) setMapFailed(true);
    });
    // startMap added the overlays and framed the page's search area once the style was loaded.
    const onStyleReady = () => {
      fontRef.current = start.font;
      const initial = initialAreaRef.current;
      if (initial) {
        framedRef.current = areaKey(initial);
        fittedRef.current = true;
      }
      setStyleReady(true);
    };
    if (start.styleReady) onStyleReady();
    else start.onStyleReady = onStyleReady;
    listenToOfferClicks(map, (offers, more, at) => {
      if (offers.length === 0) return;
      setPopup({ offers, more, at, node: document.createElement("div") });
      if (offers.length === 1 && offers[0]) onSelectRef.current?.(offers[0]);
    });

    return () => {
      start.onStyleReady = undefined;
      startRef.current = null;
      mapRef.current = null;
      fittedRef.current = false;
      framedRef.current = null;
      setStyleReady(false);
      setPopup(null);
      map.remove();
    };
    // The query is the page's (a new search is a new page): the map is not created again for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [styleUrl]);

  // Points and search area into the map; the first time, show the whole search area.
  const data = load.status === "ready" ? load.data : undefined;
  useEffect(() => {
    const map = mapRef.current;
    const start = startRef.current;
    if (!map || !start || !styleReady || !data) return;
    // The map started before hydration may already show these very points (the same answer, see ./early-map.ts).
    if (start.drawn !== data) {
      map.getSource<GeoJSONSource>(OVERLAY_SOURCES.offers)?.setData(data);
      start.drawn = data;
    }
    if (framedRef.current !== areaKey(data.recherche)) {
      frameSearchArea(map, data.recherche, {
        animate: fittedRef.current && !prefersReducedMotion(),
        placeLabelsOrigin: embedded ? window.location.origin : undefined,
      });
      framedRef.current = areaKey(data.recherche);
      fittedRef.current = true;
    }
    setPopup(null);
    if (containerRef.current) markReadyWhenIdle(map, containerRef.current);
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

  // One tree in every state, so that the box the server rendered stays the map's box through hydration.
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
      {running ? null : <NoScriptNotice />}
      {mapFailed ? <Alert severity="info" small description={WEBGL_UNAVAILABLE_MESSAGE} /> : null}
      {load.status === "error" && !mapFailed ? (
        <div className="fr-mb-2w">
          <Alert severity="error" small description={`${load.message} La liste des résultats ci-dessous reste disponible.`} />
          <Button priority="secondary" size="small" className="fr-mt-1w" onClick={retry}>
            Réessayer d&apos;afficher la carte
          </Button>
        </div>
      ) : null}
      <p role="status" className="fr-text--sm fr-mb-1w" hidden={mapFailed}>
        {!running || mapFailed ? "" : load.status === "loading" ? "Chargement de la carte…" : load.status === "ready" ? mapSummary(load.data) : ""}
      </p>
      <div
        ref={containerRef}
        className="portail-carte__canvas"
        hidden={mapFailed}
        aria-busy={running && load.status === "loading"}
        {...{ [MAP_BOX_ATTRIBUTE]: boxSettings }}
        dangerouslySetInnerHTML={MAPLIBRE_OWNS_CONTENT}
      />
      {popup ? createPortal(<OfferPopup offers={popup.offers} more={popup.more} compare={popupCompare} />, popup.node) : null}
    </div>
  );
}
