import type { Metadata } from "next";

import { PageLayout } from "@/components/PageLayout";
import { SearchView } from "@/components/search/SearchView";
import { loadSearchPage } from "@/lib/search";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Trouver une solution",
  description: "Aide à domicile, accueil de jour, établissement, soutien aux aidants : trouvez les solutions près de chez vous, filtrez par public, prix et accueil.",
  path: "/recherche",
});

export type SearchPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const data = await loadSearchPage(await searchParams);
  return (
    <PageLayout title="Trouver une solution" lead="Aide à domicile, accueil de jour, établissement, soutien aux aidants : les solutions près de chez vous.">
      <SearchView data={data} basePath="/recherche" />
    </PageLayout>
  );
}
