import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";

import { PageLayout } from "@/components/PageLayout";

export const metadata: Metadata = { title: "Mes démarches" };

export default function MyRequestsPage() {
  return (
    <PageLayout
      title="Mes démarches"
      lead="Suivez votre demande à la MDPH et vos demandes d'admission en établissement au même endroit."
    >
      <Alert
        severity="info"
        title="Ce service arrive bientôt"
        description="Vous pourrez bientôt vous connecter avec FranceConnect pour voir ici toutes vos démarches. En attendant, suivez votre demande sur le site MDPH en ligne de votre département et vos demandes d'admission sur ViaTrajectoire."
      />
    </PageLayout>
  );
}
