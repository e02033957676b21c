import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { Link } from "@/components/Link";

import { PageLayout } from "@/components/PageLayout";
import { DisclosureLogTable } from "@/components/profile/DisclosureLogTable";
import { SignInForm } from "@/components/SignInForm";
import { listDisclosures, type DisclosureView } from "@/lib/audit";
import { getPortalSession } from "@/lib/auth";
import { errorContext, logger } from "@/lib/logger";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({ title: "Journal des partages de mes données", description: "Ce que le portail a envoyé de vos informations à ses partenaires : quoi, à qui, quand, et qui l'a demandé.", path: "/mon-compte/journal" });

const TITLE = "Journal des partages de mes données";
const LEAD = "Chaque fois que le portail envoie vos informations à un partenaire, c'est noté ici : quoi, à qui, quand, et qui l'a demandé.";
const parents = [{ label: "Mon compte", href: "/mon-compte" }];

export default async function DisclosureLogPage() {
  const session = await getPortalSession();
  if (!session) {
    return (
      <PageLayout title={TITLE} parents={parents} lead={LEAD}>
        <p>Connectez-vous pour voir à qui vos informations ont été envoyées.</p>
        <SignInForm callbackUrl="/mon-compte/journal" />
      </PageLayout>
    );
  }
  let entries: DisclosureView[];
  try {
    entries = await listDisclosures(session.userId);
  } catch (error) {
    logger.error("Could not load the data-sharing log", { userId: session.userId, ...errorContext(error) });
    return (
      <PageLayout title={TITLE} parents={parents} lead={LEAD}>
        <Alert severity="error" title="Service momentanément indisponible" description="Votre journal ne peut pas être affiché pour le moment. Réessayez dans quelques minutes." />
      </PageLayout>
    );
  }
  return (
    <PageLayout title={TITLE} parents={parents} lead={LEAD}>
      <DisclosureLogTable entries={entries} />
      <p className="fr-mt-4w">
        Ce que vos aidants ont consulté est noté dans le <Link href="/mon-compte/aidants">journal des accès de vos aidants</Link>. Les informations
        envoyées viennent de <Link href="/mon-compte/profil">votre profil</Link>.
      </p>
    </PageLayout>
  );
}
