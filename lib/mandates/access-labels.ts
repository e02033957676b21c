/** Access-log actions the dashboard records, in the person's words. */
const actionLabels: Record<string, string> = {
  "liste-demarches": "La liste de vos démarches",
  demarche: "Une démarche",
  notifications: "Vos notifications",
};

/** "La démarche MDPH-13-2026-004417", "La liste de vos démarches", or the raw action for one we do not know. */
export function describeAccess(action: string, target: string | null): string {
  if (action === "demarche" && target) return `La démarche ${target}`;
  const label = actionLabels[action] ?? action;
  return target ? `${label} (${target})` : label;
}
