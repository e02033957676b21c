import { DataTable } from "@/components/DataTable";
import { formatDateTime } from "@/lib/format/dates";
import { describeAccess, type AccessLogEntry } from "@/lib/mandates/client";

export type AccessLogTableProps = {
  entries: AccessLogEntry[];
  /** Request titles by access target ("<partner>/<id>"), when the portal knows them. */
  titles?: ReadonlyMap<string, string>;
};

/** "Journal des accès": who saw what, when. */
export function AccessLogTable({ entries, titles }: AccessLogTableProps) {
  if (entries.length === 0) return <p>Aucun aidant n&apos;a encore consulté vos démarches.</p>;
  return (
    <DataTable
      noScroll
      caption="Ce que vos aidants ont consulté, du plus récent au plus ancien"
      columns={["Date", "Aidant", "Ce qui a été consulté"]}
      rows={entries.map((entry) => ({
        key: entry.id,
        cells: [<time key="at" dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>, entry.aidantName, describeAccess(entry.action, entry.target, titles)],
      }))}
    />
  );
}
