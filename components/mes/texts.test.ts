import { describe, expect, it } from "vitest";

import { checkFalcText } from "@/lib/falc";

import { FLOW_TEXTS, mesResultMessage } from "./texts";

describe("Mon espace santé page texts", () => {
  it.each(Object.entries(FLOW_TEXTS))("explains the %s flow in FALC that passes the checker", (_flow, text) => {
    expect(checkFalcText(text.falc.join("\n"))).toEqual([]);
  });

  it("answers every error code with a French message, and an unknown one with the generic one", () => {
    expect(mesResultMessage({ erreur: "refus" })?.title).toBe("Rien n’a été partagé");
    expect(mesResultMessage({ erreur: "n'importe quoi" })?.title).toBe("Mon espace santé ne répond pas pour le moment");
    expect(mesResultMessage({ resultat: "inconnu" })).toBeNull();
    expect(mesResultMessage({})).toBeNull();
  });
});
