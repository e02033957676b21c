import type { Metadata } from "next";
import { Link } from "@/components/Link";

import { AcceptInvitationForm } from "@/components/mandates/AcceptInvitationForm";
import { MandatesReceivedList } from "@/components/mandates/MandatesReceivedList";
import { ResultAlert } from "@/components/mandates/ResultAlert";
import { PageLayout } from "@/components/PageLayout";
import { SignInForm } from "@/components/SignInForm";
import { getPortalSession } from "@/lib/auth";
import { errorContext, logger } from "@/lib/logger";
import { isMandateErrorCode, listMandatesReceived, mandateErrorMessages, type MandateView, resultMessage } from "@/lib/mandates";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Aider un proche",
  description: "Saisissez le code qu'un proche vous a donné pour suivre ses démarches et recevoir ses notifications, avec son accord.",
  path: "/aidant/accepter",
});

export type AcceptInvitationPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITLE = "Aider un proche";
const LEAD = "Un proche vous a donné un code d'invitation ? Saisissez-le pour suivre ses démarches.";

const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function AcceptInvitationPage({ searchParams }: AcceptInvitationPageProps) {
  const params = await searchParams;
  // Only what a code can look like goes back into the field.
  const code = text(params.code)?.slice(0, 40).replace(/[^A-Za-z0-9 -]/g, "");
  const session = await getPortalSession();
  if (!session) {
    return (
      <PageLayout title={TITLE} lead={LEAD}>
        <p>Connectez-vous d&apos;abord avec votre propre compte : le code sera gardé.</p>
        <SignInForm callbackUrl={code ? `/aidant/accepter?code=${encodeURIComponent(code)}` : "/aidant/accepter"} />
      </PageLayout>
    );
  }

  let received: MandateView[] | null = null;
  try {
    received = await listMandatesReceived(session.userId);
  } catch (error) {
    logger.error("Could not list the mandates received", errorContext(error));
  }
  const error = text(params.erreur);
  const fieldError = error && isMandateErrorCode(error) ? mandateErrorMessages[error] : undefined;
  const message = resultMessage(params);
  const accepted = text(params.resultat) === "acceptee" ? received?.find((mandate) => mandate.mandatorUserId === text(params.pour) && mandate.state === "active") : undefined;

  return (
    <PageLayout title={TITLE} lead={LEAD}>
      {accepted ? (
        <ResultAlert message={{ severity: "success", title: "Invitation acceptée", description: `Vous aidez maintenant ${accepted.mandatorName}.` }} />
      ) : (
        <ResultAlert message={fieldError ? { severity: "error", title: "Le code n'a pas été accepté", description: fieldError } : message} />
      )}
      {accepted && accepted.scopes.includes("voir-demarches") ? (
        <p>
          <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={`/mes-demarches?pour=${encodeURIComponent(accepted.mandatorUserId)}`}>
            Voir les démarches de {accepted.mandatorName}
          </Link>
        </p>
      ) : null}

      <h2 id="accepter-titre">Saisir un code d&apos;invitation</h2>
      <AcceptInvitationForm defaultCode={accepted ? undefined : code} error={fieldError} />

      <h2 className="fr-mt-6w">Les personnes que vous aidez</h2>
      {received ? (
        <MandatesReceivedList mandates={received} />
      ) : (
        <p>La liste ne peut pas être affichée pour le moment. Réessayez dans quelques minutes.</p>
      )}
      <p className="fr-mt-4w">
        Vous voulez qu&apos;un proche suive vos propres démarches ? <Link href="/mon-compte/aidants">Invitez un aidant</Link>.
      </p>
    </PageLayout>
  );
}
