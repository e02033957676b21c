import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Link } from "@/components/Link";
import type { ReactNode } from "react";

import { CompareBar } from "@/components/search/CompareLinks";
import { ResultList } from "@/components/search/ResultList";
import { SearchFilters } from "@/components/search/SearchFilters";
import "./search.css";
import type { SearchPageData } from "@/lib/search";
import { formatCount, RADIUS_KM, searchQueryString, type SearchQuery } from "@/lib/search/client";

export type SearchViewProps = {
  data: SearchPageData;
  /** "/recherche" (list) or "/recherche/carte" (map and list). */
  basePath: "/recherche" | "/recherche/carte";
  /** The map, on the map view; rendered above the same list and pagination. */
  map?: ReactNode;
};

function summary(data: Extract<SearchPageData, { state: "results" }>): string {
  const { result, resolved, parsed } = data;
  const where = resolved.place.communeCode ? `de ${resolved.place.label}` : "de votre position";
  // The count is of sites (one card each); the offers they run come after, in brackets.
  const offers = result.offerCount > result.total ? ` (${formatCount(result.offerCount, "solution", "solutions")})` : "";
  return `${formatCount(result.total, "lieu trouvé", "lieux trouvés")}${offers} à moins de ${parsed.query.rayon} km ${where}`;
}

export function SearchView({ data, basePath, map }: SearchViewProps) {
  const query: Partial<SearchQuery> = data.parsed.ok ? data.parsed.query : {};
  const selection = data.parsed.ok ? data.parsed.query.comparer : [];
  const here = (overrides: Partial<SearchQuery> = {}, path: string = basePath) => `${path}${searchQueryString(query, overrides)}`;
  const placeError =
    data.state === "resolved" && data.resolved.status === "place-not-found"
      ? `Nous ne trouvons pas « ${data.resolved.lieu} ». Vérifiez l'orthographe, ou indiquez le code postal.`
      : undefined;
  const errors = data.state === "invalid" ? data.parsed.errors : placeError ? { lieu: placeError } : {};
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-4">
        {data.state === "results" && data.result.total > 0 ? (
          // A skip link for keyboards: the form has ~60 fields before the first result.
          <p className="fr-mb-1w">
            <a className="fr-link fr-icon-arrow-down-line fr-link--icon-left" href="#resultats">
              Aller aux résultats
            </a>
          </p>
        ) : null}
        <h2 className="fr-h4">Votre recherche</h2>
        <SearchFilters values={data.parsed.raw} errors={errors} action={basePath} collapsed={data.state === "results"} />
      </div>
      <div className="fr-col-12 fr-col-md-8 portal-search-results">
        <p role="status" aria-live="polite" className="fr-text--lead fr-mb-2w">
          {data.state === "results" ? summary(data) : ""}
        </p>
        {data.state === "invalid" ? (
          <Alert severity="error" title="Votre recherche n'a pas pu être lancée" description="Corrigez les champs signalés dans le formulaire, puis relancez la recherche." />
        ) : null}
        {data.state === "unavailable" ? (
          <Alert
            severity="error"
            title="La recherche est momentanément indisponible"
            description="Nous n'arrivons pas à consulter le catalogue des solutions. Réessayez dans quelques minutes. Vous pouvez aussi appeler le point d'information de votre département ou la mairie."
          />
        ) : null}
        {data.state === "resolved" && data.resolved.status === "needs-place" ? (
          <Alert severity="info" title="Indiquez où chercher" description="Saisissez une commune ou un code postal dans « Où ? », ou utilisez « Autour de moi », puis lancez la recherche." />
        ) : null}
        {data.state === "resolved" && data.resolved.status === "place-not-found" ? (
          <Alert
            severity="warning"
            title="Commune introuvable"
            description={
              data.resolved.didYouMean ? (
                <>
                  Nous ne trouvons pas « {data.resolved.lieu} ». Vouliez-vous dire{" "}
                  <Link href={here({ lieu: data.resolved.didYouMean.label, page: 1 })}>{data.resolved.didYouMean.label}</Link> ?
                </>
              ) : (
                (errors.lieu ?? "")
              )
            }
          />
        ) : null}
        {data.state === "resolved" && data.resolved.status === "place-ambiguous" ? (
          <div className="fr-alert fr-alert--info">
            <h3 className="fr-alert__title">Plusieurs communes correspondent à « {data.resolved.lieu} »</h3>
            <p>Choisissez la bonne commune :</p>
            <ul>
              {data.resolved.candidates.map((candidate) => (
                <li key={`${candidate.communeCode}-${candidate.postalCode}`}>
                  <Link href={here({ lieu: candidate.label, page: 1 })}>{candidate.label}</Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {data.state === "results" ? (
          <>
            <CompareBar selection={selection} back={here()} />
            <p>
              {basePath === "/recherche" ? (
                <Link className="fr-link fr-icon-map-pin-2-line fr-link--icon-left" href={here({}, "/recherche/carte")}>
                  Voir les résultats sur une carte
                </Link>
              ) : (
                <Link className="fr-link fr-icon-list-unordered fr-link--icon-left" href={here({}, "/recherche")}>
                  Voir les résultats en liste seulement
                </Link>
              )}
            </p>
            {data.resolved.otherPlaces.length > 0 ? (
              <p className="fr-text--sm">
                Ce n&apos;est pas la bonne commune ?{" "}
                {data.resolved.otherPlaces.slice(0, 4).map((other, index) => (
                  <span key={`${other.communeCode}-${other.postalCode}`}>
                    {index > 0 ? ", " : ""}
                    <Link href={here({ lieu: other.label, page: 1 })}>{other.label}</Link>
                  </span>
                ))}
              </p>
            ) : null}
            {map}
            {data.result.total === 0 ? (
              <div className="fr-callout">
                <h3 className="fr-callout__title">Aucune solution ne correspond à votre recherche</h3>
                <p className="fr-callout__text">Vous pouvez :</p>
                <ul>
                  {data.parsed.query.rayon < RADIUS_KM.max ? (
                    <li>
                      <Link href={here({ rayon: Math.min(RADIUS_KM.max, data.parsed.query.rayon * 2), page: 1 })}>
                        chercher plus loin, à {Math.min(RADIUS_KM.max, data.parsed.query.rayon * 2)} km
                      </Link>
                    </li>
                  ) : null}
                  <li>
                    <Link href={`${basePath}${searchQueryString({ lieu: data.parsed.query.lieu, lat: data.parsed.query.lat, lon: data.parsed.query.lon, rayon: data.parsed.query.rayon })}`}>
                      retirer tous les filtres
                    </Link>
                  </li>
                  <li>
                    <Link href="/comprendre/que-voulez-vous-faire">vous faire orienter en répondant à quelques questions</Link>
                  </li>
                </ul>
              </div>
            ) : (
              <ResultList result={data.result} query={query} basePath={basePath} />
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
