import type { OfferDetails } from "@/lib/search";
import { telHref } from "@/lib/search/client";

export type OfferContactProps = { offer: Pick<OfferDetails, "name" | "location" | "latitude" | "longitude" | "phone" | "email" | "website"> };

const openStreetMapUrl = (latitude: number, longitude: number) => `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=16/${latitude}/${longitude}`;

/** "Adresse et contact": the address, a link to a street map, and the ways to reach the structure. */
export function OfferContact({ offer }: OfferContactProps) {
  const { location } = offer;
  const tel = offer.phone ? telHref(offer.phone) : null;
  const mapUrl = offer.latitude !== null && offer.longitude !== null ? openStreetMapUrl(offer.latitude, offer.longitude) : null;
  return (
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
  );
}
