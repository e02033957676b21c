import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";

import { PageLayout } from "@/components/PageLayout";
import { PartnerHandoverLinks } from "@/components/PartnerHandoverLinks";
import { SignInForm } from "@/components/SignInForm";
import { getPortalSession } from "@/lib/auth";

export const metadata: Metadata = { title: "Mes démarches" };

export default async function MyRequestsPage() {
  const session = await getPortalSession();
  if (!session) {
    return (
      <PageLayout
        title="Mes démarches"
        lead="Suivez votre demande à la MDPH et vos demandes d'admission en établissement au même endroit."
      >
        <p>Connectez-vous pour voir vos démarches.</p>
        <SignInForm callbackUrl="/mes-demarches" />
      </PageLayout>
    );
  }
  return (
    <PageLayout title="Mes démarches" lead={`Bonjour ${session.givenName}.`}>
      <Alert
        severity="info"
        title="Le suivi de vos démarches sur ce site arrive bientôt"
        description="En attendant, vous pouvez suivre vos démarches directement sur les services partenaires, sans vous reconnecter."
        className="fr-mb-4w"
      />
      <h2>Continuer sur un service partenaire</h2>
      <PartnerHandoverLinks />
    </PageLayout>
  );
}
