import { WEEKDAYS, type OpeningSlot, type Weekday } from "./domain";

/**
 * How an offer's facts read on its page and its list card: plain words
 * instead of the nomenclatures' abbreviations, hours and ages as a person
 * would say them, and the one update date of an offer.
 */

const ALL_DAY_OPENS = "00:00";
const ALL_DAY_CLOSES = new Set(["23:59", "24:00"]);
/** Sources write "no upper age limit" as 99 or 120 years. */
const NO_AGE_LIMIT = 99;

export const ALWAYS_OPEN = "Ouvert 24 h/24, 7 j/7";

/** "09:30" → "9 h 30". */
function time(value: string): string {
  const [hours = "", minutes = "00"] = value.split(":");
  return `${Number(hours)} h ${minutes.padStart(2, "0")}`;
}

export type OpeningDay = { day: Weekday; label: string; hours: string };

/** Open day and night every day, or the open days with their hours ("9 h 00 – 12 h 30, 13 h 30 – 17 h 30"). */
export function openingHours(slots: readonly OpeningSlot[]): { always: true } | { always: false; days: OpeningDay[] } {
  const allDay = WEEKDAYS.every((day) => slots.some((slot) => slot.day === day && slot.opens.startsWith(ALL_DAY_OPENS) && ALL_DAY_CLOSES.has(slot.closes.slice(0, 5))));
  if (allDay) return { always: true };
  const days = WEEKDAYS.flatMap((day) => {
    const ofDay = slots.filter((slot) => slot.day === day).sort((a, b) => a.opens.localeCompare(b.opens));
    if (ofDay.length === 0) return [];
    const hours = ofDay.map((slot) => `${time(slot.opens)} – ${time(slot.closes)}`).join(", ");
    return [{ day, label: `${day.charAt(0).toUpperCase()}${day.slice(1)}`, hours }];
  });
  return { always: false, days };
}

/** "à partir de 60 ans", "de 0 à 20 ans", "sans limite d'âge"… or null when the source says nothing. */
export function ageRange(ageMin: number | null, ageMax: number | null): string | null {
  if (ageMin === null && ageMax === null) return null;
  const from = ageMin !== null && ageMin > 0 ? ageMin : null;
  const to = ageMax !== null && ageMax < NO_AGE_LIMIT ? ageMax : null;
  if (from !== null && to !== null) return `de ${from} à ${to} ans`;
  if (from !== null) return `à partir de ${from} ans`;
  if (to !== null) return `jusqu'à ${to} ans`;
  return "sans limite d'âge";
}

const JARGON: ReadonlyArray<readonly [RegExp, string]> = [
  // "Personnes âgées … (PA)": the words are already there, the abbreviation only adds noise.
  [/\s*\((?:PA|PH)\)/g, ""],
  [/\bESMS\b/g, "établissement ou service médico-social"],
  [/\bPA\b/g, "personnes âgées"],
  [/\bPH\b/g, "personnes en situation de handicap"],
];

/** A nomenclature label in plain words: ESMS, PA and PH spelled out. */
export function plainLabel(label: string): string {
  return JARGON.reduce((text, [pattern, words]) => text.replace(pattern, words), label);
}

/**
 * The date an offer's information was last updated: the date its source says
 * it last changed the offer (`sourceUpdatedAt`), else the day the portal
 * fetched it. The list card and the offer page both show this one.
 */
export function informationUpdatedAt(offer: { sourceUpdatedAt: Date | null; fetchedAt: Date }): Date {
  return offer.sourceUpdatedAt ?? offer.fetchedAt;
}

/**
 * Types of establishments and services for disabled people that admit someone
 * only with an orientation decision of the CDAPH (at the MDPH).
 */
const NEEDS_CDAPH_ORIENTATION = new Set([
  "mas",
  "fam-eam",
  "foyer-de-vie",
  "uphv",
  "ime",
  "etablissement-enfants",
  "savs",
  "samsah",
  "sessad",
  "insertion-professionnelle",
]);

export function needsCdaphOrientation(typeSlug: string): boolean {
  return NEEDS_CDAPH_ORIENTATION.has(typeSlug);
}
