import { Link } from "@/components/Link";

import { CompareToggle } from "@/components/search/CompareLinks";
import { offerPath, type OfferFeatureProperties } from "@/lib/map/feature-collection";

/**
 * The comparison selection of the page (in its URL, as on the list), how to link to the page with another one,
 * and to an offer's page that keeps the search and the selection (its breadcrumb leads back to them).
 */
export type PopupCompare = { selection: readonly string[]; hrefWith: (selection: string[]) => string; offerHref: (offerId: string) => string };

export type OfferPopupProps = {
  /** One offer, or the offers that share one spot (same building). */
  offers: readonly OfferFeatureProperties[];
  /** How many more offers are there but not listed. */
  more?: number;
  /** "Ajouter à la comparaison" under each offer, when the page has a comparison. */
  compare?: PopupCompare;
};

function CompareLink({ offer, compare }: { offer: OfferFeatureProperties; compare?: PopupCompare }) {
  if (!compare) return null;
  return (
    <p className="fr-text--sm fr-mb-0 fr-mt-1v">
      <CompareToggle offerId={offer.id} offerName={offer.nom} selection={compare.selection} hrefWith={compare.hrefWith} />
    </p>
  );
}

/** The content of a map popup, rendered by React (never HTML strings from the API). */
export function OfferPopup({ offers, more = 0, compare }: OfferPopupProps) {
  const [single] = offers;
  if (offers.length === 1 && single) {
    return (
      <div className="portail-carte__popup">
        <p className="fr-text--bold fr-mb-1v">{single.nom}</p>
        {single.type ? <p className="fr-text--sm fr-mb-1w">{single.type}</p> : null}
        <Link href={compare?.offerHref(single.id) ?? offerPath(single.id)} className="fr-link fr-text--sm">
          Voir la fiche<span className="fr-sr-only"> de {single.nom}</span>
        </Link>
        <CompareLink offer={single} compare={compare} />
      </div>
    );
  }
  return (
    <div className="portail-carte__popup">
      <p className="fr-text--bold fr-mb-1w">{offers.length + more} solutions à cet endroit</p>
      <ul className="portail-carte__popup-list">
        {offers.map((offer) => (
          <li key={offer.id}>
            <p className="fr-text--sm fr-text--bold fr-mb-0">{offer.nom}</p>
            {offer.type ? <p className="fr-text--xs fr-mb-0">{offer.type}</p> : null}
            <Link href={compare?.offerHref(offer.id) ?? offerPath(offer.id)} className="fr-link fr-text--sm">
              Voir la fiche<span className="fr-sr-only"> de {offer.nom}</span>
            </Link>
            <CompareLink offer={offer} compare={compare} />
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="fr-text--xs fr-mb-0 fr-mt-1w">Et {more} autres : zoomez sur la carte ou consultez la liste des résultats.</p> : null}
    </div>
  );
}
