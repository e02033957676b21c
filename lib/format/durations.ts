const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

// Largest unit first; a duration is written in the largest unit that divides it exactly,
// so « 90 minutes » stays exact instead of becoming « 1,5 heure ».
const UNITS = [
  { seconds: YEAR, one: "an", many: "ans" },
  { seconds: DAY, one: "jour", many: "jours" },
  { seconds: HOUR, one: "heure", many: "heures" },
  { seconds: MINUTE, one: "minute", many: "minutes" },
] as const;
const SECOND = { seconds: 1, one: "seconde", many: "secondes" } as const;

/** A length of time in French words: « 30 minutes », « 8 heures », « 7 jours », « 1 an ». */
export function formatDuration(seconds: number): string {
  if (!Number.isInteger(seconds) || seconds <= 0) throw new RangeError(`formatDuration expects a positive whole number of seconds, got ${seconds}`);
  const unit = UNITS.find((candidate) => seconds % candidate.seconds === 0) ?? SECOND;
  const count = seconds / unit.seconds;
  return `${count} ${count > 1 ? unit.many : unit.one}`;
}
