import { informationUpdatedAt } from "@/lib/offers/display";
import type { OfferDetails } from "@/lib/search";
import { formatDate } from "@/lib/format/dates";
import { sourceName } from "@/lib/search/client";

export type OfferSourcesProps = { offer: OfferDetails };

/** "Sources de ces informations": who published them, when they were last updated, and the offer's identifier. */
export function OfferSources({ offer }: OfferSourcesProps) {
  const sources = [...new Set(offer.structure.provenances.map((provenance) => sourceName(provenance.source)))];
  return (
    <>
      <h2>Sources de ces informations</h2>
      <p>
        {sources.length > 0 ? `${sources.join(", ")}. ` : ""}
        Informations mises à jour le {formatDate(informationUpdatedAt(offer))}.
      </p>
      <p className="fr-text--sm">Identifiant : {offer.id}</p>
    </>
  );
}
