import { describe, expect, it } from "vitest";

import { WEEKDAYS } from "./domain";
import { ageRange, informationUpdatedAt, needsCdaphOrientation, openingHours, plainLabel } from "./display";

describe("openingHours", () => {
  it("says day and night every day when each day runs from 00:00 to 23:59", () => {
    expect(openingHours(WEEKDAYS.map((day) => ({ day, opens: "00:00", closes: "23:59" })))).toEqual({ always: true });
  });

  it("lists the open days with their hours, morning and afternoon on one line", () => {
    const slots = (["lundi", "mardi"] as const).flatMap((day) => [
      { day, opens: "13:30", closes: "17:30" },
      { day, opens: "09:00", closes: "12:30" },
    ]);
    expect(openingHours(slots)).toEqual({
      always: false,
      days: [
        { day: "lundi", label: "Lundi", hours: "9 h 00 – 12 h 30, 13 h 30 – 17 h 30" },
        { day: "mardi", label: "Mardi", hours: "9 h 00 – 12 h 30, 13 h 30 – 17 h 30" },
      ],
    });
  });

  it("is not day and night when one day is missing", () => {
    const slots = WEEKDAYS.slice(0, 6).map((day) => ({ day, opens: "00:00", closes: "23:59" }));
    expect(openingHours(slots)).toMatchObject({ always: false });
  });
});

describe("ageRange", () => {
  it.each([
    [60, 120, "à partir de 60 ans"],
    [18, 99, "à partir de 18 ans"],
    [0, 20, "jusqu'à 20 ans"],
    [6, 20, "de 6 à 20 ans"],
    [0, 120, "sans limite d'âge"],
    [null, null, null],
    [60, null, "à partir de 60 ans"],
  ])("%s–%s → %s", (min, max, expected) => {
    expect(ageRange(min, max)).toBe(expected);
  });
});

describe("plainLabel", () => {
  it.each([
    ["Personnes âgées en perte d'autonomie (PA) et aidants", "Personnes âgées en perte d'autonomie et aidants"],
    ["Personnes en situation de handicap (PH) et aidants", "Personnes en situation de handicap et aidants"],
    ["Lieu de vie et d'accueil (hors ESMS)", "Lieu de vie et d'accueil (hors établissement ou service médico-social)"],
    ["Public PA", "Public personnes âgées"],
    ["Pôle d'activités et de soins adaptés (PASA)", "Pôle d'activités et de soins adaptés (PASA)"],
  ])("%s", (label, expected) => {
    expect(plainLabel(label)).toBe(expected);
  });
});

describe("informationUpdatedAt", () => {
  it("prefers the source's own update date, else the day the portal fetched the offer", () => {
    const fetchedAt = new Date("2026-11-30T00:00:00Z");
    const sourceUpdatedAt = new Date("2025-03-02T00:00:00Z");
    expect(informationUpdatedAt({ sourceUpdatedAt, fetchedAt })).toBe(sourceUpdatedAt);
    expect(informationUpdatedAt({ sourceUpdatedAt: null, fetchedAt })).toBe(fetchedAt);
  });
});

describe("needsCdaphOrientation", () => {
  it("covers establishments for disabled people, not EHPAD", () => {
    expect(["mas", "fam-eam", "foyer-de-vie", "insertion-professionnelle"].every(needsCdaphOrientation)).toBe(true);
    expect(needsCdaphOrientation("ehpad")).toBe(false);
  });
});
