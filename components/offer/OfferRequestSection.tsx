import { Link } from "@/components/Link";

import { contentPagePath } from "@/lib/content";
import { needsCdaphOrientation } from "@/lib/offers/display";

export type OfferRequestSectionProps = {
  typeSlug: string;
  /** Whether ViaTrajectoire handles admissions to this kind of establishment (`handledByViaTrajectoire`, read by the server page). */
  viaTrajectoire: boolean;
  /** Where to start an admission request for this establishment on ViaTrajectoire (`admissionRequestLink`, read by the server page: it needs the partners' addresses). */
  admissionHref: string;
  /** « Demander une place » from the portal, pre-filled from the profile (`/demander/place?offres=<id>`), or null when the portal cannot send one for this offer (lib/applications). */
  placeRequestHref?: string | null;
};

const MDPH_PROCEDURE = contentPagePath({ section: "demarches", slug: "demande-mdph" });

/** "Préparer une demande": what this kind of offer asks first, and where to ask for this very establishment. */
export function OfferRequestSection({ typeSlug, viaTrajectoire, admissionHref, placeRequestHref = null }: OfferRequestSectionProps) {
  const orientation = needsCdaphOrientation(typeSlug);
  return (
    <section className="fr-col-12 fr-col-md-6" aria-labelledby="offre-demande">
      <h2 id="offre-demande">Préparer une demande</h2>
      {orientation ? (
        <>
          <p>
            Pour être accueilli ici, il faut d&apos;abord une décision d&apos;orientation de la commission des droits et de
            l&apos;autonomie des personnes handicapées (CDAPH). Vous la demandez à la maison départementale des personnes
            handicapées (MDPH) de votre département.
          </p>
          <p>
            <Link className="fr-link" href={MDPH_PROCEDURE}>
              Comment faire une demande à la MDPH
            </Link>
          </p>
          {viaTrajectoire ? <p>Avec cette décision, vous faites ensuite la demande d&apos;admission en ligne sur ViaTrajectoire.</p> : null}
        </>
      ) : viaTrajectoire ? (
        <p>Les demandes d&apos;admission dans cet établissement se font en ligne sur ViaTrajectoire, avec le dossier unique d&apos;admission.</p>
      ) : (
        <p>Contactez directement la structure par téléphone ou par courriel pour savoir comment en bénéficier.</p>
      )}
      {placeRequestHref ? (
        <p>
          <Link className="fr-btn" href={placeRequestHref}>
            Demander une place
          </Link>
          <span className="fr-hint-text fr-mt-1w">Le portail pré-remplit la demande avec votre profil ; vous la signez ensuite sur ViaTrajectoire.</span>
        </p>
      ) : null}
      {viaTrajectoire ? (
        <a className={placeRequestHref ? "fr-btn fr-btn--secondary" : "fr-btn"} href={admissionHref}>
          Préparer une demande sur ViaTrajectoire
        </a>
      ) : null}
    </section>
  );
}
