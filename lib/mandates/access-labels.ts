import { partnerNames, type PartnerId } from "@/lib/partners/partner-names";

/** Access-log actions the dashboard records, in the person's words. */
const actionLabels: Record<string, string> = {
  "liste-demarches": "La liste de vos démarches",
  demarche: "Une démarche",
  notifications: "Vos notifications",
  "preparation-demande": "Une demande préparée pour vous",
};

/**
 * "La démarche « Carte mobilité inclusion » (MDPH en ligne, n° MDPH-13-2026-004417)"
 * when its title is known (`titles`, by target), else "La démarche
 * MDPH-13-2026-004417 (MDPH en ligne)"; "La liste de vos démarches"; or the raw
 * action for one we do not know.
 */
export function describeAccess(action: string, target: string | null, titles: ReadonlyMap<string, string> = new Map()): string {
  if (action === "demarche" && target) {
    const [partner, id] = target.split("/", 2);
    if (!id || !partner || !Object.hasOwn(partnerNames, partner)) return `La démarche ${target}`;
    const partnerName = partnerNames[partner as PartnerId];
    const title = titles.get(target);
    return title ? `La démarche « ${title} » (${partnerName}, n° ${id})` : `La démarche ${id} (${partnerName})`;
  }
  const label = actionLabels[action] ?? action;
  return target ? `${label} (${target})` : label;
}
