import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

import { DataTable } from "@/components/DataTable";
import { ReadingVersionSwitch } from "@/components/content/ReadingVersionSwitch";
import { PageLayout } from "@/components/PageLayout";
import { AccessDenied } from "@/components/requests/AccessDenied";
import { AidantPartnerNote } from "@/components/requests/AidantPartnerNote";
import { PartnerDownAlerts } from "@/components/requests/PartnerDownAlerts";
import { RequestBadges } from "@/components/requests/RequestBadges";
import { RequestTimeline } from "@/components/requests/RequestTimeline";
import { StatusText } from "@/components/requests/StatusText";
import { SignInForm } from "@/components/SignInForm";
import { getPrisma } from "@/lib/db";
import { formatCalendarDate } from "@/lib/format/dates";
import { recordAccess } from "@/lib/mandates";
import { firstParam, forQuery, loadFollowedRequest, nextStepText, renewalUnderWayText, requestForAidant, resolveViewer, todoText, whoseRequests } from "@/lib/requests";
import { partnerNames } from "@/lib/partners/partner-names";
import { isRequestPartnerId } from "@/lib/partners/registry";
import { getReadingVersion } from "@/lib/preferences/reading-version";
import { pageMetadata } from "@/lib/seo";

export type RequestPageProps = {
  params: Promise<{ partner: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const GENERIC_TITLE = "Détail d'une démarche";

const DECISIONS = { accorde: "Accordé", refuse: "Refusé" } as const;

/**
 * The viewer and the request, read once per page view: the tab title
 * (generateMetadata) and the page need the same partner read.
 */
const loadRequestPage = cache(async (partner: string, rawId: string, pour: string | undefined) => {
  const id = decodeURIComponent(rawId);
  if (!isRequestPartnerId(partner) || !/^[A-Za-z0-9-]{1,40}$/.test(id)) notFound();
  const viewer = await resolveViewer(pour);
  if (viewer.kind !== "ok") return { partner, id, viewer, view: null };
  const view = await loadFollowedRequest(await getPrisma(), viewer.viewed.subject, partner, id);
  // Unknown, or someone else's: the same 404, so no one learns whose it is.
  if (!view) notFound();
  return { partner, id, viewer, view };
});

async function load({ params, searchParams }: RequestPageProps) {
  const { partner, id } = await params;
  return loadRequestPage(partner, id, firstParam((await searchParams).pour));
}

/** The tab names the request, as the main heading does. */
export async function generateMetadata(props: RequestPageProps): Promise<Metadata> {
  const { partner, id, view } = await load(props);
  return pageMetadata({
    title: view ? view.request.title : GENERIC_TITLE,
    description: "Le statut de votre démarche en mots simples, ses étapes, la prochaine étape et le lien pour continuer chez le partenaire.",
    path: `/mes-demarches/${partner}/${encodeURIComponent(id)}`,
  });
}

export default async function RequestPage(props: RequestPageProps) {
  const { partner, id, viewer, view } = await load(props);
  const parents = [{ label: "Mes démarches", href: "/mes-demarches" }];
  if (viewer.kind === "signed-out") {
    const path = `/mes-demarches/${partner}/${encodeURIComponent(id)}`;
    return (
      <PageLayout title={GENERIC_TITLE} parents={parents}>
        <p>Connectez-vous pour voir cette démarche.</p>
        <SignInForm callbackUrl={path} />
      </PageLayout>
    );
  }
  if (viewer.kind === "denied" || !view) {
    return (
      <PageLayout title={GENERIC_TITLE} parents={parents}>
        <AccessDenied />
      </PageLayout>
    );
  }
  const { session, viewed } = viewer;
  await recordAccess(viewed, session.userId, "demarche", `${partner}/${id}`);
  const version = await getReadingVersion();
  const personName = viewed.userId === session.userId ? undefined : viewed.name;
  const request = personName ? requestForAidant(view.request, personName) : view.request;
  const { state } = view;
  const query = forQuery(viewed, session);
  const listParents = [{ label: "Mes démarches", href: `/mes-demarches${query}` }];
  return (
    <PageLayout title={request.title} parents={listParents}>
      <PartnerDownAlerts partners={[state]} whose={whoseRequests(viewed, session)} single />
      <RequestBadges request={request} className="fr-mb-2w" />
      <p>
        Suivie par : {request.handledBy}. Numéro de la demande : {request.id}.
        {request.filedOn ? ` Dossier déposé le ${formatCalendarDate(request.filedOn)}.` : ""}
      </p>
      <ReadingVersionSwitch current={version} path={`/mes-demarches/${partner}/${encodeURIComponent(id)}${query}`} />

      {request.todo.length > 0 ? (
        <div className="fr-alert fr-alert--warning fr-mb-4w">
          <h2 className="fr-alert__title">À faire</h2>
          <ul>
            {request.todo.map((reason) => (
              <li key={todoText(reason, version, personName)}>{todoText(reason, version, personName)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {request.renewalsUnderWay.map((renewal) => (
        <p key={renewal.right}>{renewalUnderWayText(renewal, version, personName)}</p>
      ))}

      <h2>Où en est la demande</h2>
      <p className="fr-hint-text">Statut officiel : {request.status.label}</p>
      <StatusText status={request.status} version={version} withNext />
      {request.nextStep ? (
        <>
          <h2>Prochaine étape</h2>
          <p>{nextStepText(request.nextStep)}</p>
        </>
      ) : null}

      <RequestTimeline steps={request.timeline} headingLevel="h3" withComments withOfficialLabels personName={personName} />

      {request.rights.length > 0 ? (
        <>
          <h2>Droits demandés</h2>
          <DataTable
            caption="Droits demandés et décisions"
            captionHidden
            columns={["Droit", "Décision", "Valable jusqu'au"]}
            rows={request.rights.map((right) => ({
              key: right.label,
              header: right.label,
              cells: [
                right.decision ? `${DECISIONS[right.decision]}${right.decidedOn ? ` le ${formatCalendarDate(right.decidedOn)}` : ""}` : "Pas encore décidé",
                right.validUntil ? formatCalendarDate(right.validUntil) : "—",
              ],
            }))}
          />
        </>
      ) : null}

      {request.pieces.length > 0 ? (
        <>
          <h2>Pièces demandées</h2>
          <ul>
            {request.pieces.map((piece) => (
              <li key={piece.label}>
                {piece.label} : {piece.received ? "reçue" : "à envoyer"}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {request.establishment ? (
        <>
          <h2>Établissement</h2>
          <dl className="portal-facts">
            <div>
              <dt>Nom</dt>
              <dd>{request.establishment.name}</dd>
            </div>
            <div>
              <dt>Catégorie</dt>
              <dd>{request.establishment.category}</dd>
            </div>
            <div>
              <dt>Commune</dt>
              <dd>
                {request.establishment.postalCode} {request.establishment.city}
              </dd>
            </div>
            <div>
              <dt>Accueil demandé</dt>
              <dd>{request.establishment.accommodation}</dd>
            </div>
          </dl>
        </>
      ) : null}

      {personName ? <AidantPartnerNote partner={request.partner} personName={personName} className="fr-mt-4w" /> : null}
      <ul className={`fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-right${personName ? "" : " fr-mt-4w"}`}>
        <li>
          <a className="fr-btn fr-icon-external-link-line fr-btn--icon-right" href={request.handoverUrl}>
            {personName ? `Ouvrir votre espace ${partnerNames[request.partner]}` : `Continuer sur ${partnerNames[request.partner]}`}
          </a>
        </li>
        {request.offerPath ? (
          <li>
            <a className="fr-btn fr-btn--secondary" href={request.offerPath}>
              Voir la fiche de l&apos;établissement
            </a>
          </li>
        ) : null}
        <li>
          <a className="fr-btn fr-btn--tertiary" href={`/mes-demarches${query}`}>
            Revenir à la liste
          </a>
        </li>
      </ul>
    </PageLayout>
  );
}
