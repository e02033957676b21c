/**
 * The map endpoint's recent answers, by search. An answer is valid while the
 * catalogue copy it was computed on is current; once a new copy is in use, the
 * older answers are dropped at once (kept, they would also keep the old copy,
 * 350 MB at national size, alive until evicted). Bounded both in entries and
 * in bytes: a 100 km search at national size is over a megabyte of JSON.
 */
export type CachedAnswer<Snapshot> = { snapshot: Snapshot; body: string };

export type AnswerCacheLimits = { entries: number; bytes: number };

export class AnswerCache<Snapshot, Answer extends CachedAnswer<Snapshot>> {
  private readonly answers = new Map<string, Answer>();
  private snapshot: Snapshot | undefined;
  private bytes = 0;

  constructor(private readonly limits: AnswerCacheLimits) {}

  /** The answer for `key` computed on `snapshot`, if kept. */
  get(key: string, snapshot: Snapshot): Answer | undefined {
    const answer = this.answers.get(key);
    return answer?.snapshot === snapshot ? answer : undefined;
  }

  /** Keeps `answer` as the most recent one, evicting the oldest beyond the limits. */
  set(key: string, answer: Answer): void {
    if (answer.snapshot !== this.snapshot) {
      this.answers.clear();
      this.bytes = 0;
      this.snapshot = answer.snapshot;
    }
    this.delete(key);
    this.answers.set(key, answer);
    this.bytes += answer.body.length;
    while (this.answers.size > this.limits.entries || (this.bytes > this.limits.bytes && this.answers.size > 1)) {
      const oldest = this.answers.keys().next().value as string;
      this.delete(oldest);
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.answers.size, bytes: this.bytes };
  }

  private delete(key: string): void {
    const previous = this.answers.get(key);
    if (!previous) return;
    this.answers.delete(key);
    this.bytes -= previous.body.length;
  }
}
