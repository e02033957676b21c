"use client";

import dynamic from "next/dynamic";
import { useSyncExternalStore } from "react";

import type { OffersMapProps } from "./OffersMap";

import "./map-loader.css";

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

const noSubscription = () => () => undefined;

/**
 * While MapLibre downloads. The server renders it too (the map is client-only):
 * without JavaScript it would announce a map that never comes, so the server's
 * HTML says the map needs JavaScript (hidden by CSS as soon as scripts run, see
 * map-loader.css) and the waiting message appears once the page runs.
 */
function MapLoading() {
  const running = useSyncExternalStore(noSubscription, () => true, () => false);
  return (
    <>
      {running ? null : (
        <div className="portail-carte__sans-js fr-alert fr-alert--info fr-alert--sm fr-mb-4w">
          <p>La carte a besoin de JavaScript pour s&apos;afficher. La liste des résultats ci-dessous contient les mêmes informations.</p>
        </div>
      )}
      <p role="status" className="fr-text--sm fr-mb-4w">
        {running ? "Chargement de la carte…" : ""}
      </p>
    </>
  );
}

export const OffersMapLoader = dynamic<OffersMapProps>(loadOffersMap, { ssr: false, loading: MapLoading });
