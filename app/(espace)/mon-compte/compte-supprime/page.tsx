import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { Link } from "@/components/Link";

import { PageLayout } from "@/components/PageLayout";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({ title: "Compte supprimé", description: "Votre compte et les données qui en dépendent ont été supprimés du portail.", path: "/mon-compte/compte-supprime" });

/** Where the deletion lands, signed out: it says what happened and what was not the portal's to delete. */
export default function AccountDeletedPage() {
  return (
    <PageLayout title="Votre compte est supprimé">
      <Alert severity="success" className="fr-mb-4w" small description="Le Portail Autonomie a supprimé votre compte et toutes les informations qu'il gardait sur vous. Vous êtes déconnecté." />
      <p>
        Vos sessions ouvertes depuis le portail chez ViaTrajectoire et MDPH en ligne sont fermées. Les demandes que vous y avez faites restent chez eux :
        pour les supprimer, adressez-vous à eux.
      </p>
      <p>Si vous vous reconnectez avec FranceConnect, vous aurez un compte neuf, vide.</p>
      <p>
        <Link href="/">Revenir à l&apos;accueil</Link>
      </p>
    </PageLayout>
  );
}
