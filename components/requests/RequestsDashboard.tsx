import { formatCalendarDate } from "@/lib/format/dates";
import type { Dashboard, FollowedRequest, ReadingVersionName, RequestGroup } from "@/lib/requests/client";

import { PartnerDownAlerts } from "./PartnerDownAlerts";
import { RequestCard } from "./RequestCard";

export type RequestsDashboardProps = {
  dashboard: Dashboard;
  version: ReadingVersionName;
  /** Query string naming the mandator ("?pour=…"), or "" when viewing oneself. */
  forQuery: string;
  /** "vos démarches", or "les démarches de Jeanne Martin". */
  whose: string;
  /** The person's name when an aidant reads for them; undefined for one's own requests. */
  personName?: string;
};

const GROUPS: Array<{ group: RequestGroup; title: string }> = [
  { group: "a-faire", title: "À faire" },
  { group: "en-cours", title: "En cours" },
  { group: "termine", title: "Terminées" },
];

const detailHref = (request: FollowedRequest, forQuery: string) => `/mes-demarches/${request.partner}/${encodeURIComponent(request.id)}${forQuery}`;

/** One list across partners: "à faire" first, then in progress, then closed. No data access. */
export function RequestsDashboard({ dashboard, version, forQuery, whose, personName }: RequestsDashboardProps) {
  const allAvailable = dashboard.partners.every((state) => state.available);
  return (
    <>
      <PartnerDownAlerts partners={dashboard.partners} whose={whose} />
      {dashboard.requests.length === 0 ? (
        <p>
          {allAvailable
            ? `Aucune démarche en cours : ni demande à la MDPH sur MDPH en ligne, ni demande d'admission sur ViaTrajectoire.`
            : "Aucune démarche connue pour le moment."}
        </p>
      ) : null}
      {GROUPS.map(({ group, title }) => {
        const requests = dashboard.requests.filter((request) => request.group === group);
        if (requests.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`groupe-${group}`} className="fr-mb-4w">
            <h2 id={`groupe-${group}`}>
              {title} <span className="fr-text--md fr-text--regular">({requests.length})</span>
            </h2>
            <ul className="portal-plain-list">
              {requests.map((request) => (
                <li key={`${request.partner}/${request.id}`}>
                  <RequestCard request={request} version={version} detailHref={detailHref(request, forQuery)} personName={personName} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {dashboard.orientations.length > 0 ? (
        <section aria-labelledby="orientations" className="fr-mb-4w">
          <h2 id="orientations">Décisions d&apos;orientation</h2>
          <ul>
            {dashboard.orientations.map((orientation) => (
              <li key={orientation.id}>
                {orientation.label}
                {orientation.label.toLocaleLowerCase("fr").includes(orientation.target.toLocaleLowerCase("fr")) ? "" : ` (${orientation.target})`}
                {orientation.validUntil ? `, valable jusqu'au ${formatCalendarDate(orientation.validUntil)}` : ""}
                {orientation.expiresSoon ? (personName ? ` : vous pouvez aider ${personName} à demander son renouvellement à la MDPH.` : " : pensez à demander son renouvellement à la MDPH.") : "."}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
