import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { PageLayout } from "@/components/PageLayout";
import { SignInForm } from "@/components/SignInForm";
import { endedSessionReason, getPortalSession } from "@/lib/auth";
import { endedSessionMessage, sessionLimits } from "@/lib/sessions";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Se connecter",
  description: "Connectez-vous avec FranceConnect pour suivre vos démarches et continuer vers les services partenaires sans vous reconnecter.",
  path: "/connexion",
});

const errorMessages: Record<string, string> = {
  indisponible: "La connexion avec FranceConnect n'a pas pu commencer. Le service est peut-être indisponible : réessayez dans quelques minutes.",
  origine: "Pour votre sécurité, la connexion doit être lancée depuis ce site. Utilisez le bouton ci-dessous.",
  AccessDenied: "La connexion a été refusée. Réessayez, ou utilisez un autre compte FranceConnect.",
  OAuthCallback: "La connexion n'a pas abouti : la réponse de FranceConnect n'a pas pu être vérifiée. Recommencez depuis le bouton ci-dessous.",
  Callback: "La connexion n'a pas abouti. Recommencez depuis le bouton ci-dessous.",
  OAuthSignin: "La connexion avec FranceConnect n'a pas pu commencer. Réessayez dans quelques minutes.",
};

export type SignInPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  if (await getPortalSession()) redirect("/mes-demarches");
  const errorCode = typeof params.erreur === "string" ? params.erreur : typeof params.error === "string" ? params.error : undefined;
  const error = errorCode ? (errorMessages[errorCode] ?? errorMessages.Callback) : undefined;
  // A cookie whose server-side session has ended (idle, lifetime, signed out elsewhere): say why.
  const endReason = await endedSessionReason();
  const ended = endReason ? endedSessionMessage(endReason, sessionLimits()) : undefined;
  return (
    <PageLayout title="Se connecter" lead="Connectez-vous pour suivre vos démarches et continuer vers les services partenaires sans vous reconnecter.">
      {ended ? <Alert severity="info" title={ended.title} description={ended.description} className="fr-mb-4w" /> : null}
      {error ? <Alert severity="error" title="Connexion impossible" description={error} className="fr-mb-4w" /> : null}
      <p>
        FranceConnect vous permet d&apos;utiliser un compte que vous avez déjà : impots.gouv.fr, ameli.fr, l&apos;Identité
        Numérique La Poste, MSA ou Yris.
      </p>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="fr-text--sm">
        Une fois connecté, vous pourrez aussi ouvrir ViaTrajectoire et MDPH en ligne sans vous identifier de nouveau.
      </p>
    </PageLayout>
  );
}
