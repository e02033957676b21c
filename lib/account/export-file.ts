/** « portail-autonomie-mes-donnees-2026-12-06.json »: the date says which copy is the latest. */
export function exportFileName(now: Date): string {
  return `portail-autonomie-mes-donnees-${now.toISOString().slice(0, 10)}.json`;
}
