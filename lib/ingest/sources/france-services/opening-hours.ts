import type { OpeningSlot, Weekday } from "@/lib/offers/domain";

const RANGE = /^(\d{1,2})[:h](\d{2})\s*-\s*(\d{1,2})[:h](\d{2})$/;

export type OpeningHoursResult = { slots: OpeningSlot[]; unreadable: string[] };

/**
 * Reads the France Services day columns ("09:00 - 12:00 / 14:00 - 17:00") into
 * structured slots. Days whose text cannot be read are returned verbatim so the
 * original wording can still be shown.
 */
export function parseOpeningHours(days: ReadonlyArray<readonly [Weekday, string | undefined]>): OpeningHoursResult {
  const slots: OpeningSlot[] = [];
  const unreadable: string[] = [];
  for (const [day, text] of days) {
    const value = text?.trim() ?? "";
    if (value === "") continue;
    const daySlots = parseDay(day, value);
    if (daySlots) slots.push(...daySlots);
    else unreadable.push(`${day} : ${value}`);
  }
  return { slots, unreadable };
}

function parseDay(day: Weekday, value: string): OpeningSlot[] | null {
  const slots: OpeningSlot[] = [];
  for (const part of value.split("/")) {
    const match = RANGE.exec(part.trim());
    if (!match) return null;
    const opens = time(match[1], match[2]);
    const closes = time(match[3], match[4]);
    // The ANCT export writes "00:00 - 00:00" for an unused slot.
    if (opens === "00:00" && closes === "00:00") continue;
    if (!opens || !closes || opens >= closes) return null;
    if (!slots.some((slot) => slot.opens === opens && slot.closes === closes)) slots.push({ day, opens, closes });
  }
  return slots;
}

function time(hours: string | undefined, minutes: string | undefined): string | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (!Number.isInteger(h) || !Number.isInteger(m) || h > 23 || m > 59) return null;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}
