import { describe, expect, it } from "vitest";

import { formatDuration } from "./durations";

describe("formatDuration", () => {
  it.each([
    [60, "1 minute"],
    [30 * 60, "30 minutes"],
    [90 * 60, "90 minutes"],
    [60 * 60, "1 heure"],
    [8 * 60 * 60, "8 heures"],
    [7 * 24 * 60 * 60, "7 jours"],
    [365 * 24 * 60 * 60, "1 an"],
    [2 * 365 * 24 * 60 * 60, "2 ans"],
    [45, "45 secondes"],
  ])("writes %i seconds as « %s »", (seconds, words) => {
    expect(formatDuration(seconds)).toBe(words);
  });

  it.each([0, -60, 1.5, Number.NaN])("refuses %s rather than printing nonsense to a person", (seconds) => {
    expect(() => formatDuration(seconds)).toThrow(RangeError);
  });
});
