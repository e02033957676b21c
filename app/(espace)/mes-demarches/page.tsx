import type { Metadata } from "next";
import { Link } from "@/components/Link";

import { ReadingVersionSwitch } from "@/components/content/ReadingVersionSwitch";
import { PageLayout } from "@/components/PageLayout";
import { PartnerHandoverLinks } from "@/components/PartnerHandoverLinks";
import { AccessDenied } from "@/components/requests/AccessDenied";
import { ActingForSwitch } from "@/components/requests/ActingForSwitch";
import { LiveRequestsDashboard } from "@/components/requests/LiveRequestsDashboard";
import { SignInForm } from "@/components/SignInForm";
import { getPrisma } from "@/lib/db";
import { recordAccess } from "@/lib/mandates";
import { dashboardForAidant, firstParam, forQuery, loadDashboard, resolveViewer, whoseRequests } from "@/lib/requests";
import { getReadingVersion } from "@/lib/preferences/reading-version";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Mes démarches",
  description: "Suivez vos demandes à la MDPH et vos demandes d'admission en établissement sur une seule page, et continuez chez les partenaires sans vous reconnecter.",
  path: "/mes-demarches",
});

const LEAD = "Suivez votre demande à la MDPH et vos demandes d'admission en établissement au même endroit.";

export type MyRequestsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MyRequestsPage({ searchParams }: MyRequestsPageProps) {
  const viewer = await resolveViewer(firstParam((await searchParams).pour));
  if (viewer.kind === "signed-out") {
    return (
      <PageLayout title="Mes démarches" lead={LEAD}>
        <p>Connectez-vous pour voir vos démarches.</p>
        <SignInForm callbackUrl="/mes-demarches" />
      </PageLayout>
    );
  }
  if (viewer.kind === "denied") {
    return (
      <PageLayout title="Mes démarches">
        <AccessDenied />
      </PageLayout>
    );
  }
  const { session, viewed, people } = viewer;
  const query = forQuery(viewed, session);
  const [loaded, version] = await Promise.all([loadDashboard(await getPrisma(), viewed.subject), getReadingVersion()]);
  await recordAccess(viewed, session.userId, "liste-demarches");
  const self = viewed.userId === session.userId;
  const personName = self ? undefined : viewed.name;
  const dashboard = personName ? dashboardForAidant(loaded, personName) : loaded;
  return (
    <PageLayout title="Mes démarches" lead={self ? `Bonjour ${session.givenName}. ${LEAD}` : `Vous consultez les démarches de ${viewed.name}.`}>
      <ActingForSwitch viewer={{ userId: session.userId, name: session.name }} people={people} selectedUserId={viewed.userId} action="/mes-demarches" />
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-mb-2w">
        <div className="fr-col-auto">
          <ReadingVersionSwitch current={version} path={`/mes-demarches${query}`} />
        </div>
        <div className="fr-col-auto fr-mb-4w">
          <Link className="fr-link fr-icon-notification-3-line fr-link--icon-left" href="/mes-demarches/notifications">
            Mes notifications
          </Link>
        </div>
        <div className="fr-col-auto fr-mb-4w">
          <Link className="fr-link fr-icon-team-line fr-link--icon-left" href="/mon-compte/aidants">
            Mes aidants
          </Link>
        </div>
        <div className="fr-col-auto fr-mb-4w">
          <Link className="fr-link fr-icon-draft-line fr-link--icon-left" href={`/demander${query}`}>
            Mes demandes préparées
          </Link>
        </div>
        <div className="fr-col-auto fr-mb-4w">
          <Link className="fr-link fr-icon-file-add-line fr-link--icon-left" href={`/demander/mdph${query}`}>
            Faire une demande à la MDPH
          </Link>
        </div>
        {self ? (
          <div className="fr-col-auto fr-mb-4w">
            <Link className="fr-link fr-icon-heart-pulse-line fr-link--icon-left" href="/mon-compte/mon-espace-sante">
              Mon espace santé
            </Link>
          </div>
        ) : null}
      </div>
      <LiveRequestsDashboard initial={dashboard} endpoint={`/api/mes-demarches${query}`} pageHref={`/mes-demarches${query}`} version={version} forQuery={query} whose={whoseRequests(viewed, session)} personName={personName} />
      <h2>{self ? "Continuer sur un service partenaire" : "Votre propre espace sur les services partenaires"}</h2>
      <PartnerHandoverLinks />
    </PageLayout>
  );
}
