import { randomBytes } from "node:crypto";

import { Prisma, type PrismaClient } from "@prisma/client";
import { z } from "zod";

import { judgeSession, type SessionEndReason, type SessionLimits } from "./policy";

/** Result of one session check: an active session's owner, or why it is over (null: unknown id, e.g. account deleted). */
export type SessionCheck = { active: true; userId: string; idpSid: string | null } | { active: false; reason: SessionEndReason | null };

export type PartnerLogoutOutcome = "fermee" | "injoignable";

const outcomeSchema = z.record(z.string(), z.enum(["fermee", "injoignable"]));

/** What the signed-out page shows, read back by the ended session's id. */
export type SignedOutSummary = { visited: string[]; outcome: Record<string, PartnerLogoutOutcome> };

/** How long after sign-out the signed-out page may still show its summary. */
export const SIGNED_OUT_SUMMARY_MS = 15 * 60_000;

export type EndedSession = { idpSid: string | null; visited: string[] };

/** A session over by idle time or lifetime, handed over to partners that were not told yet. */
export type ExpiredSession = EndedSession & { id: string };

const EXPIRY_REASONS: SessionEndReason[] = ["inactivite", "duree-maximale"];

/** Ended sessions (and their hand-overs) are deleted this long after they end: kept for the person's export and for security checks, no longer. */
export const ENDED_SESSION_RETENTION_DAYS = 30;

/** The sweep runs every 5 minutes; an expiry older than this was handled (or its partners' own sessions are long over). */
const SWEEP_LOOKBACK_MS = 24 * 3_600_000;

export function createSessionService(getPrisma: () => Promise<PrismaClient>, clock: () => Date, limits: () => SessionLimits) {
  return {
    /** A new server-side session; its id is the only session value the cookie carries. */
    async start(userId: string, idpSid: string | null): Promise<string> {
      const prisma = await getPrisma();
      const id = randomBytes(32).toString("base64url");
      const now = clock();
      await prisma.portalSession.create({ data: { id, userId, idpSid, createdAt: now, lastSeenAt: now } });
      return id;
    },

    /** One indexed read; writes only to end an expired session or to refresh lastSeenAt (once a minute at most). */
    async check(id: string): Promise<SessionCheck> {
      const prisma = await getPrisma();
      const row = await prisma.portalSession.findUnique({
        where: { id },
        select: { userId: true, idpSid: true, createdAt: true, lastSeenAt: true, endedAt: true, endReason: true },
      });
      if (!row) return { active: false, reason: null };
      const now = clock();
      const verdict = judgeSession(row, now, limits());
      if (!verdict.active) {
        if (!verdict.alreadyEnded) {
          await prisma.portalSession.updateMany({ where: { id, endedAt: null }, data: { endedAt: now, endReason: verdict.reason } });
        }
        return { active: false, reason: verdict.reason };
      }
      if (verdict.touch) {
        // Conditional, so two parallel requests of one page do not both write.
        await prisma.portalSession.updateMany({ where: { id, endedAt: null, lastSeenAt: row.lastSeenAt }, data: { lastSeenAt: now } });
      }
      return { active: true, userId: row.userId, idpSid: row.idpSid };
    },

    /** Ends the session (idempotent) and tells which partners it was handed over to. */
    async end(id: string, reason: SessionEndReason): Promise<EndedSession | null> {
      const prisma = await getPrisma();
      await prisma.portalSession.updateMany({ where: { id, endedAt: null }, data: { endedAt: clock(), endReason: reason } });
      const row = await prisma.portalSession.findUnique({ where: { id }, select: { idpSid: true, handovers: { select: { partner: true }, orderBy: { firstAt: "asc" } } } });
      return row ? { idpSid: row.idpSid, visited: row.handovers.map((handover) => handover.partner) } : null;
    },

    /** Ends every open session of a person (e.g. before an account is deleted); returns how many. */
    async endAllOf(userId: string, reason: SessionEndReason): Promise<number> {
      const prisma = await getPrisma();
      const { count } = await prisma.portalSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: clock(), endReason: reason } });
      return count;
    },

    /**
     * The periodic sweep (lib/sessions/expiry-job.ts): ends the open sessions past a limit, as
     * `check` would at their next request; deletes those ended more than
     * ENDED_SESSION_RETENTION_DAYS ago; returns the expired ones of the last day that were handed
     * over to a partner and whose partners were not told yet (no logout outcome saved).
     */
    async sweepExpired(batch = 200): Promise<ExpiredSession[]> {
      const prisma = await getPrisma();
      const now = clock();
      const { idleMinutes, maxHours } = limits();
      const open = await prisma.portalSession.findMany({
        where: { endedAt: null, OR: [{ lastSeenAt: { lt: new Date(now.getTime() - idleMinutes * 60_000) } }, { createdAt: { lt: new Date(now.getTime() - maxHours * 3_600_000) } }] },
        select: { id: true, createdAt: true, lastSeenAt: true, endedAt: true, endReason: true },
        take: batch,
      });
      for (const row of open) {
        const verdict = judgeSession(row, now, limits());
        if (!verdict.active && !verdict.alreadyEnded) await prisma.portalSession.updateMany({ where: { id: row.id, endedAt: null }, data: { endedAt: now, endReason: verdict.reason } });
      }
      await prisma.portalSession.deleteMany({ where: { endedAt: { lt: new Date(now.getTime() - ENDED_SESSION_RETENTION_DAYS * 86_400_000) } } });
      const expired = await prisma.portalSession.findMany({
        where: { endedAt: { gte: new Date(now.getTime() - SWEEP_LOOKBACK_MS) }, endReason: { in: EXPIRY_REASONS }, logoutOutcome: { equals: Prisma.DbNull }, handovers: { some: {} } },
        select: { id: true, idpSid: true, handovers: { select: { partner: true }, orderBy: { firstAt: "asc" } } },
        orderBy: { endedAt: "asc" },
        take: batch,
      });
      return expired.map((row) => ({ id: row.id, idpSid: row.idpSid, visited: row.handovers.map((handover) => handover.partner) }));
    },

    /** Records a "Continuer sur …" hand-over of an active session. */
    async recordHandover(id: string, partner: string): Promise<void> {
      const prisma = await getPrisma();
      const now = clock();
      await prisma.partnerHandover.upsert({
        where: { sessionId_partner: { sessionId: id, partner } },
        create: { sessionId: id, partner, firstAt: now, lastAt: now },
        update: { lastAt: now },
      });
    },

    async saveLogoutOutcome(id: string, outcome: Record<string, PartnerLogoutOutcome>): Promise<void> {
      const prisma = await getPrisma();
      await prisma.portalSession.updateMany({ where: { id }, data: { logoutOutcome: outcome } });
    },

    /** The signed-out page's summary, for a session ended by sign-out in the last minutes; null otherwise. */
    async signedOutSummary(id: string): Promise<SignedOutSummary | null> {
      const prisma = await getPrisma();
      const row = await prisma.portalSession.findUnique({
        where: { id },
        select: { endedAt: true, endReason: true, logoutOutcome: true, handovers: { select: { partner: true }, orderBy: { firstAt: "asc" } } },
      });
      if (!row?.endedAt || row.endReason !== "deconnexion" || clock().getTime() - row.endedAt.getTime() > SIGNED_OUT_SUMMARY_MS) return null;
      const outcome = outcomeSchema.safeParse(row.logoutOutcome ?? {});
      return { visited: row.handovers.map((handover) => handover.partner), outcome: outcome.success ? outcome.data : {} };
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
