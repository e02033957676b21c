import { partnerNames, type PartnerId } from "@/lib/partners/partner-names";

/** Access-log actions the dashboard records, in the person's words. */
const actionLabels: Record<string, string> = {
  "liste-demarches": "La liste de vos démarches",
  demarche: "Une démarche",
  notifications: "Vos notifications",
};

/**
 * "La démarche MDPH-13-2026-004417 (MDPH en ligne)", "La liste de vos
 * démarches", or the raw action for one we do not know.
 */
export function describeAccess(action: string, target: string | null): string {
  if (action === "demarche" && target) {
    const [partner, id] = target.split("/", 2);
    if (id && partner && Object.hasOwn(partnerNames, partner)) return `La démarche ${id} (${partnerNames[partner as PartnerId]})`;
    return `La démarche ${target}`;
  }
  const label = actionLabels[action] ?? action;
  return target ? `${label} (${target})` : label;
}
