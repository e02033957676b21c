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
});
