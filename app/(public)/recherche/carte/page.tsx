import type { Metadata } from "next";

import { OffersMapLoader } from "@/components/map";
import { PageLayout } from "@/components/PageLayout";
import { SearchView } from "@/components/search/SearchView";
import { env } from "@/lib/env";
import { loadSearchPage } from "@/lib/search/load-search-page";
import { searchQueryString } from "@/lib/search/search-params";

export const metadata: Metadata = { title: "Carte des solutions" };

export type SearchMapPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The same search as /recherche, with a map above the same list and pagination (the map is never the only way). */
export default async function SearchMapPage({ searchParams }: SearchMapPageProps) {
  const data = await loadSearchPage(await searchParams);
  const map =
    data.state === "results" && data.result.total > 0 ? (
      <OffersMapLoader query={searchQueryString({ ...data.parsed.query, page: 1, comparer: [] })} styleUrl={env().MAP_STYLE_URL} />
    ) : null;
  return (
    <PageLayout title="Carte des solutions" lead="Les solutions près de chez vous, sur une carte et dans la liste qui la suit." parents={[{ label: "Trouver une solution", href: "/recherche" }]}>
      <SearchView data={data} basePath="/recherche/carte" map={map} />
    </PageLayout>
  );
}
