import type { PrismaClient } from "@prisma/client";

/**
 * An in-memory copy of some database content, per Prisma client (one per
 * database: tests open several), rebuilt when the content's version changes.
 * The version is read at most every `maxAgeMs`; concurrent callers share one
 * check and one load, and get the current copy while it runs (the first load
 * excepted); a failed load is not kept (the next call retries).
 */
export type VersionedCache<T> = {
  get(prisma: PrismaClient, options?: { maxAgeMs?: number }): Promise<T>;
  /** Forget the copy of this database (after a write made in this process). */
  invalidate(prisma: PrismaClient): void;
};

/** How long a copy is trusted before its version is checked again: an import shows in search within this delay. */
export const CACHE_MAX_AGE_MS = 1_000;

type Holder<T> = { value?: T; version?: string; checkedAt: number; pending?: Promise<T> };

export function versionedCache<T>(
  version: (prisma: PrismaClient) => Promise<string>,
  load: (prisma: PrismaClient) => Promise<T>,
): VersionedCache<T> {
  const holders = new WeakMap<PrismaClient, Holder<T>>();

  async function refresh(prisma: PrismaClient, holder: Holder<T>): Promise<T> {
    const current = await version(prisma);
    if (holder.value !== undefined && holder.version === current) {
      holder.checkedAt = Date.now();
      return holder.value;
    }
    // Version read before the load: a write landing during the load makes the next check reload again.
    const value = await load(prisma);
    Object.assign(holder, { value, version: current, checkedAt: Date.now() });
    return value;
  }

  return {
    get(prisma, { maxAgeMs = CACHE_MAX_AGE_MS } = {}) {
      let holder = holders.get(prisma);
      if (!holder) {
        holder = { checkedAt: 0 };
        holders.set(prisma, holder);
      }
      if (holder.value !== undefined && Date.now() - holder.checkedAt < maxAgeMs) return Promise.resolve(holder.value);
      // While one caller checks the version (or reloads), the others are served the current copy
      // instead of queueing behind that database round trip: under load it is the slowest part.
      if (holder.pending) return holder.value !== undefined ? Promise.resolve(holder.value) : holder.pending;
      const target = holder;
      const pending = refresh(prisma, target).finally(() => {
        target.pending = undefined;
      });
      target.pending = pending;
      return pending;
    },
    invalidate(prisma) {
      holders.delete(prisma);
    },
  };
}
