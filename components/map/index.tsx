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
export const OffersMapLoader = dynamic<OffersMapProps>(() => import("./OffersMap").then((module) => module.OffersMap), {
  ssr: false,
  loading: () => (
    <p role="status" className="fr-text--sm fr-mb-4w">
      Chargement de la carte…
    </p>
  ),
});
