import type { Metadata } from "next";
import { version as maplibreVersion } from "maplibre-gl/package.json";
import { preload } from "react-dom";

import { OffersMapLoader } from "@/components/map";
import { PageLayout } from "@/components/PageLayout";
import { SearchView } from "@/components/search/SearchView";
import { env } from "@/lib/env";
import { roundCoordinate, type Position } from "@/lib/map/feature-collection";
import { mapDataUrl } from "@/lib/map/load-offers";
import { EMBEDDED_BASEMAP_PATH, placeLabelsUrl } from "@/lib/map/style";
import { maplibreWorkerUrl } from "@/lib/map/worker";
import { loadSearchPage, searchQueryString } from "@/lib/search";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Carte des solutions",
  description: "Les solutions d'aide et d'hébergement près de chez vous sur une carte, avec la même liste en dessous.",
  path: "/recherche/carte",
});

export type SearchMapPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The same search as /recherche, with a map above the same list and pagination (the map is never the only way). */
export default async function SearchMapPage({ searchParams }: SearchMapPageProps) {
  const data = await loadSearchPage(await searchParams);
  let map = null;
  if (data.state === "results" && data.result.total > 0) {
    const query = searchQueryString({ ...data.parsed.query, page: 1, comparer: [] });
    const { origin, radiusKm } = data.resolved.search;
    // Rounded as the endpoint rounds it, so that the map and the preload ask for the same URLs.
    const area = { centre: [roundCoordinate(origin.longitude), roundCoordinate(origin.latitude)] as Position, rayonKm: radiusKm };
    const styleUrl = env().MAP_STYLE_URL;
    // The map's data downloads while its code does (it used to wait for MapLibre, then for the basemap).
    preload(mapDataUrl(query), { as: "fetch", crossOrigin: "anonymous" });
    // MapLibre's worker, into the HTTP cache (it is cached for a year), so that the map does not wait for it.
    preload(maplibreWorkerUrl(maplibreVersion), { as: "fetch" });
    if (!styleUrl) {
      preload(EMBEDDED_BASEMAP_PATH, { as: "fetch", crossOrigin: "anonymous" });
      preload(placeLabelsUrl(area.centre, area.rayonKm), { as: "fetch", crossOrigin: "anonymous" });
    }
    map = <OffersMapLoader query={query} styleUrl={styleUrl} area={area} compare={{ query: data.parsed.query, basePath: "/recherche/carte" }} />;
  }
  return (
    <PageLayout title="Carte des solutions" lead="Les solutions près de chez vous, sur une carte et dans la liste qui la suit." parents={[{ label: "Trouver une solution", href: "/recherche" }]}>
      <SearchView data={data} basePath="/recherche/carte" map={map} />
    </PageLayout>
  );
}
