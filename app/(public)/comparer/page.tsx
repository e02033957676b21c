import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { Fragment, type ReactNode } from "react";

import { CompareCostForm, compareCostRows, figuresQuery } from "@/components/costs/CompareCosts";
import { DataTable } from "@/components/DataTable";
import { acceptsAdmissionRequest } from "@/lib/applications/model";
import { PageLayout } from "@/components/PageLayout";
import { CompareSelectionSync } from "@/components/search/CompareLinks";
import { getPrisma } from "@/lib/db";
import { EHPAD_COST_TYPES } from "@/lib/costs";
import { errorContext, logger } from "@/lib/logger";
import { isResidentsOnlyActivity, RESIDENTS_ONLY_ACTIVITY_NOTE } from "@/lib/offers/activity-units";
import { compareHref, queryOf, withSelection, formatDailyPrice, formatMonthlyPrice, sourceName, telHref, getOffersForComparison, type OfferDetails, MAX_COMPARED } from "@/lib/search";
import { formatDate } from "@/lib/format/dates";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Comparer des solutions",
  description: "Comparez jusqu'à 4 solutions d'aide ou d'hébergement côte à côte : public accueilli, prix, aide sociale, contact.",
  path: "/comparer",
});

export type ComparePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const price = (value: number | null, format: (amount: number) => string) => (value === null ? "Non renseigné" : format(value));

const rows: Array<{ label: string; cell: (offer: OfferDetails) => ReactNode }> = [
  { label: "Type", cell: (offer) => offer.typeLabel },
  { label: "Adresse", cell: (offer) => [offer.location?.addressLine, [offer.location?.postalCode, offer.location?.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || "Non renseignée" },
  {
    label: "Téléphone",
    cell: (offer) => {
      if (!offer.phone) return "Non renseigné";
      const tel = telHref(offer.phone);
      return tel ? <a href={tel}>{offer.phone}</a> : offer.phone;
    },
  },
  { label: "Pour qui", cell: (offer) => offer.publicLabels.join(", ") || "Non renseigné" },
  {
    label: "Capacité",
    // A PASA's "capacity" is residents taking part in activities, not places to live (issue #18).
    cell: (offer) => (isResidentsOnlyActivity(offer.typeOffre) ? RESIDENTS_ONLY_ACTIVITY_NOTE : offer.capacity !== null ? `${offer.capacity} places` : "Non renseignée"),
  },
  { label: "Hébergement permanent", cell: (offer) => price(offer.prixHebergementPermanent, formatDailyPrice) },
  { label: "Hébergement temporaire", cell: (offer) => price(offer.prixHebergementTemporaire, formatDailyPrice) },
  { label: "Tarif dépendance GIR 5-6", cell: (offer) => price(offer.tarifGir56, formatDailyPrice) },
  { label: "Prix mensuel estimé", cell: (offer) => price(offer.prixMensuel, formatMonthlyPrice) },
  { label: "Habilité à l'aide sociale", cell: (offer) => (offer.habilitationAideSociale === null ? "Non renseigné" : offer.habilitationAideSociale ? "Oui" : "Non") },
  { label: "Modes d'accueil", cell: (offer) => offer.modeLabels.join(", ") || "Non renseignés" },
  { label: "Accessibilité", cell: (offer) => offer.accessibility ?? "Non renseignée" },
  {
    label: "Source",
    cell: (offer) => `${sourceName(offer.source)}, mise à jour le ${formatDate(offer.sourceUpdatedAt ?? offer.fetchedAt)}`,
  },
];

/** The offer link keeps the search and adds the person's cost figures, so the offer page shows the same estimate. */
function withFigures(searchQuery: string, params: Record<string, string | string[] | undefined>): string {
  const figures = figuresQuery(params).slice(1);
  if (figures === "") return searchQuery;
  return searchQuery === "" ? `?${figures}` : `${searchQuery}&${figures}`;
}

/** Side-by-side comparison of up to 4 offers of any type; the selection lives in the URL. */
export default async function ComparePage({ searchParams }: ComparePageProps) {
  const params = await searchParams;
  const requested = [...new Set(list(params.offres).filter((id) => id.trim() !== ""))];
  const back = list(params.retour)[0];
  const ids = requested.slice(0, MAX_COMPARED);
  // The way back is the search the person came from, with the selection as it is now.
  const backHref = withSelection(back && back.startsWith("/") && !back.startsWith("//") ? back : "/recherche", ids);
  const searchQuery = queryOf(backHref);
  let result: Awaited<ReturnType<typeof getOffersForComparison>> | null = null;
  try {
    result = await getOffersForComparison(await getPrisma(), ids);
  } catch (error) {
    logger.error("Comparison failed", errorContext(error));
  }
  return (
    <PageLayout title="Comparer des solutions" parents={[{ label: "Trouver une solution", href: backHref }]}>
      <CompareSelectionSync selection={ids} param="offres" />
      <p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={backHref}>
          Retour à la recherche
        </Link>
      </p>
      {requested.length > MAX_COMPARED ? (
        <Alert severity="warning" small description={`Vous pouvez comparer ${MAX_COMPARED} solutions au plus : seules les ${MAX_COMPARED} premières sont affichées.`} className="fr-mb-3w" />
      ) : null}
      {result === null ? (
        <Alert severity="error" title="La comparaison est momentanément indisponible" description="Réessayez dans quelques minutes." />
      ) : null}
      {result && result.missing.length > 0 ? (
        <Alert severity="warning" small description={`${result.missing.length} solution(s) demandée(s) n'existe(nt) plus dans le catalogue.`} className="fr-mb-3w" />
      ) : null}
      {result && result.offers.length < 2 ? (
        <Alert
          severity="info"
          title="Choisissez au moins deux solutions"
          description="Dans les résultats d'une recherche, utilisez « Ajouter à la comparaison » sur les solutions qui vous intéressent."
        />
      ) : null}
      {result && result.offers.some((offer) => EHPAD_COST_TYPES.has(offer.typeSlug)) ? <CompareCostForm params={params} /> : null}
      {result && result.offers.length > 0 ? (
        <DataTable
          bordered
          multiline
          caption={`Comparaison de ${result.offers.length} solution${result.offers.length > 1 ? "s" : ""}`}
          columns={[
            null,
            ...result.offers.map((offer) => (
              <Fragment key={offer.id}>
                <Link href={`/offres/${encodeURIComponent(offer.id)}${withFigures(searchQuery, params)}`}>{offer.name}</Link>
                <br />
                <Link
                  className="fr-link fr-link--sm"
                  replace
                  href={compareHref(
                    ids.filter((id) => id !== offer.id),
                    backHref,
                  )}
                  title={`Retirer ${offer.name} de la comparaison`}
                >
                  Retirer
                </Link>
              </Fragment>
            )),
          ]}
          rows={[...rows, ...compareCostRows(params)].map((row) => ({ key: row.label, header: row.label, cells: result.offers.map((offer) => row.cell(offer)) }))}
        />
      ) : null}
      {result && result.offers.some((offer) => acceptsAdmissionRequest(offer.typeSlug, offer.structure.finessEt)) ? (
        <section className="fr-mt-4w" aria-labelledby="comparer-demande">
          <h2 id="comparer-demande">Demander une place</h2>
          <p>Envoyez une seule demande, pré-remplie avec votre profil, aux établissements de cette comparaison qui reçoivent les demandes par ViaTrajectoire.</p>
          <Link
            className="fr-btn"
            href={`/demander/place?${new URLSearchParams(result.offers.filter((offer) => acceptsAdmissionRequest(offer.typeSlug, offer.structure.finessEt)).map((offer) => ["offres", offer.id])).toString()}`}
          >
            Demander une place dans ces établissements
          </Link>
        </section>
      ) : null}
    </PageLayout>
  );
}
