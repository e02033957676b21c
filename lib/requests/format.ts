import type { NextStep, RenewalUnderWay, TodoReason } from "./domain";

// French wording of dates, deadlines and "à faire" reasons. Pure functions,
// used by server pages and by the client dashboard alike.

const TIME_ZONE = "Europe/Paris";
const longDate = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const instantDate = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
const instantTime = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: TIME_ZONE });

/** "2026-12-01" → "1 décembre 2026". */
export function formatCalendarDate(date: string): string {
  return longDate.format(new Date(`${date}T00:00:00Z`));
}

/** An instant → "1 décembre 2026" in France. */
export function formatInstantDate(instant: string): string {
  return instantDate.format(new Date(instant));
}

/** An instant → "1 décembre 2026 à 10 h 04" in France. */
export function formatInstant(instant: string): string {
  const [hours, minutes] = instantTime.format(new Date(instant)).split(":");
  return `${instantDate.format(new Date(instant))} à ${Number(hours)} h ${minutes}`;
}

/** "il y a 3 minutes", from two instants in milliseconds. */
export function formatElapsed(sinceMs: number, nowMs: number): string {
  const minutes = Math.floor(Math.max(0, nowMs - sinceMs) / 60_000);
  if (minutes < 1) return "il y a moins d'une minute";
  if (minutes < 60) return `il y a ${minutes} minute${minutes > 1 ? "s" : ""}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `il y a ${hours} heure${hours > 1 ? "s" : ""}`;
  const days = Math.floor(hours / 24);
  return `il y a ${days} jour${days > 1 ? "s" : ""}`;
}

export type ReadingVersionName = "standard" | "facile";

/**
 * One "à faire" reason in French, standard or FALC. `personName` is set when an
 * aidant reads for that person: the text then says who must act, and how the
 * aidant can help.
 */
export function todoText(reason: TodoReason, version: ReadingVersionName, personName?: string): string {
  if (personName) return todoTextForAidant(reason, version, personName);
  switch (reason.kind) {
    case "pieces-demandees":
      return version === "facile"
        ? `Envoyez ces documents à la MDPH : ${reason.pieces.join(", ")}.`
        : `Pièces à envoyer à la MDPH : ${reason.pieces.join(", ")}.`;
    case "admission-a-confirmer":
      return version === "facile"
        ? `${reason.establishment} vous propose une place. Répondez avant le ${formatCalendarDate(reason.before)}.`
        : `${reason.establishment} vous propose une admission : confirmez-la avant le ${formatCalendarDate(reason.before)}.`;
    case "droits-expirent":
      return version === "facile"
        ? `Votre droit « ${reason.right} » s'arrête le ${formatCalendarDate(reason.on)}. Demandez vite à le garder.`
        : `Votre droit « ${reason.right} » prend fin le ${formatCalendarDate(reason.on)} : demandez son renouvellement à la MDPH dès maintenant.`;
  }
}

function todoTextForAidant(reason: TodoReason, version: ReadingVersionName, person: string): string {
  switch (reason.kind) {
    case "pieces-demandees":
      return version === "facile"
        ? `${person} doit envoyer ces documents à la MDPH : ${reason.pieces.join(", ")}. Vous pouvez l'aider.`
        : `Pièces que ${person} doit envoyer à la MDPH : ${reason.pieces.join(", ")}. Vous pouvez l'aider à les réunir.`;
    case "admission-a-confirmer":
      return version === "facile"
        ? `${reason.establishment} propose une place à ${person}. ${person} doit confirmer avant le ${formatCalendarDate(reason.before)}.`
        : `${reason.establishment} propose une admission à ${person}. ${person} doit confirmer sa réponse avant le ${formatCalendarDate(reason.before)} ; vous pouvez l'aider à le faire.`;
    case "droits-expirent":
      return version === "facile"
        ? `Le droit « ${reason.right} » de ${person} s'arrête le ${formatCalendarDate(reason.on)}. Vous pouvez l'aider à demander à le garder.`
        : `Le droit « ${reason.right} » de ${person} prend fin le ${formatCalendarDate(reason.on)} : vous pouvez l'aider à demander son renouvellement à la MDPH dès maintenant.`;
  }
}

/** A right ending soon whose renewal is already asked for: nothing to do but wait. */
export function renewalUnderWayText(renewal: RenewalUnderWay, version: ReadingVersionName, personName?: string): string {
  const date = formatCalendarDate(renewal.on);
  const right = personName ? `Le droit « ${renewal.right} » de ${personName}` : `Votre droit « ${renewal.right} »`;
  return version === "facile"
    ? `${right} s'arrête le ${date}. La demande pour le garder est déjà faite : « ${renewal.requestTitle} ».`
    : `${right} prend fin le ${date} : son renouvellement est déjà demandé (« ${renewal.requestTitle} »).`;
}

/** "Prochaine étape" sentence with its date. */
export function nextStepText(step: NextStep): string {
  if (!step.expectedDate) return step.label;
  const date = formatCalendarDate(step.expectedDate);
  return step.dateKind === "delai-legal" ? `${step.label} : au plus tard le ${date} (délai légal)` : `${step.label} : prévue vers le ${date}`;
}
