// The portal's one way to write a date in French. Instants are shown in France's
// time zone, so a server running in UTC still prints the date a person in France
// lives (23:30 UTC on 31 December is already 1 January in Paris).

const TIME_ZONE = "Europe/Paris";
const ISO_CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

const instantDate = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
const instantTime = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: TIME_ZONE });
// A calendar date has no time zone: read and written in UTC so it never moves by a day.
const calendarDate = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

function toDate(instant: Date | string): Date {
  const value = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(value.getTime())) throw new RangeError(`not a date: ${String(instant)}`);
  return value;
}

/** An instant → "1 décembre 2026", the day it is in France. */
export function formatDate(instant: Date | string): string {
  return instantDate.format(toDate(instant));
}

/** An instant → "1 décembre 2026 à 10 h 04" in France (French administrative writing of hours). */
export function formatDateTime(instant: Date | string): string {
  const value = toDate(instant);
  const [hours, minutes] = instantTime.format(value).split(":");
  return `${instantDate.format(value)} à ${Number(hours)} h ${minutes}`;
}

/** A calendar date "2026-12-01" (a deadline, a decision day) → "1 décembre 2026", with no time zone shift. */
export function formatCalendarDate(date: string): string {
  if (!ISO_CALENDAR_DATE.test(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return calendarDate.format(new Date(`${date}T00:00:00Z`));
}

/** "il y a 3 minutes", from two instants in milliseconds (a future `sinceMs` counts as now). */
export function formatElapsed(sinceMs: number, nowMs: number): string {
  const minutes = Math.floor(Math.max(0, nowMs - sinceMs) / 60_000);
  if (minutes < 1) return "il y a moins d'une minute";
  if (minutes < 60) return `il y a ${minutes} minute${minutes > 1 ? "s" : ""}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `il y a ${hours} heure${hours > 1 ? "s" : ""}`;
  const days = Math.floor(hours / 24);
  return `il y a ${days} jour${days > 1 ? "s" : ""}`;
}
