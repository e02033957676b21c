import { describe, expect, it } from "vitest";

import { formatCount, formatDailyPrice, formatDistance, formatMonthlyPrice, telHref } from "./format";

describe("French formatting", () => {
  it.each([
    [0.4, "à moins d'1 km"],
    [2.345, "à 2,3 km"],
    [19, "à 19 km"],
  ])("distance %s → %s", (km, expected) => {
    expect(formatDistance(km)).toBe(expected);
  });

  it("formats prices the French way", () => {
    expect(formatMonthlyPrice(2400.4).replace(/\s/g, " ")).toBe("2 400 € par mois");
    expect(formatDailyPrice(72.5).replace(/\s/g, " ")).toBe("72,50 € par jour");
  });

  it("counts in singular and plural", () => {
    expect(formatCount(1, "solution", "solutions")).toBe("1 solution");
    expect(formatCount(1234, "solution", "solutions").replace(/\s/g, " ")).toBe("1 234 solutions");
  });

  it.each([
    ["04 72 00 00 00", "tel:+33472000000"],
    ["04.72.00.00.00", "tel:+33472000000"],
    ["+33 4 72 00 00 00", "tel:+33472000000"],
    ["appelez-nous", null],
    ["12 34", null],
  ])("tel link for %j", (phone, expected) => {
    expect(telHref(phone)).toBe(expected);
  });
});
