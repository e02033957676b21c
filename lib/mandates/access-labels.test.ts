import { describe, expect, it } from "vitest";

import { describeAccess } from "./access-labels";

describe("describeAccess", () => {
  it.each([
    ["liste-demarches", null, "La liste de vos démarches"],
    ["demarche", "mdph-en-ligne/MDPH-13-2026-004417", "La démarche MDPH-13-2026-004417 (MDPH en ligne)"],
    ["demarche", "via-trajectoire/VT-2026-004211", "La démarche VT-2026-004211 (ViaTrajectoire)"],
    ["demarche", "VT-1", "La démarche VT-1"],
    ["demarche", "toString/VT-1", "La démarche toString/VT-1"],
    ["notifications", null, "Vos notifications"],
    ["autre-chose", null, "autre-chose"],
  ])("%s %s → %s", (action, target, expected) => {
    expect(describeAccess(action, target)).toBe(expected);
  });

  it("names a request by its title when the portal knows it", () => {
    const titles = new Map([["via-trajectoire/VT-2026-006230", "Demande d'admission en EHPAD — Résidence Les Hortensias"]]);
    expect(describeAccess("demarche", "via-trajectoire/VT-2026-006230", titles)).toBe(
      "La démarche « Demande d'admission en EHPAD — Résidence Les Hortensias » (ViaTrajectoire, n° VT-2026-006230)",
    );
    expect(describeAccess("demarche", "via-trajectoire/VT-2026-004211", titles)).toBe("La démarche VT-2026-004211 (ViaTrajectoire)");
  });
});
