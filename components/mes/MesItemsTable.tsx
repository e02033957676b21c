import { DataTable } from "@/components/DataTable";
import { formatCalendarDate, formatDateTime } from "@/lib/format/dates";
import type { MesItemView } from "@/lib/mes/service";

export type MesItemsTableProps = { items: readonly MesItemView[] };

const STATE_BADGES: Record<MesItemView["state"], { label: string; tone: string }> = {
  envoye: { label: "Envoyé", tone: "success" },
  "en-attente": { label: "En attente", tone: "info" },
  annule: { label: "Non envoyé (partage arrêté)", tone: "warning" },
  abandonne: { label: "Refusé par Mon espace santé", tone: "error" },
  echoue: { label: "Non envoyé : Mon espace santé n’a pas répondu", tone: "error" },
};

/** Everything sent (or waiting to be sent) to Mon espace santé, newest first. */
export function MesItemsTable({ items }: MesItemsTableProps) {
  if (items.length === 0) return <p>Rien n’a encore été envoyé à Mon espace santé.</p>;
  return (
    <DataTable
      noScroll
      multiline
      caption="Ce que le portail a envoyé à Mon espace santé, du plus récent au plus ancien"
      captionHidden
      columns={["Information", "Où", "Date concernée", "État"]}
      rows={items.map((item) => {
        const badge = STATE_BADGES[item.state];
        return {
          key: item.id,
          header: item.cancelled ? `Annulé : ${item.title}` : item.title,
          cells: [
            item.flow === "agenda" ? "Agenda" : "Documents",
            formatCalendarDate(item.day),
            <>
              <p className={`fr-badge fr-badge--sm fr-badge--${badge.tone}`}>{badge.label}</p>
              {item.state === "envoye" && item.sentAt ? (
                <p className="fr-text--sm fr-mb-0">
                  le <time dateTime={item.sentAt.toISOString()}>{formatDateTime(item.sentAt)}</time>
                </p>
              ) : null}
            </>,
          ],
        };
      })}
    />
  );
}
