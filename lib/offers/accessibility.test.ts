import { describe, expect, it } from "vitest";

import { accessibilityText, STEP_FREE_ACCESSIBILITY_TEXTS } from "./accessibility";

describe("accessibility of the premises", () => {
  it.each([
    ["1", "Accessibilité des locaux : Accessible", true],
    ["5", "Accessibilité des locaux : Conforme", true],
    ["6", "Accessibilité des locaux : Ad'AP", false],
    ["3", "Accessibilité des locaux : Sur demande", false],
    ["2", "Accessibilité des locaux : Non accessible", false],
  ])("J50 code %s reads %j; wheelchair accessible: %s", (code, text, stepFree) => {
    expect(accessibilityText(code)).toBe(text);
    expect(STEP_FREE_ACCESSIBILITY_TEXTS.includes(text)).toBe(stepFree);
  });

  it("says nothing when the source says nothing", () => {
    expect(accessibilityText(undefined)).toBeNull();
    expect(accessibilityText("99")).toBeNull();
  });
});
