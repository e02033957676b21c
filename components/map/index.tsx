"use client";

import dynamic from "next/dynamic";

import type { OffersMapProps } from "./OffersMap";

export type { OffersMapProps };
export type { OfferFeatureProperties } from "@/lib/map/feature-collection";

/**
 * The one entry point to the map (STYLE.md §6): MapLibre needs `window` and
 * WebGL, so it is loaded in the browser only. Server pages render it with
 * serialisable props: `<OffersMapLoader query={searchQueryString(query)} styleUrl={env().MAP_STYLE_URL} />`.
 */
const loadOffersMap = () => import("./OffersMap").then((module) => module.OffersMap);

// MapLibre is the heaviest download of the map page: start it as soon as this
// module is evaluated in the browser (when React resolves the page's client
// components), not when the map component first renders. Measured gain: small,
// as evaluation itself waits for hydration (ADR 0005, "First map").
if (typeof window !== "undefined") void loadOffersMap().catch(() => undefined);

export const OffersMapLoader = dynamic<OffersMapProps>(loadOffersMap, {
  ssr: false,
  loading: () => (
    <p role="status" className="fr-text--sm fr-mb-4w">
      Chargement de la carte…
    </p>
  ),
});
