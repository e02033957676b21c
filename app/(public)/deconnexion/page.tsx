import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { Link } from "@/components/Link";

import { PageLayout } from "@/components/PageLayout";
import { SIGNED_OUT_COOKIE } from "@/lib/auth-support/sign-in-out";
import { partnerNames, type PartnerId } from "@/lib/partners/partner-names";
import { logoutPartners, signedOutSummary, type SignedOutSummary } from "@/lib/sessions";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Déconnexion",
  description: "Vous êtes déconnecté du Portail Autonomie et des services partenaires que vous aviez ouverts depuis le portail.",
  path: "/deconnexion",
});

type PartnerLine = { partner: PartnerId; name: string; closed: boolean; visited: boolean; signOutUrl: string };

function partnerLines(summary: SignedOutSummary): PartnerLine[] {
  return logoutPartners()
    .filter(({ partner }) => summary.outcome[partner] !== undefined)
    .map(({ partner, signOutUrl }) => ({
      partner,
      name: partnerNames[partner],
      closed: summary.outcome[partner] === "fermee",
      visited: summary.visited.includes(partner),
      signOutUrl,
    }));
}

/** The page after sign-out (post_logout_redirect_uri): which partner sessions were closed, and what to do for the others. */
export default async function SignedOutPage() {
  const sessionId = (await cookies()).get(SIGNED_OUT_COOKIE)?.value;
  const summary = sessionId ? await signedOutSummary(sessionId) : null;
  const lines = summary ? partnerLines(summary) : [];
  const closed = lines.filter((line) => line.closed);
  const unreachable = lines.filter((line) => !line.closed);
  return (
    <PageLayout title="Vous êtes déconnecté">
      <Alert severity="success" small description="Votre session sur le Portail Autonomie est fermée." className="fr-mb-4w" />
      {unreachable.map((line) => (
        <Alert
          key={line.partner}
          severity="warning"
          title={`${line.name} n'a pas répondu`}
          className="fr-mb-4w"
          description={
            <>
              {line.visited ? `Vous avez ouvert ${line.name} depuis le portail.` : `Si vous avez ouvert ${line.name} sur cet ordinateur, votre session y est peut-être encore ouverte.`}{" "}
              Fermez-la vous-même : <a href={line.signOutUrl}>se déconnecter de {line.name}</a>.
            </>
          }
        />
      ))}
      {closed.length > 0 ? (
        <>
          <h2>Services partenaires</h2>
          <ul>
            {closed.map((line) => (
              <li key={line.partner}>
                {line.visited ? `${line.name} : la session ouverte depuis le portail est fermée.` : `${line.name} : aucune session ne reste ouverte.`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>Sur un ordinateur partagé, fermez aussi le navigateur avant de partir.</p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Link className="fr-btn" href="/connexion">
            Se reconnecter
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary" href="/">
            Retour à l&apos;accueil
          </Link>
        </li>
      </ul>
    </PageLayout>
  );
}
