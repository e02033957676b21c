import { describe, expect, it } from "vitest";

import type { TodoReason } from "./domain";
import { renewalUnderWayText, todoText } from "./format";

const proposal: TodoReason = { kind: "admission-a-confirmer", before: "2026-12-15", establishment: "Résidence Les Hortensias" };
const expiring: TodoReason = { kind: "droits-expirent", right: "AAH", on: "2027-04-15" };
const pieces: TodoReason = { kind: "pieces-demandees", pieces: ["Certificat médical"] };

describe("todoText", () => {
  it("speaks to the person about their own requests", () => {
    expect(todoText(proposal, "standard")).toBe("Résidence Les Hortensias vous propose une admission : confirmez-la avant le 15 décembre 2026.");
  });

  it.each([
    [proposal, "standard", "Résidence Les Hortensias propose une admission à Lucie Bernard. Lucie Bernard doit confirmer sa réponse avant le 15 décembre 2026 ; vous pouvez l'aider à le faire."],
    [proposal, "facile", "Résidence Les Hortensias propose une place à Lucie Bernard. Lucie Bernard doit confirmer avant le 15 décembre 2026."],
    [expiring, "standard", "Le droit « AAH » de Lucie Bernard prend fin le 15 avril 2027 : vous pouvez l'aider à demander son renouvellement à la MDPH dès maintenant."],
    [pieces, "facile", "Lucie Bernard doit envoyer ces documents à la MDPH : Certificat médical. Vous pouvez l'aider."],
  ] as const)("names the person for an aidant: %o (%s)", (reason, version, expected) => {
    expect(todoText(reason, version, "Lucie Bernard")).toBe(expected);
  });
});

describe("renewalUnderWayText", () => {
  const renewal = { right: "AAH", on: "2027-04-15", requestTitle: "Renouvellement de l'AAH" };

  it("says the renewal is already asked for, to the person or to an aidant", () => {
    expect(renewalUnderWayText(renewal, "standard")).toBe("Votre droit « AAH » prend fin le 15 avril 2027 : son renouvellement est déjà demandé (« Renouvellement de l'AAH »).");
    expect(renewalUnderWayText(renewal, "facile", "Karim Benali")).toBe(
      "Le droit « AAH » de Karim Benali s'arrête le 15 avril 2027. La demande pour le garder est déjà faite : « Renouvellement de l'AAH ».",
    );
  });
});
