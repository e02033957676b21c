/** One limit: at most `points` attempts per fixed window of `durationSeconds`. */
export type LimitSpec = { points: number; durationSeconds: number };

const UNIT_SECONDS = { s: 1, min: 60, h: 3600 } as const;

/**
 * "120/1min", "5/1h", "30/10min", "600/30s" → a LimitSpec, or null when the text
 * is not of that shape. Read from the environment, so one variable says it all.
 */
export function parseLimitSpec(text: string): LimitSpec | null {
  const match = /^(\d{1,7})\/(\d{1,5})(s|min|h)$/.exec(text.trim());
  if (!match) return null;
  const points = Number(match[1]);
  const durationSeconds = Number(match[2]) * UNIT_SECONDS[match[3] as keyof typeof UNIT_SECONDS];
  if (points < 1 || durationSeconds < 1 || durationSeconds > 7 * 24 * 3600) return null;
  return { points, durationSeconds };
}

/** The French wording of a wait: « 1 minute », « 12 minutes » (never less than a minute, people read it). */
export function frenchWait(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes < 120) return minutes === 1 ? "1 minute" : `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} heures`;
}
