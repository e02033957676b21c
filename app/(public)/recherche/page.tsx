import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";

import { OfferSearchForm } from "@/components/OfferSearchForm";
import { PageLayout } from "@/components/PageLayout";
import { audienceLabel, parseSearchParams } from "@/lib/search/search-params";

export const metadata: Metadata = { title: "Trouver une solution" };

export type SearchPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const parsed = parseSearchParams(await searchParams);
  const values = parsed.ok ? parsed.query : parsed.raw;
  return (
    <PageLayout title="Trouver une solution">
      {parsed.ok ? null : (
        <Alert
          severity="error"
          title="Votre recherche n'a pas pu être lancée"
          description="Corrigez les champs signalés ci-dessous, puis relancez la recherche."
          className="fr-mb-4w"
        />
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-5">
          <OfferSearchForm values={values} errors={parsed.ok ? {} : parsed.errors} />
        </div>
        <div className="fr-col-12 fr-col-md-7">
          <Alert
            severity="info"
            title="La recherche de solutions arrive bientôt"
            description={
              parsed.ok && (parsed.query.lieu || parsed.query.public)
                ? `Nous avons bien noté votre recherche${parsed.query.lieu ? ` autour de « ${parsed.query.lieu} »` : ""}${
                    parsed.query.public ? ` pour : ${audienceLabel(parsed.query.public).toLowerCase()}` : ""
                  }. Le catalogue des solutions n'est pas encore disponible sur ce site. En attendant, le site pour-les-personnes-agees.gouv.fr et votre maison départementale des personnes handicapées (MDPH) peuvent vous renseigner.`
                : "Le catalogue des solutions n'est pas encore disponible sur ce site. En attendant, le site pour-les-personnes-agees.gouv.fr et votre maison départementale des personnes handicapées (MDPH) peuvent vous renseigner."
            }
          />
        </div>
      </div>
    </PageLayout>
  );
}
