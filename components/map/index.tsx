"use client";

import "./map-loader.css";

/**
 * The one entry point to the map. MapLibre needs `window` and WebGL, so the map
 * itself is drawn in the browser only; but the component is not loaded through
 * `next/dynamic`: the server renders the map's empty box (OffersMap), and
 * MapLibre's code is one of the page's own scripts, downloaded with them and
 * started before hydration instead of after it (ADR 0005, "First map";
 * Turbopack does not name a dynamic import's chunks in the page's HTML).
 * Server pages render it with serialisable props:
 * `<OffersMapLoader query={searchQueryString(query)} styleUrl={env().MAP_STYLE_URL} area={area} />`.
 */
export { OffersMap as OffersMapLoader, type OffersMapProps } from "./OffersMap";
export type { OfferFeatureProperties } from "@/lib/map/feature-collection";
