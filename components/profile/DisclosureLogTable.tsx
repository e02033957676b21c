import { DataTable } from "@/components/DataTable";
import { describeActor, type DisclosureView } from "@/lib/audit/model";
import { formatDateTime } from "@/lib/format/dates";

export type DisclosureLogTableProps = { entries: DisclosureView[] };

/** The data-sharing log: what was sent, to whom, why, when and by whom. */
export function DisclosureLogTable({ entries }: DisclosureLogTableProps) {
  if (entries.length === 0) {
    return <p>Le portail n&apos;a encore envoyé aucune de vos informations à un partenaire.</p>;
  }
  return (
    <DataTable
      caption="Envois de vos informations, du plus récent au plus ancien"
      multiline
      columns={["Date", "Destinataire", "Informations envoyées", "Pour quoi faire", "Par qui"]}
      rows={entries.map((entry) => ({
        key: entry.id,
        cells: [
          formatDateTime(entry.at),
          entry.recipientName,
          entry.what,
          entry.reference ? `${entry.purpose} (référence ${entry.reference})` : entry.purpose,
          describeActor(entry.actor),
        ],
      }))}
    />
  );
}
