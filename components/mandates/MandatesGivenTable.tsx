import { Badge } from "@codegouvfr/react-dsfr/Badge";

import { formatDate, scopeLabels, stateLabels, type MandateView } from "@/lib/mandates";

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

/** The person's aidants and invitations, with "Retirer l'accès" on the ones still open. */
export function MandatesGivenTable({ mandates }: MandatesGivenTableProps) {
  if (mandates.length === 0) return <p>Vous n&apos;avez invité aucun aidant pour le moment.</p>;
  return (
    <div className="fr-table">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption>Vos aidants et vos invitations</caption>
              <thead>
                <tr>
                  <th scope="col">Aidant</th>
                  <th scope="col">État</th>
                  <th scope="col">Autorisations</th>
                  <th scope="col">Dates</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {mandates.map((mandate) => (
                  <tr key={mandate.id}>
                    <th scope="row">
                      {mandate.aidantName}
                      {mandate.aidantUserId && mandate.aidantLabel !== mandate.aidantName ? (
                        <span className="fr-hint-text">Invité comme « {mandate.aidantLabel} »</span>
                      ) : null}
                    </th>
                    <td>
                      <Badge severity={stateLabels[mandate.state].severity} small noIcon>
                        {stateLabels[mandate.state].label}
                      </Badge>
                    </td>
                    <td>
                      <ul className="fr-mb-0">
                        {mandate.scopes.map((scope) => (
                          <li key={scope}>{scopeLabels[scope]}</li>
                        ))}
                      </ul>
                    </td>
                    <td>{dates(mandate)}</td>
                    <td>
                      {mandate.state === "active" || mandate.state === "en-attente" ? (
                        <form method="post" action="/api/aidants/retrait">
                          <input type="hidden" name="mandat" value={mandate.id} />
                          <input type="hidden" name="retour" value="/mon-compte/aidants" />
                          <button type="submit" className="fr-btn fr-btn--secondary fr-btn--sm">
                            {mandate.state === "active" ? "Retirer l'accès" : "Annuler l'invitation"}
                            <span className="fr-sr-only"> de {mandate.aidantName}</span>
                          </button>
                        </form>
                      ) : (
                        "Aucune"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
