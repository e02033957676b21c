import { formatDateTime } from "@/lib/format/dates";
import { type AccessLogEntry, describeAccess } from "@/lib/mandates/client";

export type AccessLogTableProps = {
  entries: AccessLogEntry[];
  /** Request titles by access target ("<partner>/<id>"), when the portal knows them. */
  titles?: ReadonlyMap<string, string>;
};

/** "Journal des accès": who saw what, when. */
export function AccessLogTable({ entries, titles }: AccessLogTableProps) {
  if (entries.length === 0) return <p>Aucun aidant n&apos;a encore consulté vos démarches.</p>;
  return (
    <div className="fr-table fr-table--no-scroll">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption>Ce que vos aidants ont consulté, du plus récent au plus ancien</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Aidant</th>
                  <th scope="col">Ce qui a été consulté</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
                    </td>
                    <td>{entry.aidantName}</td>
                    <td>{describeAccess(entry.action, entry.target, titles)}</td>
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
