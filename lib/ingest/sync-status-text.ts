import type { LastSyncRun, SyncCounts } from "./sync-status";
import type { SyncSettings } from "./schedule";

// French words of /etat-du-service: what a person or a partner needs to know of each source's
// last update. Never the technical error (it may name internal addresses): that is in the logs.

const number = new Intl.NumberFormat("fr-FR");

export type SyncRunText = { result: string; severity: "success" | "error" | "info"; detail: string };

function plural(count: number, one: string, many: string): string {
  return `${number.format(count)} ${count > 1 ? many : one}`;
}

export function countsText(counts: SyncCounts): string {
  return [
    plural(counts.read, "fiche lue", "fiches lues"),
    plural(counts.created, "ajoutée", "ajoutées"),
    plural(counts.updated, "modifiée", "modifiées"),
    plural(counts.removed, "retirée", "retirées"),
    plural(counts.rejected, "refusée", "refusées"),
  ].join(", ");
}

export function syncRunText(run: LastSyncRun): SyncRunText {
  if (run.status === "en-cours") return { result: "En cours", severity: "info", detail: "La mise à jour est en cours." };
  if (run.status === "reussie") {
    const mode = run.counts?.mode === "incremental" ? "Modifications depuis la mise à jour précédente : " : "Source relue en entier : ";
    return { result: "Réussie", severity: "success", detail: run.counts ? `${mode}${countsText(run.counts)}.` : "La mise à jour a réussi." };
  }
  const next = run.willRetry ? " Un nouvel essai est prévu dans quelques minutes." : "";
  return {
    result: "Échouée",
    severity: "error",
    detail: `La source n'a pas pu être lue entièrement. Les solutions affichées sont celles de la mise à jour réussie précédente.${next}`,
  };
}

export function scheduleText(settings: SyncSettings | null): string {
  if (!settings) return "Les mises à jour automatiques ne sont pas activées sur ce portail : le catalogue est mis à jour à la main.";
  const [hours = "0", minutes = "00"] = settings.dailyAt.split(":");
  const every = settings.rorEveryMinutes === 1 ? "chaque minute" : `toutes les ${settings.rorEveryMinutes} minutes`;
  return `Le ROR est relu ${every} (seulement ce qui a changé). Les autres sources sont relues en entier chaque jour à partir de ${Number(hours)} h ${minutes}.`;
}
