import { Badge } from "@codegouvfr/react-dsfr/Badge";

import type { OfferDetails } from "@/lib/search";

export type OfferIntroProps = { offer: Pick<OfferDetails, "typeLabel" | "groupLabel" | "regulated" | "description"> };

/** What kind of offer this is (badges) and its own description. */
export function OfferIntro({ offer }: OfferIntroProps) {
  return (
    <>
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
    </>
  );
}
