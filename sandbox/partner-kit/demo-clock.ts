// Demo dates relative to the day the stand-in starts (or resets), so
// deadlines, "expires within 6 months" and "answer expected before" stay
// meaningful whatever day the demo runs, and stay the same all day long.

const DAY_MS = 86_400_000;

export interface DemoClock {
  /** The real current instant (for changes made while the demo runs). */
  now(): Date;
  /** Calendar date (YYYY-MM-DD) `days` from today (negative: in the past). */
  day(days: number): string;
  /** Instant `days` from today at a fixed time of day (UTC), ISO 8601. */
  instant(days: number, hour?: number, minute?: number): string;
}

/** Midnight UTC of the given instant's calendar day. */
function startOfDayUtc(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds whole months to a YYYY-MM-DD date, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return isoDay(target);
}

export function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

export function demoClock(now: () => Date = () => new Date()): DemoClock {
  return {
    now,
    day: (days) => isoDay(new Date(startOfDayUtc(now()) + days * DAY_MS)),
    instant: (days, hour = 9, minute = 0) => new Date(startOfDayUtc(now()) + days * DAY_MS + (hour * 60 + minute) * 60_000).toISOString(),
  };
}
