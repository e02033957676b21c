import { describe, expect, it } from "vitest";

import { continueTarget, draftHandoverPath, handoverPath, partnerDeepLink } from "./handover";

describe("« Continuer sur … » through the portal", () => {
  it("goes back to exactly the partner page it stands for", () => {
    expect(handoverPath("via-trajectoire", "VT-2026-004211")).toBe("/continuer/via-trajectoire/demandes/VT-2026-004211");
    expect(continueTarget("via-trajectoire", ["demandes", "VT-2026-004211"])).toEqual({ partner: "via-trajectoire", url: partnerDeepLink("via-trajectoire", "VT-2026-004211") });
    expect(handoverPath("mdph-en-ligne")).toBe("/continuer/mdph-en-ligne/demandes");
    expect(continueTarget("mdph-en-ligne", ["demandes"])).toEqual({ partner: "mdph-en-ligne", url: partnerDeepLink("mdph-en-ligne") });
  });

  it("leads to the draft the portal created at the partner", () => {
    expect(draftHandoverPath("via-trajectoire", "VTB-2026-000123")).toBe("/continuer/via-trajectoire/demandes/brouillons/VTB-2026-000123");
    expect(continueTarget("via-trajectoire", ["demandes", "brouillons", "VTB-2026-000123"])).toEqual({
      partner: "via-trajectoire",
      url: `${partnerDeepLink("via-trajectoire")}/brouillons/VTB-2026-000123`,
    });
  });

  it.each([
    ["an unknown partner", "evil.example", ["demandes"]],
    ["another path of the partner", "via-trajectoire", ["sandbox", "panne"]],
    ["a request id with a slash or dots", "via-trajectoire", ["demandes", "../sandbox"]],
    ["a deeper path", "via-trajectoire", ["demandes", "VT-1", "x"]],
    ["no path", "via-trajectoire", []],
    ["a draft id with dots", "via-trajectoire", ["demandes", "brouillons", ".."]],
    ["a deeper draft path", "via-trajectoire", ["demandes", "brouillons", "VTB-1", "x"]],
  ])("refuses %s (no open redirect)", (_name, partner, segments) => {
    expect(continueTarget(partner, segments)).toBeNull();
  });
});
