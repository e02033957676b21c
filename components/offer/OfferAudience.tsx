import { ageRange } from "@/lib/offers/display";
import type { OfferDetails } from "@/lib/search";

export type OfferAudienceProps = { offer: Pick<OfferDetails, "publicLabels" | "ageMin" | "ageMax"> };

/** "Pour qui": the publics the offer welcomes and its age range. */
export function OfferAudience({ offer }: OfferAudienceProps) {
  const ages = ageRange(offer.ageMin, offer.ageMax);
  return (
    <>
      <h2>Pour qui</h2>
      <ul>
        {offer.publicLabels.map((label) => (
          <li key={label}>{label}</li>
        ))}
        {ages ? <li>Âge : {ages}</li> : null}
      </ul>
    </>
  );
}
