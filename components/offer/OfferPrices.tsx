import { Link } from "@/components/Link";

import type { OfferDetails } from "@/lib/search";
import { formatDailyPrice, formatMonthlyPrice } from "@/lib/search/client";

export type OfferPricesProps = {
  offer: Pick<OfferDetails, "prixHebergementPermanent" | "prixHebergementTemporaire" | "tarifGir12" | "tarifGir34" | "tarifGir56" | "prixMensuel">;
};

/** "Prix": the daily prices the offer publishes, the estimated monthly price, and what they mean. */
export function OfferPrices({ offer }: OfferPricesProps) {
  const prices = [
    ["Hébergement permanent", offer.prixHebergementPermanent],
    ["Hébergement temporaire", offer.prixHebergementTemporaire],
    ["Tarif dépendance GIR 1-2", offer.tarifGir12],
    ["Tarif dépendance GIR 3-4", offer.tarifGir34],
    ["Tarif dépendance GIR 5-6", offer.tarifGir56],
  ].filter((entry): entry is [string, number] => entry[1] !== null);
  return (
    <>
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
    </>
  );
}
