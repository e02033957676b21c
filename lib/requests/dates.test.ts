import { describe, expect, it } from "vitest";

import { addMonths, isWithinMonths, mdphLegalDeadline, parisDate } from "./dates";

describe("request deadlines", () => {
  it.each([
    ["2026-10-15", 4, "2027-02-15"],
    ["2026-10-31", 4, "2027-02-28"],
    ["2027-10-31", 4, "2028-02-29"],
    ["2026-08-31", 1, "2026-09-30"],
    ["2026-12-01", 6, "2027-06-01"],
    ["2026-01-31", -2, "2025-11-30"],
  ])("addMonths(%s, %i) is %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it("puts the MDPH legal deadline 4 months after filing (R. 241-33 CASF)", () => {
    expect(mdphLegalDeadline("2026-08-01")).toBe("2026-12-01");
    expect(mdphLegalDeadline("2026-10-31")).toBe("2027-02-28");
  });

  it.each([
    ["2027-05-31", true],
    ["2027-06-01", false],
    ["2026-12-01", true],
    ["2026-11-30", false],
  ])("isWithinMonths(%s, 2026-12-01, 6) is %s", (date, expected) => {
    expect(isWithinMonths(date, "2026-12-01", 6)).toBe(expected);
  });

  it("takes the calendar date in France, not in UTC", () => {
    expect(parisDate(new Date("2026-11-30T23:30:00Z"))).toBe("2026-12-01");
    expect(parisDate("2026-07-01T21:59:00Z")).toBe("2026-07-01");
  });

  it("refuses a malformed date", () => {
    expect(() => addMonths("01/12/2026", 1)).toThrow(RangeError);
  });
});
