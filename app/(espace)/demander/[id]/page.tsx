import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { notFound } from "next/navigation";

import { ApplicationAlert } from "@/components/applications/ApplicationAlert";
import { SentFields } from "@/components/applications/SentFields";
import { PageLayout } from "@/components/PageLayout";
import { applicationMessage, loadApplication, stayLabels } from "@/lib/applications";
import { formatCalendarDate, formatDateTime } from "@/lib/format/dates";
import { errorContext, logger } from "@/lib/logger";
import { partnerNames } from "@/lib/partners/partner-names";
import { draftHandoverPath } from "@/lib/partners/handover";
import { pageMetadata } from "@/lib/seo";

import { firstParam as first, withApplicant } from "../applicant-gate";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return pageMetadata({
    title: "Relire et envoyer la demande",
    description: "Relisez ce qui sera envoyé, à qui, et d'où vient chaque information, avant d'envoyer votre demande.",
    path: `/demander/${encodeURIComponent((await params).id)}`,
  });
}

export type ApplicationReviewPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const TITLE = "Relire et envoyer la demande";
const parents = [{ label: "Mes demandes préparées", href: "/demander" }];
const decoded = (id: string) => {
  try {
    return decodeURIComponent(id);
  } catch {
    // A malformed escape names no request: the 404 page, not a 500.
    return "";
  }
};

/** The review: exactly what will be sent, to whom; then « Envoyer » (or « Envoyer maintenant » after the partner did not answer). */
export default async function ApplicationReviewPage({ params, searchParams }: ApplicationReviewPageProps) {
  const { id } = await params;
  const query = await searchParams;
  const gate = { title: TITLE, parents, signedOutText: "Connectez-vous pour relire votre demande.", callbackUrl: `/demander/${encodeURIComponent(id)}` };
  return withApplicant(first(query.pour) || undefined, gate, async (applicant) => {
  let loaded: Awaited<ReturnType<typeof loadApplication>>;
  try {
    loaded = await loadApplication(applicant.viewed.userId, decoded(id));
  } catch (error) {
    logger.error("Could not load a prepared request", errorContext(error));
    return (
      <PageLayout title={TITLE} parents={parents}>
        <ApplicationAlert message={applicationMessage({ erreur: "indisponible" })} />
      </PageLayout>
    );
  }
  if (!loaded) notFound();
  const { application, prefill } = loaded;
  const partner = partnerNames[application.partner];
  const { choices } = application;
  const sent = application.status === "envoyee";
  const retry = application.status !== "envoyee" && application.attempts > 0;
  const pourField = applicant.pour ? <input type="hidden" name="pour" value={applicant.pour} /> : null;
  const intro = applicant.self ? "Voici exactement ce que le portail enverra" : `Voici exactement ce que le portail enverra pour ${applicant.viewed.name}`;
  return (
    <PageLayout title={TITLE} parents={parents}>
      <ApplicationAlert message={applicationMessage({ erreur: first(query.erreur), resultat: first(query.resultat) })} />
      {application.status === "refusee" && application.refusal ? (
        <Alert severity="error" title={`${partner} a refusé la demande`} description={`${application.refusal} Rien n'a été envoyé : vous pouvez supprimer cette demande et en préparer une autre.`} className="fr-mb-4w" />
      ) : null}
      {retry && application.status === "a-envoyer" && !first(query.resultat) ? (
        <Alert
          severity="warning"
          title="Demande pas encore envoyée"
          description={`${partner} n'a pas répondu à la dernière tentative${application.lastAttemptAt ? ` (${formatDateTime(application.lastAttemptAt)})` : ""}. Votre demande est gardée ici : envoyez-la maintenant.`}
          className="fr-mb-4w"
        />
      ) : null}
      {sent ? (
        <Alert
          severity="success"
          title={`Demande envoyée à ${partner}`}
          description={`Envoyée${application.sentAt ? ` le ${formatDateTime(application.sentAt)}` : ""}. ${applicant.self ? `Il vous reste à la vérifier et à la signer sur ${partner}.` : `${applicant.viewed.name} doit maintenant la vérifier et la signer sur ${partner}.`}`}
          className="fr-mb-4w"
        />
      ) : null}
      {application.preparedBy ? <p>Demande préparée par {application.preparedBy} (aidant).</p> : null}

      <h2>{choices.kind === "admission" ? "Votre demande de place" : "Votre nouvelle demande à la MDPH"}</h2>
      {choices.kind === "admission" ? (
        <>
          <p>Établissements demandés :</p>
          <ul>
            {choices.establishments.map((establishment) => (
              <li key={establishment.offerId}>
                <Link href={`/offres/${encodeURIComponent(establishment.offerId)}`}>{establishment.name}</Link>
                {establishment.place ? `, ${establishment.place}` : ""}
              </li>
            ))}
          </ul>
          <p>
            Type de séjour : <strong>{stayLabels[choices.stay]}</strong>. Date d&apos;entrée souhaitée : <strong>{formatCalendarDate(choices.wishedDate)}</strong>.
          </p>
        </>
      ) : (
        <p>Vous choisirez sur MDPH en ligne ce que vous demandez (AAH, PCH, carte mobilité inclusion…), puis vous signerez.</p>
      )}

      <h2>Ce qui sera envoyé à {partner}</h2>
      <p>
        {intro}, en brouillon, à {partner}
        {choices.kind === "admission" ? " (volet administratif du dossier de demande d'admission, cerfa 14732)" : " (identité et coordonnées du formulaire de demande, cerfa 15692)"} :
      </p>
      <SentFields fields={prefill.fields} />
      <p className="fr-text--sm">
        {choices.kind === "admission"
          ? "Le portail n'envoie jamais d'information médicale : le volet médical est rempli par votre médecin sur ViaTrajectoire."
          : "Le portail n'envoie jamais d'information médicale : le certificat médical se joint sur MDPH en ligne."}{" "}
        Chaque envoi est inscrit dans votre journal des partages de données.
      </p>
      {prefill.profileMissing ? (
        <Alert
          severity="info"
          small
          className="fr-mb-3w"
          description="Votre profil ne contient pas encore votre adresse ni votre téléphone : seule votre identité serait envoyée. Vous pouvez compléter votre profil avant d'envoyer."
        />
      ) : null}
      {applicant.self ? (
        <p>
          <Link className="fr-link" href="/mon-compte/profil">
            Modifier mon profil
          </Link>
        </p>
      ) : null}

      {sent && application.partnerDraftId && applicant.self ? (
        <p>
          <a className="fr-btn" href={draftHandoverPath(application.partner, application.partnerDraftId)}>
            Continuer sur {partner}
          </a>
        </p>
      ) : null}
      {!sent ? (
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <form method="post" action="/api/demandes-preparees/envoi">
              <input type="hidden" name="id" value={application.id} />
              {pourField}
              <button className="fr-btn" type="submit">
                {retry ? "Envoyer maintenant" : `Envoyer à ${partner}`}
              </button>
            </form>
          </li>
          <li>
            <form method="post" action="/api/demandes-preparees/suppression">
              <input type="hidden" name="id" value={application.id} />
              {pourField}
              <button className="fr-btn fr-btn--secondary" type="submit">
                Supprimer cette demande
              </button>
            </form>
          </li>
        </ul>
      ) : null}
    </PageLayout>
  );
  });
}
