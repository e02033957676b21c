import { randomBytes } from "node:crypto";

// In-memory, server-side sessions keyed by an unguessable id kept in an
// HttpOnly cookie. Sandbox services are single-process, so nothing is persisted.

export interface SessionStoreOptions {
  /** Sessions unused for this long are forgotten. */
  idleTtlSeconds: number;
  /** Injectable clock (milliseconds) for tests. */
  now?: () => number;
}

interface Entry<T> {
  data: T;
  lastSeen: number;
}

export class MemorySessionStore<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #idleTtlMs: number;
  readonly #now: () => number;

  constructor({ idleTtlSeconds, now = Date.now }: SessionStoreOptions) {
    this.#idleTtlMs = idleTtlSeconds * 1000;
    this.#now = now;
  }

  /** Stores data under a fresh 256-bit random id and returns the id. */
  create(data: T): string {
    this.#sweep();
    const id = randomBytes(32).toString("base64url");
    this.#entries.set(id, { data, lastSeen: this.#now() });
    return id;
  }

  get(id: string | undefined): T | undefined {
    if (!id) return undefined;
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    if (this.#now() - entry.lastSeen > this.#idleTtlMs) {
      this.#entries.delete(id);
      return undefined;
    }
    entry.lastSeen = this.#now();
    return entry.data;
  }

  delete(id: string | undefined): void {
    if (id) this.#entries.delete(id);
  }

  /** Forgets every session whose data matches (back-channel logout); returns how many. */
  deleteWhere(predicate: (data: T) => boolean): number {
    let count = 0;
    for (const [id, entry] of this.#entries) {
      if (predicate(entry.data)) {
        this.#entries.delete(id);
        count += 1;
      }
    }
    return count;
  }

  /** Every live session's data (read-only use). */
  *values(): IterableIterator<T> {
    for (const entry of this.#entries.values()) yield entry.data;
  }

  /** Replaces a session by a new id (after sign-in, against session fixation). */
  rotate(oldId: string | undefined, data: T): string {
    this.delete(oldId);
    return this.create(data);
  }

  get size(): number {
    return this.#entries.size;
  }

  #sweep(): void {
    const now = this.#now();
    for (const [id, entry] of this.#entries) {
      if (now - entry.lastSeen > this.#idleTtlMs) this.#entries.delete(id);
    }
  }
}
