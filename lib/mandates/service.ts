import { Prisma, type PrismaClient } from "@prisma/client";
import { z } from "zod";

import type { PortalSession } from "@/lib/auth";

import { generateInvitationCode, hashInvitationCode, normaliseInvitationCode } from "./code";
import { MandateAccessDeniedError, MandateError } from "./errors";

// "preparer-demandes": prepare a request in the portal and send its administrative part to the partner
// as a draft (lib/applications); only the person can sign it, at the partner.
export const MANDATE_SCOPES = ["voir-demarches", "recevoir-notifications", "preparer-demandes"] as const;
export type MandateScope = (typeof MANDATE_SCOPES)[number];

/** Whose requests are shown: the signed-in person, or a mandator. */
export type ViewedPerson = { userId: string; subject: string; name: string; mandateId: string | null };

/** en-attente: code not used yet; expiree: code unused past its date; active: accepted; retiree: revoked. */
export type MandateState = "en-attente" | "active" | "retiree" | "expiree";

export type MandateView = {
  id: string;
  state: MandateState;
  scopes: MandateScope[];
  /** The name the mandator typed, then the aidant's own name once accepted. */
  aidantName: string;
  aidantLabel: string;
  aidantUserId: string | null;
  mandatorUserId: string;
  mandatorName: string;
  createdAt: Date;
  codeExpiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

export type AccessLogEntry = { id: string; at: Date; aidantName: string; action: string; target: string | null };

export const INVITATION_VALIDITY_DAYS = 7;
export const MAX_PENDING_INVITATIONS = 10;
const ACCESS_LOG_PAGE = 200;

const userId = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const invitationInput = z.object({
  aidantLabel: z.string().trim().min(1).max(80),
  scopes: z.array(z.enum(MANDATE_SCOPES)).min(1).transform((scopes) => MANDATE_SCOPES.filter((scope) => scopes.includes(scope))),
});
export type InvitationInput = z.input<typeof invitationInput>;

type Clock = () => Date;

const fullName = (user: { givenName: string; familyName: string }) => [user.givenName.trim(), user.familyName.trim()].filter(Boolean).join(" ");

// Accepted and not revoked. Accepting always sets aidantId, so an accepted row has an aidant.
const activeMandate = () => ({ revokedAt: null, acceptedAt: { not: null } }) satisfies Prisma.MandateWhereInput;

type MandateRow = Prisma.MandateGetPayload<{ include: { mandator: true; aidant: true } }>;

export function mandateState(row: Pick<MandateRow, "revokedAt" | "acceptedAt" | "codeExpiresAt">, now: Date): MandateState {
  if (row.revokedAt) return "retiree";
  if (row.acceptedAt) return "active";
  return row.codeExpiresAt.getTime() <= now.getTime() ? "expiree" : "en-attente";
}

function toView(row: MandateRow, now: Date): MandateView {
  return {
    id: row.id,
    state: mandateState(row, now),
    scopes: MANDATE_SCOPES.filter((scope) => row.scopes.includes(scope)),
    aidantName: row.aidant ? fullName(row.aidant) : row.aidantLabel,
    aidantLabel: row.aidantLabel,
    aidantUserId: row.aidantId,
    mandatorUserId: row.mandatorId,
    mandatorName: fullName(row.mandator),
    createdAt: row.createdAt,
    codeExpiresAt: row.codeExpiresAt,
    acceptedAt: row.acceptedAt,
    revokedAt: row.revokedAt,
  };
}

/**
 * Every mandate rule, over a Prisma client given by the caller (the portal's
 * database in `index.ts`, a throw-away one in the integration tests).
 */
export function createMandateService(getPrisma: () => Promise<PrismaClient>, clock: Clock = () => new Date()) {
  async function resolveViewedPerson(session: PortalSession, personUserId: string | undefined, scope: MandateScope): Promise<ViewedPerson> {
    if (personUserId === undefined || personUserId === "" || personUserId === session.userId) {
      return { userId: session.userId, subject: session.subject, name: session.name, mandateId: null };
    }
    // A malformed id (query parameter typed by hand) is refused like an unknown person: never a 500.
    if (!userId.safeParse(personUserId).success) throw new MandateAccessDeniedError("Malformed person id");
    const prisma = await getPrisma();
    const mandate = await prisma.mandate.findFirst({
      where: { mandatorId: personUserId, aidantId: session.userId, scopes: { has: scope }, ...activeMandate() },
      include: { mandator: true },
      orderBy: { acceptedAt: "asc" },
    });
    if (!mandate) throw new MandateAccessDeniedError();
    return { userId: mandate.mandator.id, subject: mandate.mandator.subject, name: fullName(mandate.mandator), mandateId: mandate.id };
  }

  async function recordAccess(viewed: ViewedPerson, viewerUserId: string, action: string, target?: string): Promise<void> {
    if (viewed.mandateId === null || viewed.userId === viewerUserId) return;
    const prisma = await getPrisma();
    await prisma.mandateAccessLog.create({
      data: { mandateId: viewed.mandateId, aidantId: viewerUserId, mandatorId: viewed.userId, action: action.slice(0, 64), target: target?.slice(0, 200) ?? null, at: clock() },
    });
  }

  async function listConsultablePeople(aidantUserId: string): Promise<{ userId: string; name: string }[]> {
    const prisma = await getPrisma();
    const mandates = await prisma.mandate.findMany({
      where: { aidantId: aidantUserId, scopes: { has: "voir-demarches" }, ...activeMandate() },
      include: { mandator: true },
    });
    const people = new Map(mandates.map((mandate) => [mandate.mandatorId, { userId: mandate.mandatorId, name: fullName(mandate.mandator) }]));
    return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, "fr"));
  }

  async function listNotifiedAidants(mandatorUserId: string): Promise<{ userId: string; email: string | null }[]> {
    const prisma = await getPrisma();
    const mandates = await prisma.mandate.findMany({
      where: { mandatorId: mandatorUserId, scopes: { has: "recevoir-notifications" }, ...activeMandate() },
      include: { aidant: true },
    });
    const aidants = new Map<string, { userId: string; email: string | null }>();
    for (const mandate of mandates) if (mandate.aidant) aidants.set(mandate.aidant.id, { userId: mandate.aidant.id, email: mandate.aidant.email });
    return [...aidants.values()];
  }

  async function createInvitation(mandatorUserId: string, input: InvitationInput): Promise<{ mandate: MandateView; code: string }> {
    const parsed = invitationInput.safeParse(input);
    if (!parsed.success) throw new MandateError("saisie-invalide");
    const prisma = await getPrisma();
    const now = clock();
    const pending = await prisma.mandate.count({ where: { mandatorId: mandatorUserId, acceptedAt: null, revokedAt: null, codeExpiresAt: { gt: now } } });
    if (pending >= MAX_PENDING_INVITATIONS) throw new MandateError("trop-d-invitations");
    const codeExpiresAt = new Date(now.getTime() + INVITATION_VALIDITY_DAYS * 24 * 60 * 60 * 1000);
    // A collision of two 48-bit codes is unlikely but the hash is unique: draw again rather than fail.
    for (let attempt = 0; ; attempt += 1) {
      const code = generateInvitationCode();
      try {
        const row = await prisma.mandate.create({
          data: { mandatorId: mandatorUserId, aidantLabel: parsed.data.aidantLabel, scopes: parsed.data.scopes, codeHash: hashInvitationCode(code), codeExpiresAt, createdAt: now },
          include: { mandator: true, aidant: true },
        });
        return { mandate: toView(row, now), code };
      } catch (error) {
        if (attempt >= 2 || !(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      }
    }
  }

  async function acceptInvitation(aidantUserId: string, typedCode: string): Promise<MandateView> {
    const code = normaliseInvitationCode(typedCode);
    if (!code) throw new MandateError("code-invalide");
    const prisma = await getPrisma();
    const now = clock();
    // The hash stays on the row after acceptance so that a second use is told "déjà utilisé", not "inconnu".
    const invitation = await prisma.mandate.findUnique({ where: { codeHash: hashInvitationCode(code) } });
    if (!invitation) throw new MandateError("code-inconnu");
    if (invitation.mandatorId === aidantUserId) throw new MandateError("propre-invitation");
    if (invitation.acceptedAt) throw new MandateError("code-deja-utilise");
    if (invitation.revokedAt) throw new MandateError("invitation-retiree");
    if (invitation.codeExpiresAt.getTime() <= now.getTime()) throw new MandateError("code-expire");
    const existing = await prisma.mandate.count({ where: { mandatorId: invitation.mandatorId, aidantId: aidantUserId, ...activeMandate() } });
    if (existing > 0) throw new MandateError("deja-aidant");
    // Conditional update: of two people racing with the same code, exactly one wins.
    const claimed = await prisma.mandate.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, codeExpiresAt: { gt: now } },
      data: { aidantId: aidantUserId, acceptedAt: now },
    });
    if (claimed.count !== 1) throw new MandateError("code-deja-utilise");
    const row = await prisma.mandate.findUniqueOrThrow({ where: { id: invitation.id }, include: { mandator: true, aidant: true } });
    return toView(row, now);
  }

  /** The mandator withdraws (an invitation or an access), or the aidant renounces; effective at the next read. */
  async function revokeMandate(userIdOfRequester: string, mandateId: string): Promise<{ by: "mandant" | "aidant" }> {
    if (!userId.safeParse(mandateId).success) throw new MandateError("mandat-introuvable");
    const prisma = await getPrisma();
    const mandate = await prisma.mandate.findFirst({
      where: { id: mandateId, revokedAt: null, OR: [{ mandatorId: userIdOfRequester }, { aidantId: userIdOfRequester }] },
    });
    if (!mandate) throw new MandateError("mandat-introuvable");
    const revoked = await prisma.mandate.updateMany({ where: { id: mandate.id, revokedAt: null }, data: { revokedAt: clock() } });
    if (revoked.count !== 1) throw new MandateError("mandat-introuvable");
    return { by: mandate.mandatorId === userIdOfRequester ? "mandant" : "aidant" };
  }

  async function listMandatesGiven(mandatorUserId: string): Promise<MandateView[]> {
    const prisma = await getPrisma();
    const now = clock();
    const rows = await prisma.mandate.findMany({ where: { mandatorId: mandatorUserId }, include: { mandator: true, aidant: true }, orderBy: { createdAt: "desc" } });
    return rows.map((row) => toView(row, now));
  }

  async function listMandatesReceived(aidantUserId: string): Promise<MandateView[]> {
    const prisma = await getPrisma();
    const now = clock();
    const rows = await prisma.mandate.findMany({ where: { aidantId: aidantUserId }, include: { mandator: true, aidant: true }, orderBy: { acceptedAt: "desc" } });
    return rows.map((row) => toView(row, now));
  }

  /** Who saw what, when: the most recent first. */
  async function listAccessLog(mandatorUserId: string): Promise<AccessLogEntry[]> {
    const prisma = await getPrisma();
    const rows = await prisma.mandateAccessLog.findMany({
      where: { mandatorId: mandatorUserId },
      include: { mandate: { include: { aidant: true } } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: ACCESS_LOG_PAGE,
    });
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      aidantName: row.mandate.aidant ? fullName(row.mandate.aidant) : row.mandate.aidantLabel,
      action: row.action,
      target: row.target,
    }));
  }

  /**
   * The invitation whose code was just created, to show the code once: only
   * when it belongs to this mandator, is still pending and the code matches its hash.
   */
  async function findJustCreatedInvitation(mandatorUserId: string, mandateId: string, code: string): Promise<{ mandate: MandateView; code: string } | null> {
    const normalised = normaliseInvitationCode(code);
    if (!normalised || !userId.safeParse(mandateId).success) return null;
    const prisma = await getPrisma();
    const now = clock();
    const row = await prisma.mandate.findFirst({ where: { id: mandateId, mandatorId: mandatorUserId, codeHash: hashInvitationCode(normalised) }, include: { mandator: true, aidant: true } });
    if (!row || mandateState(row, now) !== "en-attente") return null;
    return { mandate: toView(row, now), code: normalised };
  }

  return {
    findJustCreatedInvitation,
    resolveViewedPerson,
    recordAccess,
    listConsultablePeople,
    listNotifiedAidants,
    createInvitation,
    acceptInvitation,
    revokeMandate,
    listMandatesGiven,
    listMandatesReceived,
    listAccessLog,
  };
}

export type MandateService = ReturnType<typeof createMandateService>;
