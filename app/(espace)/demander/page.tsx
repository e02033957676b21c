import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { Metadata } from "next";
import { Link } from "@/components/Link";

import { ApplicationAlert } from "@/components/applications/ApplicationAlert";
import { PageLayout } from "@/components/PageLayout";
import { applicationMessage, listApplications, type ApplicationView } from "@/lib/applications";
import { formatDateTime } from "@/lib/format/dates";
import { errorContext, logger } from "@/lib/logger";
import { partnerNames } from "@/lib/partners/partner-names";
import { pageMetadata } from "@/lib/seo";

import { firstParam as first, withApplicant } from "./applicant-gate";

export const metadata: Metadata = pageMetadata({ title: "Mes demandes préparées", description: "Les demandes que vous avez préparées dans le portail, envoyées ou à envoyer.", path: "/demander" });

export type PreparedRequestsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITLE = "Mes demandes préparées";
const LEAD = "Les demandes préparées ici sont envoyées en brouillon au service partenaire, où vous les vérifiez et les signez.";
const parents = [{ label: "Mes démarches", href: "/mes-demarches" }];

const statusBadges: Record<ApplicationView["status"], { label: string; severity: "info" | "success" | "error" | "warning" }> = {
  "a-envoyer": { label: "À envoyer", severity: "warning" },
  envoyee: { label: "Envoyée, à signer", severity: "success" },
  refusee: { label: "Refusée par le partenaire", severity: "error" },
};

function describe(application: ApplicationView): string {
  if (application.choices.kind === "mdph") return "Nouvelle demande à la MDPH";
  const names = application.choices.establishments.map((establishment) => establishment.name).join(", ");
  return `Demande de place : ${names}`;
}

/** Every request prepared in the portal, with « Envoyer maintenant » for those a partner did not receive. */
export default async function PreparedRequestsPage({ searchParams }: PreparedRequestsPageProps) {
  const params = await searchParams;
  const gate = { title: TITLE, parents, lead: LEAD, signedOutText: "Connectez-vous pour voir les demandes que vous avez préparées.", callbackUrl: "/demander" };
  return withApplicant(first(params.pour) || undefined, gate, async (applicant) => {
  const query = applicant.pour ? `?pour=${encodeURIComponent(applicant.pour)}` : "";
  let applications: ApplicationView[] | null = null;
  try {
    applications = await listApplications(applicant.viewed.userId);
  } catch (error) {
    logger.error("Could not list prepared requests", errorContext(error));
  }
  return (
    <PageLayout title={TITLE} parents={parents} lead={applicant.self ? LEAD : `Les demandes préparées pour ${applicant.viewed.name}.`}>
      <ApplicationAlert message={applicationMessage({ erreur: first(params.erreur), resultat: first(params.resultat) })} />
      {applications === null ? <ApplicationAlert message={applicationMessage({ erreur: "indisponible" })} /> : null}
      {applications && applications.length === 0 ? <p>Aucune demande préparée pour le moment.</p> : null}
      {applications && applications.length > 0 ? (
        <ul className="fr-raw-list">
          {applications.map((application) => (
            <li key={application.id} className="fr-mb-3w">
              <p className="fr-mb-1w">
                <Link href={`/demander/${encodeURIComponent(application.id)}${query}`}>{describe(application)}</Link>
              </p>
              <p className="fr-mb-0 fr-text--sm">
                <Badge small severity={statusBadges[application.status].severity} className="fr-mr-1w">
                  {statusBadges[application.status].label}
                </Badge>
                {`${partnerNames[application.partner]}, préparée le ${formatDateTime(application.createdAt)}`}
                {application.preparedBy ? ` par ${application.preparedBy}` : ""}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <h2>Préparer une nouvelle demande</h2>
      <ul>
        <li>
          Une place en établissement : trouvez les établissements dans <Link href="/recherche">la recherche</Link>, puis choisissez « Demander une place » sur leur fiche ou dans la
          comparaison.
        </li>
        <li>
          <Link href={`/demander/mdph${query}`}>Faire une demande à la MDPH</Link>
        </li>
      </ul>
    </PageLayout>
  );
  });
}
