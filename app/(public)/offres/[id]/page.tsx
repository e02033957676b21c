import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { PageLayout } from "@/components/PageLayout";
import { OfferCompareControls } from "@/components/search/OfferCompareControls";
import { getPrisma } from "@/lib/db";
import { env } from "@/lib/env";
import { ageRange, ALWAYS_OPEN, informationUpdatedAt, openingHours } from "@/lib/offers/display";
import { formatDailyPrice, formatDate, formatMonthlyPrice, sourceName, telHref } from "@/lib/search/format";
import { searchHref } from "@/lib/search/comparison-links";
import { getOfferDetails, offerJsonLd } from "@/lib/search/offer-details";
import { parseSearchParams } from "@/lib/search/search-params";

import { RequestSection } from "./RequestSection";

export type OfferPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(id: string) {
  let decoded: string;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    // A malformed escape ("/offres/%E0%A4") names no offer: the 404 page, not a 500.
    return null;
  }
  return getOfferDetails(await getPrisma(), decoded);
}

export async function generateMetadata({ params }: OfferPageProps): Promise<Metadata> {
  const offer = await load((await params).id);
  return { title: offer ? `${offer.name} – ${offer.typeLabel}` : "Page non trouvée", description: offer?.description ?? undefined };
}

const yesNo = (value: boolean | null) => (value === null ? "Non renseigné" : value ? "Oui" : "Non");

export default async function OfferPage({ params, searchParams }: OfferPageProps) {
  const { id } = await params;
  const offer = await load(id);
  if (!offer) notFound();
  const parsed = parseSearchParams(await searchParams);
  // The search the person came from (place, filters, comparison): the breadcrumb and the comparison keep it.
  const query = parsed.ok ? parsed.query : {};
  const path = `/offres/${encodeURIComponent(offer.id)}`;
  const jsonLd = offerJsonLd(offer, `${env().PORTAL_URL}${path}`);
  const location = offer.location;
  const tel = offer.phone ? telHref(offer.phone) : null;
  const prices = [
    ["Hébergement permanent", offer.prixHebergementPermanent],
    ["Hébergement temporaire", offer.prixHebergementTemporaire],
    ["Tarif dépendance GIR 1-2", offer.tarifGir12],
    ["Tarif dépendance GIR 3-4", offer.tarifGir34],
    ["Tarif dépendance GIR 5-6", offer.tarifGir56],
  ].filter((entry): entry is [string, number] => entry[1] !== null);
  const mapUrl =
    offer.latitude !== null && offer.longitude !== null
      ? `https://www.openstreetmap.org/?mlat=${offer.latitude}&mlon=${offer.longitude}#map=16/${offer.latitude}/${offer.longitude}`
      : null;
  const ages = ageRange(offer.ageMin, offer.ageMax);
  const hours = offer.slots.length > 0 ? openingHours(offer.slots) : null;

  return (
    <PageLayout title={offer.name} parents={[{ label: "Trouver une solution", href: searchHref(query) }]}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }} />
      <div className="fr-mb-3w">
        <Badge severity="info" noIcon className="fr-mr-1w">
          {offer.typeLabel}
        </Badge>
        <Badge noIcon className="fr-mr-1w">
          {offer.groupLabel}
        </Badge>
        {offer.regulated ? (
          <Badge severity="success" noIcon>
            Établissement ou service autorisé
          </Badge>
        ) : null}
      </div>
      {offer.description ? <p className="fr-text--lead">{offer.description}</p> : null}
      <OfferCompareControls offerId={offer.id} offerName={offer.name} path={path} query={query} />

      <div className="fr-grid-row fr-grid-row--gutters">
        <section className="fr-col-12 fr-col-md-6" aria-labelledby="offre-contact">
          <h2 id="offre-contact">Adresse et contact</h2>
          {location ? (
            <address className="fr-mb-2w">
              {location.addressLine ? (
                <>
                  {location.addressLine}
                  <br />
                </>
              ) : null}
              {[location.postalCode, location.city].filter(Boolean).join(" ")}
            </address>
          ) : null}
          {mapUrl ? (
            <p>
              <a className="fr-link" href={mapUrl} target="_blank" rel="noopener noreferrer" title="Voir le lieu sur OpenStreetMap - nouvelle fenêtre">
                Voir le lieu sur un plan (OpenStreetMap)
              </a>
            </p>
          ) : null}
          <ul className="portal-plain-list">
            {offer.phone ? <li>Téléphone : {tel ? <a href={tel}>{offer.phone}</a> : offer.phone}</li> : null}
            {offer.email ? (
              <li>
                Courriel : <a href={`mailto:${offer.email}`}>{offer.email}</a>
              </li>
            ) : null}
            {offer.website ? (
              <li>
                Site :{" "}
                <a href={offer.website} target="_blank" rel="noopener noreferrer" title={`Site de ${offer.name} - nouvelle fenêtre`}>
                  {offer.website.replace(/^https?:\/\//, "")}
                </a>
              </li>
            ) : null}
          </ul>
        </section>

        <RequestSection typeSlug={offer.typeSlug} groupSlug={offer.groupSlug} finessEt={offer.structure.finessEt} />
      </div>

      <h2>Pour qui</h2>
      <ul>
        {offer.publicLabels.map((label) => (
          <li key={label}>{label}</li>
        ))}
        {ages ? <li>Âge : {ages}</li> : null}
      </ul>

      <h2>Accueil</h2>
      <dl className="portal-facts">
        {offer.modeLabels.length > 0 ? (
          <div>
            <dt>Modes d&apos;accueil</dt>
            <dd>{offer.modeLabels.join(", ")}</dd>
          </div>
        ) : null}
        <div>
          <dt>Capacité</dt>
          <dd>{offer.capacity !== null ? `${offer.capacity} places` : "Non renseignée"}</dd>
        </div>
        <div>
          <dt>Habilité à l&apos;aide sociale</dt>
          <dd>{yesNo(offer.habilitationAideSociale)}</dd>
        </div>
        <div>
          <dt>Accessibilité</dt>
          <dd>{offer.accessibility ?? "Non renseignée : demandez à la structure."}</dd>
        </div>
      </dl>

      {offer.slots.length > 0 || offer.openingHoursNote ? (
        <>
          <h2>Horaires</h2>
          {/* A list rather than a table: it wraps on a narrow screen with large text. */}
          {hours?.always ? <p>{ALWAYS_OPEN}</p> : null}
          {hours && !hours.always ? (
            <ul className="portal-plain-list">
              {hours.days.map((day) => (
                <li key={day.day}>
                  <strong>{day.label}</strong> : {day.hours}
                </li>
              ))}
            </ul>
          ) : null}
          {offer.openingHoursNote ? <p>{offer.openingHoursNote}</p> : null}
        </>
      ) : null}

      <h2>Prix</h2>
      {prices.length > 0 || offer.prixMensuel !== null ? (
        <>
          <dl className="portal-facts">
            {prices.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{formatDailyPrice(value)}</dd>
              </div>
            ))}
            {offer.prixMensuel !== null ? (
              <div>
                <dt>Prix mensuel estimé</dt>
                <dd>{formatMonthlyPrice(offer.prixMensuel)}</dd>
              </div>
            ) : null}
          </dl>
          <p className="fr-text--sm">
            Le prix d&apos;hébergement comprend le logement, les repas et l&apos;animation. Le tarif dépendance dépend du
            niveau d&apos;autonomie (GIR) ; l&apos;allocation personnalisée d&apos;autonomie (APA) peut en payer une partie. Le prix
            mensuel estimé additionne l&apos;hébergement et le tarif GIR 5-6 sur un mois moyen.{" "}
            <Link href="/comprendre/aides/apa-en-etablissement">En savoir plus sur l&apos;APA en établissement</Link>
          </p>
        </>
      ) : (
        <p>Prix non renseigné : demandez-le à la structure.</p>
      )}

      <h2>Sources de ces informations</h2>
      <p>
        {offer.structure.provenances.length > 0 ? `${[...new Set(offer.structure.provenances.map((provenance) => sourceName(provenance.source)))].join(", ")}. ` : ""}
        Informations mises à jour le {formatDate(informationUpdatedAt(offer))}.
      </p>
      <p className="fr-text--sm">Identifiant : {offer.id}</p>
    </PageLayout>
  );
}
