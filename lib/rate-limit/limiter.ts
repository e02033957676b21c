import type { PrismaClient } from "@prisma/client";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";

import type { LimitSpec } from "./limit-spec";

/**
 * The limits of the portal. Mandate codes have three: per signed-in person, per
 * address and portal-wide, so that neither one account, nor one desk, nor many
 * accounts together can try more than a few codes (README: the arithmetic).
 */
export const LIMIT_NAMES = [
  "connexion",
  "code-mandat-personne",
  "code-mandat-adresse",
  "code-mandat-global",
  "webhook",
  "api",
] as const;
export type LimitName = (typeof LIMIT_NAMES)[number];

export type LimitDecision = { allowed: true } | { allowed: false; limit: LimitName; retryAfterSeconds: number };

export type RateLimits = {
  /**
   * Counts one attempt of `subject` against each named limit in turn and stops at
   * the first one that is exceeded (the later limits are then not charged).
   */
  consume(attempts: Array<{ limit: LimitName; subject: string }>): Promise<LimitDecision>;
};

export type RateLimitsOptions = {
  specs: Record<LimitName, LimitSpec>;
  /**
   * Limits that refuse when the counters cannot be read (database down): the
   * mandate codes, because letting guesses through is worse than a short wait.
   * The others let the request through, so an outage of the counters does not
   * take the search down.
   */
  failClosed: ReadonlySet<LimitName>;
  onStoreError?: (limit: LimitName, error: unknown) => void;
};

/** Seconds to wait when a fail-closed limit cannot read its counter. */
const STORE_DOWN_RETRY_SECONDS = 60;

/**
 * Rate limits kept in the `RateLimit` table (rate-limiter-flexible's Prisma store:
 * an atomic `INSERT … ON CONFLICT DO UPDATE points = points + 1`), so that every
 * portal instance on the same database shares the counters.
 */
export function createRateLimits(prisma: PrismaClient, options: RateLimitsOptions): RateLimits {
  const limiters = new Map(
    LIMIT_NAMES.map((name) => [
      name,
      new RateLimiterPrisma({
        storeClient: prisma,
        // The store indexes the client by delegate name (camelCase of the model).
        tableName: "rateLimit",
        keyPrefix: name,
        points: options.specs[name].points,
        duration: options.specs[name].durationSeconds,
      }),
    ]),
  );

  return {
    async consume(attempts) {
      for (const { limit, subject } of attempts) {
        const limiter = limiters.get(limit) as RateLimiterPrisma;
        try {
          await limiter.consume(subject);
        } catch (outcome) {
          if (outcome instanceof RateLimiterRes) {
            return { allowed: false, limit, retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
          }
          options.onStoreError?.(limit, outcome);
          if (options.failClosed.has(limit)) return { allowed: false, limit, retryAfterSeconds: STORE_DOWN_RETRY_SECONDS };
        }
      }
      return { allowed: true };
    },
  };
}
