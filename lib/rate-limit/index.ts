import type { NextResponse } from "next/server";

import { getPrisma } from "@/lib/db";
import { env } from "@/lib/env";
import { errorContext, logger } from "@/lib/logger";

import { clientAddress } from "./client-ip";
import { createRateLimits, type LimitDecision, type LimitName, type RateLimits } from "./limiter";
import { tooManyRequestsJson, tooManyRequestsPage } from "./responses";

export { clientAddress } from "./client-ip";
export { createRateLimits, LIMIT_NAMES, type LimitDecision, type LimitName, type RateLimits } from "./limiter";
export { parseLimitSpec, type LimitSpec } from "./limit-spec";
export { tooManyAttemptsMessage, tooManyRequestsJson, tooManyRequestsPage } from "./responses";

const MANDATE_CODE_LIMITS: ReadonlySet<LimitName> = new Set(["code-mandat-personne", "code-mandat-adresse", "code-mandat-global"]);

const globalForLimits = globalThis as unknown as { portalRateLimits?: Promise<RateLimits> };

/** The portal's limits, on its database and with the values of lib/env.ts. */
function portalLimits(): Promise<RateLimits> {
  globalForLimits.portalRateLimits ??= getPrisma().then((prisma) => {
    const config = env();
    return createRateLimits(prisma, {
      specs: {
        connexion: config.RATE_LIMIT_SIGN_IN,
        "code-mandat-personne": config.RATE_LIMIT_MANDATE_CODE_PER_USER,
        "code-mandat-adresse": config.RATE_LIMIT_MANDATE_CODE_PER_ADDRESS,
        "code-mandat-global": config.RATE_LIMIT_MANDATE_CODE_GLOBAL,
        webhook: config.RATE_LIMIT_WEBHOOKS,
        api: config.RATE_LIMIT_JSON_API,
      },
      failClosed: MANDATE_CODE_LIMITS,
      onStoreError: (limit, error) => logger.error("Rate limit counter unavailable", { limit, failClosed: MANDATE_CODE_LIMITS.has(limit), ...errorContext(error) }),
    });
  });
  return globalForLimits.portalRateLimits;
}

/** Where a refused form post sends the person back to (a portal path, never from the request). */
export type FormBack = { href: `/${string}`; label: string };

async function decide(request: Request, attempts: Array<{ limit: LimitName; subject: string }>): Promise<LimitDecision> {
  const decision = await (await portalLimits()).consume(attempts);
  if (!decision.allowed) {
    logger.warn("Rate limit exceeded: request refused with 429", {
      limit: decision.limit,
      path: new URL(request.url).pathname,
      retryAfterSeconds: decision.retryAfterSeconds,
    });
  }
  return decision;
}

function address(request: Request): string {
  return clientAddress(request.headers, env().RATE_LIMIT_TRUSTED_PROXIES);
}

/**
 * The JSON APIs and webhooks: null when the request may go on, else the 429 to
 * return (`Retry-After`, `{ "erreur": "Trop de tentatives…" }`). Webhooks are
 * counted per partner and address, the other APIs per address.
 */
export async function limitJsonRequest(request: Request, limit: "api" | "webhook", partner?: string): Promise<NextResponse | null> {
  const subject = partner ? `${partner}:${address(request)}` : address(request);
  const decision = await decide(request, [{ limit, subject }]);
  return decision.allowed ? null : tooManyRequestsJson(decision.retryAfterSeconds);
}

/** A form posted without JavaScript (sign-in, notifications, preferences): null, or a 429 page in French. */
export async function limitFormPost(request: Request, limit: "connexion" | "api", back: FormBack): Promise<NextResponse | null> {
  const decision = await decide(request, [{ limit, subject: address(request) }]);
  return decision.allowed ? null : tooManyRequestsPage(decision.retryAfterSeconds, back);
}

/**
 * One typed mandate code: counted for the signed-in person, their address and the
 * whole portal, before the code is looked up (so parallel posts are all counted).
 */
export async function limitMandateCode(request: Request, userId: string, back: FormBack): Promise<NextResponse | null> {
  const decision = await decide(request, [
    { limit: "code-mandat-personne", subject: userId },
    { limit: "code-mandat-adresse", subject: address(request) },
    { limit: "code-mandat-global", subject: "portail" },
  ]);
  return decision.allowed ? null : tooManyRequestsPage(decision.retryAfterSeconds, back);
}
