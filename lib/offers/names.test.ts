import { describe, expect, it } from "vitest";

import { normalizeName } from "./names";

describe("normalizeName", () => {
  it.each([
    ["EHPAD Les Tilleuls", "ehpad tilleuls"],
    ["Ehpad « les tilleuls »", "ehpad tilleuls"],
    ["Résidence St-Joseph", "residence saint joseph"],
    ["RES. L'Oustal d'Oc", "residence oustal oc"],
    ["  France   services de Valserhône ", "france services valserhone"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});
