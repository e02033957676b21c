import { Badge } from "@codegouvfr/react-dsfr/Badge";

import { formatDate } from "@/lib/format/dates";
import { type MandateView, scopeLabels, stateLabels } from "@/lib/mandates/client";

export type MandatesGivenTableProps = { mandates: MandateView[] };

function dates(mandate: MandateView): string {
  switch (mandate.state) {
    case "en-attente":
      return `Invité le ${formatDate(mandate.createdAt)}, code valable jusqu'au ${formatDate(mandate.codeExpiresAt)}`;
    case "expiree":
      return `Code expiré le ${formatDate(mandate.codeExpiresAt)}`;
    case "active":
      return `Depuis le ${formatDate(mandate.acceptedAt ?? mandate.createdAt)}`;
    case "retiree":
      return `Retiré le ${formatDate(mandate.revokedAt ?? mandate.createdAt)}`;
  }
}

/**
 * The person's aidants and invitations, with "Retirer l'accès" on the ones
 * still open. A list rather than a table: each entry stays readable and its
 * button reachable at 375 px.
 */
export function MandatesGivenTable({ mandates }: MandatesGivenTableProps) {
  if (mandates.length === 0) return <p>Vous n&apos;avez invité aucun aidant pour le moment.</p>;
  return (
    <ul className="portal-plain-list" aria-label="Vos aidants et vos invitations">
      {mandates.map((mandate) => (
        <li key={mandate.id} className="fr-card fr-card--no-arrow fr-mb-2w">
          <div className="fr-card__body">
            <div className="fr-card__content">
              <h3 className="fr-card__title">{mandate.aidantName}</h3>
              <div className="fr-card__start">
                <Badge severity={stateLabels[mandate.state].severity} small noIcon>
                  {stateLabels[mandate.state].label}
                </Badge>
              </div>
              <div className="fr-card__desc">
                {mandate.aidantUserId && mandate.aidantLabel !== mandate.aidantName ? <p className="fr-mb-1w">Invité comme « {mandate.aidantLabel} ».</p> : null}
                <p className="fr-mb-1w">{dates(mandate)}.</p>
                <p className="fr-mb-0">Autorisations : {mandate.scopes.map((scope) => scopeLabels[scope]).join(", ")}.</p>
              </div>
            </div>
            {mandate.state === "active" || mandate.state === "en-attente" ? (
              <div className="fr-card__footer">
                <form method="post" action="/api/aidants/retrait">
                  <input type="hidden" name="mandat" value={mandate.id} />
                  <input type="hidden" name="retour" value="/mon-compte/aidants" />
                  <button type="submit" className="fr-btn fr-btn--secondary">
                    {mandate.state === "active" ? "Retirer l'accès" : "Annuler l'invitation"}
                    <span className="fr-sr-only"> de {mandate.aidantName}</span>
                  </button>
                </form>
              </div>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
