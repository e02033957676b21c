import type { OfferDetails } from "@/lib/search";

export type OfferReceptionProps = { offer: Pick<OfferDetails, "modeLabels" | "capacity" | "habilitationAideSociale" | "accessibility"> };

const yesNo = (value: boolean | null) => (value === null ? "Non renseigné" : value ? "Oui" : "Non");

/** "Accueil": how people are received, how many places, social aid, accessibility. */
export function OfferReception({ offer }: OfferReceptionProps) {
  return (
    <>
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
    </>
  );
}
