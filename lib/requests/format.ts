import { formatCalendarDate } from "@/lib/format/dates";

import type { NextStep, RenewalUnderWay, TodoReason } from "./domain";

// French wording of deadlines and "à faire" reasons (dates themselves are written
// by lib/format/dates). Pure functions, used by server pages and by the client
// dashboard alike.

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
