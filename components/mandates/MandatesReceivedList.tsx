import { Link } from "@/components/Link";

import { formatDate } from "@/lib/format/dates";
import { type MandateView, scopeLabelsForAidant } from "@/lib/mandates/client";

export type MandatesReceivedListProps = { mandates: MandateView[] };

/** The people the aidant helps (active mandates), each with "Ne plus aider". */
export function MandatesReceivedList({ mandates }: MandatesReceivedListProps) {
  const active = mandates.filter((mandate) => mandate.state === "active");
  if (active.length === 0) return <p>Vous n&apos;aidez encore personne sur ce portail.</p>;
  return (
    <ul className="portal-plain-list">
      {active.map((mandate) => (
        <li key={mandate.id} className="fr-card fr-card--no-arrow fr-mb-2w">
          <div className="fr-card__body">
            <div className="fr-card__content">
              <h3 className="fr-card__title">{mandate.mandatorName}</h3>
              <p className="fr-card__desc">
                Depuis le {formatDate(mandate.acceptedAt ?? mandate.createdAt)}. Vous pouvez :{" "}
                {mandate.scopes.map((scope) => scopeLabelsForAidant[scope].toLowerCase()).join(", ")}.
              </p>
            </div>
            <div className="fr-card__footer">
              <ul className="fr-btns-group fr-btns-group--inline-md">
                {mandate.scopes.includes("voir-demarches") ? (
                  <li>
                    <Link className="fr-btn" href={`/mes-demarches?pour=${encodeURIComponent(mandate.mandatorUserId)}`}>
                      Voir les démarches de {mandate.mandatorName}
                    </Link>
                  </li>
                ) : null}
                <li>
                  <form method="post" action="/api/aidants/retrait">
                    <input type="hidden" name="mandat" value={mandate.id} />
                    <input type="hidden" name="retour" value="/aidant/accepter" />
                    <button type="submit" className="fr-btn fr-btn--secondary">
                      Ne plus aider {mandate.mandatorName}
                    </button>
                  </form>
                </li>
              </ul>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
