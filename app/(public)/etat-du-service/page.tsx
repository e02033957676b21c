import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { Metadata } from "next";

import { DataTable } from "@/components/DataTable";
import { PageLayout } from "@/components/PageLayout";
import { getPrisma } from "@/lib/db";
import { formatDateTime } from "@/lib/format/dates";
import { loadSyncStatus } from "@/lib/ingest/sync-status";
import { scheduleText, syncRunText } from "@/lib/ingest/sync-status-text";
import { portalSyncSettings } from "@/lib/jobs/portal-workers";
import { errorContext, logger } from "@/lib/logger";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({ title: "État du service", description: "La date de la dernière mise à jour de chaque source du catalogue des solutions, et son résultat.", path: "/etat-du-service" });
export const dynamic = "force-dynamic";

/** Public, admin-free status of the catalogue: the last update of each source (issue #17). */
export default async function ServiceStatusPage() {
  const settings = portalSyncSettings();
  let status: Awaited<ReturnType<typeof loadSyncStatus>> | null = null;
  try {
    status = await loadSyncStatus(await getPrisma(), settings);
  } catch (error) {
    logger.error("Service status page: sync runs could not be read", errorContext(error));
  }
  return (
    <PageLayout title="État du service" lead="Les solutions du catalogue viennent de sources officielles, relues régulièrement. Voici la dernière mise à jour de chaque source.">
      <p>{scheduleText(settings)}</p>
      {status ? (
        <DataTable
          caption="Dernière mise à jour de chaque source"
          columns={["Source", "Date", "Résultat", "Détail"]}
          multiline
          noScroll
          rows={status.map(({ source, label, lastRun }) => {
            if (!lastRun) return { key: source, header: label, cells: ["Jamais", "—", "Cette source n'a pas encore été lue par ce portail."] };
            const text = syncRunText(lastRun);
            return {
              key: source,
              header: label,
              cells: [
                <>
                  {formatDateTime(lastRun.startedAt)}
                  <br />
                  {lastRun.trigger === "planifiee" ? "mise à jour automatique" : "mise à jour lancée à la main"}
                  {lastRun.attempt > 1 ? `, essai n° ${lastRun.attempt}` : ""}
                </>,
                <Badge key="result" severity={text.severity} small as="span">
                  {text.result}
                </Badge>,
                text.detail,
              ],
            };
          })}
        />
      ) : (
        <p>L&apos;état des mises à jour ne peut pas être affiché pour le moment. Réessayez dans quelques minutes.</p>
      )}
    </PageLayout>
  );
}
