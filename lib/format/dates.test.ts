import { describe, expect, it } from "vitest";

import { formatCalendarDate, formatDate, formatDateTime, formatElapsed } from "./dates";

describe("formatDate", () => {
  it.each([
    ["2026-12-01T10:04:00Z", "1 décembre 2026"],
    // Late evening in UTC is already the next day in France (winter: UTC+1, summer: UTC+2).
    ["2026-12-31T23:30:00Z", "1 janvier 2027"],
    ["2026-06-30T22:30:00Z", "1 juillet 2026"],
    ["2026-06-30T21:30:00Z", "30 juin 2026"],
  ])("writes the instant %s as the day it is in France: %s", (instant, expected) => {
    expect(formatDate(instant)).toBe(expected);
    expect(formatDate(new Date(instant))).toBe(expected);
  });

  it("refuses a string that is not a date rather than printing « Invalid Date »", () => {
    expect(() => formatDate("pas une date")).toThrow(RangeError);
  });
});

describe("formatDateTime", () => {
  it.each([
    ["2026-12-01T09:04:00Z", "1 décembre 2026 à 10 h 04"],
    ["2026-07-14T06:00:00Z", "14 juillet 2026 à 8 h 00"],
    ["2026-12-31T23:05:00Z", "1 janvier 2027 à 0 h 05"],
  ])("writes %s in French time: %s", (instant, expected) => {
    expect(formatDateTime(new Date(instant))).toBe(expected);
  });
});

describe("formatCalendarDate", () => {
  it.each([
    ["2026-12-01", "1 décembre 2026"],
    ["2027-02-28", "28 février 2027"],
    ["2026-01-01", "1 janvier 2026"],
  ])("writes the calendar date %s without moving it by a day: %s", (date, expected) => {
    expect(formatCalendarDate(date)).toBe(expected);
  });

  it("refuses a value that is not YYYY-MM-DD", () => {
    expect(() => formatCalendarDate("01/12/2026")).toThrow(RangeError);
  });
});

describe("formatElapsed", () => {
  const now = Date.parse("2026-12-01T10:00:00Z");
  it.each([
    [0, "il y a moins d'une minute"],
    [59_000, "il y a moins d'une minute"],
    [60_000, "il y a 1 minute"],
    [3 * 60_000, "il y a 3 minutes"],
    [60 * 60_000, "il y a 1 heure"],
    [5 * 60 * 60_000, "il y a 5 heures"],
    [24 * 60 * 60_000, "il y a 1 jour"],
    [3 * 24 * 60 * 60_000 + 5, "il y a 3 jours"],
    [-60_000, "il y a moins d'une minute"],
  ])("%i ms ago reads %s", (ago, expected) => {
    expect(formatElapsed(now - ago, now)).toBe(expected);
  });
});
