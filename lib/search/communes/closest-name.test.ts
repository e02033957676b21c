import { describe, expect, it } from "vitest";

import { closestName, editDistance } from "./closest-name";

describe("editDistance", () => {
  it.each([
    ["villeurbane", "villeurbanne", 1],
    ["vileurbanne", "villeurbanne", 1],
    ["villuerbanne", "villeurbanne", 1],
    ["marseile", "marseille", 1],
    ["lyon", "lyon", 0],
    ["bordeau", "bordeaux", 1],
    ["toulouse", "tolouse", 1],
    ["grenble", "grenoble", 1],
  ])("%s → %s: %i", (a, b, distance) => {
    expect(editDistance(a, b, 2)).toBe(distance);
  });

  it("stops counting past the limit", () => {
    expect(editDistance("paris", "marseille", 2)).toBe(3);
  });
});

describe("closestName", () => {
  const names = ["paris", "marseille", "lyon", "villeurbanne", "villeurbane sur mer"];

  it("suggests the closest name within the edits its length allows", () => {
    expect(closestName("villeurbane", names)).toBe("villeurbanne");
    expect(closestName("marseile", names)).toBe("marseille");
  });

  it("suggests nothing for short or far names", () => {
    expect(closestName("lio", names)).toBeNull();
    expect(closestName("strasbourg", names)).toBeNull();
  });

  it("prefers the first of equally close names (the most populated)", () => {
    expect(closestName("pari", ["pars", "paris"])).toBe("pars");
  });
});
