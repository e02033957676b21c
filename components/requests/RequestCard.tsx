import { partnerNames } from "@/lib/partners/partner-names";
import { type FollowedRequest, nextStepText, type ReadingVersionName, renewalUnderWayText, todoText } from "@/lib/requests/client";

import { AidantPartnerNote } from "./AidantPartnerNote";
import { RequestBadges } from "./RequestBadges";
import { RequestTimeline } from "./RequestTimeline";
import { StatusText } from "./StatusText";

export type RequestCardProps = {
  request: FollowedRequest;
  version: ReadingVersionName;
  detailHref: string;
  /** The person's name when an aidant reads for them; undefined for one's own requests. */
  personName?: string;
};

/** One request in the dashboard list: partner, status in plain words, to-do, next step, past steps, links. */
export function RequestCard({ request, version, detailHref, personName }: RequestCardProps) {
  const partnerName = partnerNames[request.partner];
  return (
    <article className="fr-card fr-card--no-arrow fr-mb-3w" aria-labelledby={`demande-${request.partner}-${request.id}`}>
      <div className="fr-card__body">
        <div className="fr-card__content">
          <h3 className="fr-card__title" id={`demande-${request.partner}-${request.id}`}>
            <a href={detailHref}>{request.title}</a>
          </h3>
          <div className="fr-card__start">
            <RequestBadges request={request} />
            <p className="fr-card__detail fr-mt-1w">Suivie par : {request.handledBy}</p>
          </div>
          <div className="fr-card__desc">
            {request.todo.length > 0 ? (
              <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w">
                <p className="fr-text--bold fr-mb-1v">À faire</p>
                <ul>
                  {request.todo.map((reason) => (
                    <li key={`${reason.kind}-${todoText(reason, version, personName)}`}>{todoText(reason, version, personName)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {request.renewalsUnderWay.map((renewal) => (
              <p key={renewal.right}>{renewalUnderWayText(renewal, version, personName)}</p>
            ))}
            <StatusText status={request.status} version={version} />
            {request.nextStep ? (
              <p>
                <span className="fr-text--bold">Prochaine étape</span> : {nextStepText(request.nextStep)}
              </p>
            ) : null}
            <RequestTimeline steps={request.timeline} headingLevel="h4" />
            {personName ? <AidantPartnerNote partner={request.partner} personName={personName} className="fr-text--sm" /> : null}
          </div>
        </div>
        <div className="fr-card__footer">
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-right">
            <li>
              <a className="fr-btn fr-btn--secondary" href={detailHref}>
                Voir le détail<span className="fr-sr-only"> : {request.title}</span>
              </a>
            </li>
            <li>
              <a className="fr-btn fr-btn--tertiary fr-icon-external-link-line fr-btn--icon-right" href={request.handoverUrl}>
                {personName ? `Ouvrir votre espace ${partnerName}` : `Continuer sur ${partnerName}`}
                {personName ? null : <span className="fr-sr-only"> : {request.title}</span>}
              </a>
            </li>
            {request.offerPath ? (
              <li>
                <a className="fr-btn fr-btn--tertiary-no-outline" href={request.offerPath}>
                  Fiche de l&apos;établissement<span className="fr-sr-only"> : {request.establishment?.name}</span>
                </a>
              </li>
            ) : null}
          </ul>
        </div>
      </div>
    </article>
  );
}
