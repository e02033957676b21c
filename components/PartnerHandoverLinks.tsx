import { handoverPath, partnerNames, type PartnerId } from "@/lib/partners/handover";

const descriptions: Record<PartnerId, string> = {
  "via-trajectoire": "Vos demandes d'admission en EHPAD ou en établissement pour personnes handicapées.",
  "mdph-en-ligne": "Votre demande à la maison départementale des personnes handicapées (MDPH).",
};

export type PartnerHandoverLinksProps = { partners?: PartnerId[] };

/**
 * "Continuer sur …" links: the partner opens already signed in, through single
 * sign-on at the identity provider (docs/adr/0003-sign-in-and-handover.md).
 */
export function PartnerHandoverLinks({ partners = ["via-trajectoire", "mdph-en-ligne"] }: PartnerHandoverLinksProps) {
  return (
    <ul className="fr-grid-row fr-grid-row--gutters portal-plain-list">
      {partners.map((partner) => (
        <li key={partner} className="fr-col-12 fr-col-md-6">
          <div className="fr-tile fr-enlarge-link">
            <div className="fr-tile__body">
              <div className="fr-tile__content">
                <h3 className="fr-tile__title">
                  <a href={handoverPath(partner)}>Continuer sur {partnerNames[partner]}</a>
                </h3>
                <p className="fr-tile__detail">{descriptions[partner]} Vous n&apos;aurez pas à vous reconnecter.</p>
              </div>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
