import type { Progress } from "./source";
import type { ImportReport } from "./run-import";

/** Human-readable import report (French, for the operators running the CLI). */
export function formatReport(report: ImportReport, label: string): string {
  const seconds = ((report.finishedAt.getTime() - report.startedAt.getTime()) / 1000).toFixed(1);
  const mode = report.mode === "incremental" ? `incrémentale depuis ${report.since?.toISOString() ?? "?"}` : "complète";
  const lines = [
    `${report.status === "succeeded" ? "✔" : "✘"} ${label} — synchronisation ${mode} ${report.status === "succeeded" ? "réussie" : "ÉCHOUÉE"} en ${seconds} s`,
    `  lus ${report.read} · créés ${report.created} · mis à jour ${report.updated} · inchangés ${report.unchanged} · supprimés ${report.removed} · rejetés ${report.rejected} · hors champ ${report.skipped}`,
  ];
  if (report.error) lines.push(`  erreur : ${report.error}`, "  le catalogue précédent est conservé, intact.");
  for (const [title, reasons] of [
    ["rejets", report.rejections],
    ["hors champ", report.skips],
  ] as const) {
    if (reasons.length === 0) continue;
    lines.push(`  ${title} :`);
    for (const reason of reasons.slice(0, 10)) {
      lines.push(`    ${String(reason.count).padStart(6)} × ${reason.reason}${reason.examples.length > 0 ? ` (ex. ${reason.examples.join(", ")})` : ""}`);
    }
    if (reasons.length > 10) lines.push(`    … et ${reasons.length - 10} autre(s) motif(s), voir ImportRun ${report.runId}`);
  }
  return lines.join("\n");
}

/** One-line progress bar for terminals, redrawn in place. */
export function progressLine(label: string, progress: Progress, width = 30): string {
  const unit = progress.unit === "bytes" ? formatBytes : (value: number) => String(value);
  if (!progress.total) return `${label} ${unit(progress.done)}…`;
  const ratio = Math.min(1, progress.done / progress.total);
  const filled = Math.round(ratio * width);
  return `${label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${Math.round(ratio * 100)} % (${unit(progress.done)} / ${unit(progress.total)})`;
}

function formatBytes(value: number): string {
  if (value < 1024) return `${value} o`;
  if (value < 1024 * 1024) return `${(value / 1024).toFixed(0)} Kio`;
  return `${(value / 1024 / 1024).toFixed(1)} Mio`;
}
