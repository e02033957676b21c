// Calendar arithmetic on YYYY-MM-DD strings (no time zone involved), for the
// legal deadlines of requests: 4 months for an MDPH answer (article R. 241-33
// CASF), 2 months for a recours, 6 months of notice before rights expire.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** `date` plus `months` calendar months; the day is clamped to the end of a shorter month (31 Oct + 4 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** The legal deadline of an MDPH answer: filing date plus 4 months (no answer by then is a refusal). */
export function mdphLegalDeadline(filedOn: string): string {
  return addMonths(filedOn, 4);
}

/** The calendar date of an instant in France (Europe/Paris). */
export function parisDate(instant: Date | string): string {
  const value = typeof instant === "string" ? new Date(instant) : instant;
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(value);
}

/** True when `date` is on or after `today` and strictly before `today` plus `months`. */
export function isWithinMonths(date: string, today: string, months: number): boolean {
  return date >= today && date < addMonths(today, months);
}
