import { Tile } from "@codegouvfr/react-dsfr/Tile";
import type { Metadata } from "next";

import { PageLayout } from "@/components/PageLayout";
import { SignInForm } from "@/components/SignInForm";
import { getPortalSession } from "@/lib/auth";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({ title: "Mon compte", description: "Votre profil, vos aidants, le journal des partages de vos données, Mon espace santé et la suppression de votre compte.", path: "/mon-compte" });

const TITLE = "Mon compte";

/** Every page of the account, in one place. */
const accountPages = [
  { href: "/mon-compte/profil", title: "Mon profil", desc: "Votre identité FranceConnect, et ce que vous nous dites une fois pour vos demandes." },
  { href: "/mon-compte/aidants", title: "Mes aidants", desc: "Les proches qui suivent vos démarches, et ce qu'ils ont consulté." },
  { href: "/mon-compte/journal", title: "Journal des partages", desc: "À qui le portail a envoyé vos informations, quand et pourquoi." },
  { href: "/mon-compte/mon-espace-sante", title: "Mon espace santé", desc: "Les dates de vos démarches dans votre agenda, les décisions dans vos documents, si vous le voulez." },
  { href: "/mon-compte/suppression", title: "Supprimer mon compte", desc: "Télécharger vos données, puis supprimer votre compte." },
];

export default async function MyAccountPage() {
  const session = await getPortalSession();
  if (!session) {
    return (
      <PageLayout title={TITLE}>
        <p>Connectez-vous pour voir votre profil, vos aidants et à qui vos informations ont été envoyées.</p>
        <SignInForm callbackUrl="/mon-compte" />
      </PageLayout>
    );
  }
  return (
    <PageLayout title={TITLE} lead={`Bonjour ${session.givenName}. Vos informations et ce que le portail en fait.`}>
      <ul className="fr-grid-row fr-grid-row--gutters portal-plain-list">
        {accountPages.map((page) => (
          <li key={page.href} className="fr-col-12 fr-col-md-6">
            <Tile title={page.title} desc={page.desc} linkProps={{ href: page.href }} titleAs="h2" />
          </li>
        ))}
      </ul>
    </PageLayout>
  );
}
