import { createHash } from "node:crypto";

import type { MesItem, Prisma, PrismaClient } from "@prisma/client";

import { createAuditService } from "@/lib/audit/service";
import { isRequestPartnerId, requestPartner } from "@/lib/partners/registry";
import { errorContext, logger } from "@/lib/logger";
import { parisDate, type FollowedRequest } from "@/lib/requests/model";

import { postDocumentReference, putAppointment, type FhirWriteOutcome } from "./fhir-client";
import { exchangeCode, MesGrantError, mesOAuthClient, newAuthorization, refreshTokens, revokeTokens, type MesClientConfig, type MesTokens } from "./oauth";
import { decisionPdf } from "./pdf";
import { cancelledEvent, MES_FLOWS, planFor, toAppointment, toDocumentReference, type AgendaEvent, type DecisionDocument, type MesFlow, type PlannedItem } from "./plan";
import { decryptToken, encryptToken } from "./token-crypto";

// The rules of the Mon espace santé link (docs/adr/0010-mon-espace-sante.md):
// pairing and consent per flow, what to send after each change of a person's
// requests, and one idempotent delivery per item. Only the person acts on their
// own pairing: every function takes the signed-in person's own user id.

export type MesServiceConfig = MesClientConfig & { tokenKey: Buffer };

/** One version of one item to send: the job queue's singleton key is made of both. */
export type PendingDelivery = { itemId: string; fingerprint: string };

/**
 * How deliveries run: `schedule` hands pending items over (to the job queue in
 * the portal; inline in tests), `cancel` drops the queued ones at once when
 * consent is withdrawn. Without it, `sync` delivers inline.
 */
export type MesDeliveryScheduler = {
  schedule(items: PendingDelivery[]): Promise<void>;
  cancel(items: PendingDelivery[]): Promise<void>;
};

export type DeliveryOutcome =
  | { outcome: "sent" }
  | { outcome: "skipped"; reason: string }
  /** MES down or unreachable: the item stays « en attente », tried again at `retryAt`. */
  | { outcome: "retry"; reason: string; retryAt: Date }
  /** Never to be sent (consent withdrawn, pairing over, refused by MES). */
  | { outcome: "give-up"; reason: string };

export type MesPairingView = { connected: boolean; flows: MesFlow[]; connectedAt: Date | null; endedAt: Date | null; endedBy: "personne" | "mes" | null };

/**
 * Items states: « en attente » until MES accepted the last version; « échoué » once MES stayed
 * unreachable through every retry of the queue (the person may send it again).
 */
export const ITEM_STATES = ["en-attente", "envoye", "annule", "abandonne", "echoue"] as const;

export type MesItemView = { id: string; flow: MesFlow; title: string; day: string; cancelled: boolean; state: (typeof ITEM_STATES)[number]; sentAt: Date | null; updatedAt: Date };

const AUTHORIZATION_TTL_MS = 10 * 60 * 1000;
const REFRESH_MARGIN_MS = 30 * 1000;
const FIRST_RETRY_MS = 5 * 1000;
const MAX_RETRY_MS = 60 * 60 * 1000;

/** 5 s, 10 s, 20 s… up to one hour between tries while MES is down. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

export class MesPairingError extends Error {
  override name = "MesPairingError";
  constructor(readonly code: "etat-inconnu" | "refus" | "indisponible" | "aucun-flux" | "non-connecte") {
    super(`MES pairing failed: ${code}`);
  }
}

/**
 * One job per version: the same content planned again after another was sent (a date moved back, a new
 * pairing) is a new version; retries of one version keep the key (sentAt only changes once it is sent).
 */
const deliveryOf = (item: { id: string; fingerprint: string; sentAt: Date | null; round: number }): PendingDelivery => ({ itemId: item.id, fingerprint: `${item.fingerprint}.${item.sentAt?.getTime() ?? 0}.${item.round}` });
const fingerprint = (item: PlannedItem) => createHash("sha256").update(JSON.stringify(item)).digest("hex");
const isFlow = (value: string): value is MesFlow => (MES_FLOWS as readonly string[]).includes(value);

export function createMesService(getPrisma: () => Promise<PrismaClient>, config: MesServiceConfig, now: () => Date = () => new Date(), scheduler?: MesDeliveryScheduler) {
  const audit = createAuditService(getPrisma, now);
  const client = mesOAuthClient(config);
  const fhirBase = `${config.url}/fhir`;
  const seal = (token: string) => encryptToken(token, config.tokenKey);

  async function activePairing(prisma: PrismaClient, userId: string) {
    const pairing = await prisma.mesPairing.findUnique({ where: { userId } });
    return pairing && !pairing.endedAt && pairing.refreshTokenEnc ? pairing : null;
  }

  async function storeTokens(prisma: PrismaClient, userId: string, tokens: MesTokens) {
    await prisma.mesPairing.update({
      where: { userId },
      data: { accessTokenEnc: seal(tokens.accessToken), refreshTokenEnc: seal(tokens.refreshToken), accessExpiresAt: tokens.expiresAt, flows: tokens.flows },
    });
  }

  /** Ends the pairing locally: tokens forgotten, nothing more sent. */
  async function endPairing(prisma: PrismaClient, userId: string, by: "personne" | "mes") {
    await cancelQueued(prisma, { userId, state: "en-attente" });
    await prisma.$transaction([
      prisma.mesPairing.update({ where: { userId }, data: { endedAt: now(), endedBy: by, accessTokenEnc: null, refreshTokenEnc: null, accessExpiresAt: null, flows: [] } }),
      prisma.mesItem.updateMany({ where: { userId, state: { in: ["en-attente", "echoue"] } }, data: { state: "annule" } }),
    ]);
    logger.info("MES pairing ended", { userId, by });
  }

  /** Withdrawal stops at once: the queued deliveries of these items are cancelled (the handler re-checks consent anyway). */
  async function cancelQueued(prisma: PrismaClient, where: Prisma.MesItemWhereInput) {
    if (!scheduler) return;
    const items = await prisma.mesItem.findMany({ where, select: { id: true, fingerprint: true, sentAt: true, round: true } });
    if (items.length > 0) await scheduler.cancel(items.map(deliveryOf));
  }

  /** A valid access token, refreshed when it is about to expire; MesGrantError ends the pairing. */
  async function accessToken(prisma: PrismaClient, userId: string, forceRefresh = false): Promise<string> {
    const pairing = await activePairing(prisma, userId);
    if (!pairing?.refreshTokenEnc) throw new MesGrantError("not paired");
    if (!forceRefresh && pairing.accessTokenEnc && pairing.accessExpiresAt && pairing.accessExpiresAt.getTime() - REFRESH_MARGIN_MS > now().getTime()) {
      return decryptToken(pairing.accessTokenEnc, config.tokenKey);
    }
    try {
      const tokens = await refreshTokens(client, decryptToken(pairing.refreshTokenEnc, config.tokenKey));
      await storeTokens(prisma, userId, tokens);
      return tokens.accessToken;
    } catch (error) {
      if (error instanceof MesGrantError) await endPairing(prisma, userId, "mes");
      throw error;
    }
  }

  /** The person's stored requests (last known copies), as the portal shows them. */
  async function followedRequests(prisma: PrismaClient, subject: string): Promise<FollowedRequest[]> {
    const rows = await prisma.partnerRequest.findMany({ where: { personSubject: subject }, orderBy: { partnerUpdatedAt: "asc" } });
    const today = parisDate(now());
    const requests: FollowedRequest[] = [];
    for (const row of rows) {
      if (!isRequestPartnerId(row.partner)) continue;
      const partner = requestPartner(row.partner);
      const raw = partner.parseRequest(row.payload);
      if (!raw) {
        logger.warn("MES sync skipped a stored request that no longer follows the contract", { partner: row.partner, externalId: row.externalId });
        continue;
      }
      requests.push(partner.map(raw, { today, handoverUrl: "", offerPath: null }));
    }
    return requests;
  }

  const service = {
    /** What the page shows: the pairing and every item, newest first. Never an aidant's view: `userId` is the signed-in person. */
    async view(userId: string): Promise<{ pairing: MesPairingView; items: MesItemView[] }> {
      const prisma = await getPrisma();
      const [pairing, items] = await Promise.all([
        prisma.mesPairing.findUnique({ where: { userId } }),
        prisma.mesItem.findMany({ where: { userId }, orderBy: [{ updatedAt: "desc" }] }),
      ]);
      const connected = Boolean(pairing && !pairing.endedAt && pairing.refreshTokenEnc);
      return {
        pairing: {
          connected,
          flows: connected ? (pairing?.flows ?? []).filter(isFlow) : [],
          connectedAt: pairing?.connectedAt ?? null,
          endedAt: pairing?.endedAt ?? null,
          endedBy: pairing?.endedBy === "mes" || pairing?.endedBy === "personne" ? pairing.endedBy : null,
        },
        items: items.map((item) => ({
          id: item.id,
          flow: isFlow(item.flow) ? item.flow : "agenda",
          title: item.title,
          day: item.day,
          cancelled: item.fhirStatus === "cancelled",
          state: (ITEM_STATES as readonly string[]).includes(item.state) ? (item.state as MesItemView["state"]) : "en-attente",
          sentAt: item.sentAt,
          updatedAt: item.updatedAt,
        })),
      };
    },

    /** Starts a pairing (or widens the consent): the URL of MES's consent screen. */
    async startAuthorization(userId: string, flows: readonly MesFlow[]): Promise<string> {
      if (flows.length === 0) throw new MesPairingError("aucun-flux");
      const prisma = await getPrisma();
      const authorization = newAuthorization(client, flows);
      await prisma.mesAuthorization.deleteMany({ where: { createdAt: { lt: new Date(now().getTime() - AUTHORIZATION_TTL_MS) } } });
      await prisma.mesAuthorization.create({ data: { state: authorization.state, userId, codeVerifier: authorization.codeVerifier, flows: [...flows] } });
      return authorization.url;
    },

    /** MES sent the person back: checks the state (single use, this person's, 10 minutes), exchanges the code, stores the tokens encrypted. */
    async completeAuthorization(userId: string, subject: string, callbackUrl: string): Promise<MesFlow[]> {
      const prisma = await getPrisma();
      const state = new URL(callbackUrl).searchParams.get("state") ?? "";
      const pending = await prisma.mesAuthorization.findUnique({ where: { state } });
      if (pending) await prisma.mesAuthorization.delete({ where: { state } });
      if (!pending || pending.userId !== userId || pending.createdAt.getTime() < now().getTime() - AUTHORIZATION_TTL_MS) {
        logger.warn("MES pairing callback refused: unknown, expired or someone else's state", { userId });
        throw new MesPairingError("etat-inconnu");
      }
      if (new URL(callbackUrl).searchParams.get("error")) throw new MesPairingError("refus");
      let tokens: MesTokens;
      try {
        tokens = await exchangeCode(client, config, callbackUrl, state, pending.codeVerifier);
      } catch (error) {
        logger.warn("MES pairing code exchange failed", { userId, ...errorContext(error) });
        throw new MesPairingError(error instanceof MesGrantError ? "refus" : "indisponible");
      }
      const previous = await activePairing(prisma, userId);
      const data = { personSubject: subject, accessTokenEnc: seal(tokens.accessToken), refreshTokenEnc: seal(tokens.refreshToken), accessExpiresAt: tokens.expiresAt, flows: tokens.flows, endedAt: null, endedBy: null };
      await prisma.mesPairing.upsert({ where: { userId }, create: { userId, ...data }, update: previous ? data : { ...data, connectedAt: now() } });
      // A new pairing (MES may hold nothing of before): everything planned is sent again, idempotently.
      if (!previous) await prisma.mesItem.updateMany({ where: { userId }, data: { fingerprint: "" } });
      logger.info("MES pairing completed", { userId, flows: tokens.flows });
      return tokens.flows;
    },

    /**
     * Switches flows off at once (nothing queued for them is sent) and tells
     * MES by narrowing the grant on refresh. Switching a flow on needs the
     * person's consent at MES: the caller then calls startAuthorization.
     */
    async narrowFlows(userId: string, flows: readonly MesFlow[]): Promise<void> {
      const prisma = await getPrisma();
      const pairing = await activePairing(prisma, userId);
      if (!pairing?.refreshTokenEnc) throw new MesPairingError("non-connecte");
      const kept = pairing.flows.filter((flow): flow is MesFlow => isFlow(flow) && flows.includes(flow));
      const withdrawn = pairing.flows.filter((flow) => !kept.includes(flow as MesFlow));
      await cancelQueued(prisma, { userId, state: "en-attente", flow: { in: withdrawn } });
      await prisma.$transaction([
        prisma.mesPairing.update({ where: { userId }, data: { flows: kept } }),
        prisma.mesItem.updateMany({ where: { userId, state: { in: ["en-attente", "echoue"] }, flow: { in: withdrawn } }, data: { state: "annule" } }),
      ]);
      try {
        await storeTokens(prisma, userId, await refreshTokens(client, decryptToken(pairing.refreshTokenEnc, config.tokenKey), kept));
      } catch (error) {
        // The portal already stopped sending; MES's own record catches up at the next refresh.
        logger.warn("MES consent narrowing not confirmed by MES", { userId, ...errorContext(error) });
        if (error instanceof MesGrantError) await endPairing(prisma, userId, "mes");
      }
      logger.info("MES flows withdrawn", { userId, withdrawn });
    },

    /** "Déconnecter": revokes at MES (best effort) and forgets the tokens. */
    async disconnect(userId: string): Promise<void> {
      const prisma = await getPrisma();
      const pairing = await activePairing(prisma, userId);
      if (!pairing?.refreshTokenEnc) return;
      try {
        await revokeTokens(client, decryptToken(pairing.refreshTokenEnc, config.tokenKey));
      } catch (error) {
        logger.warn("MES revocation failed; tokens forgotten anyway", { userId, ...errorContext(error) });
      }
      await endPairing(prisma, userId, "personne");
    },

    /**
     * Recomputes what the person's requests ask to send and records what
     * changed as « en attente »; returns every item still to send.
     */
    async plan(userId: string): Promise<(PendingDelivery & { due: boolean })[]> {
      const prisma = await getPrisma();
      const pairing = await activePairing(prisma, userId);
      if (!pairing) return [];
      const flows = pairing.flows.filter(isFlow);
      if (flows.length === 0) return [];
      const requests = await followedRequests(prisma, pairing.personSubject);
      const existing = new Map((await prisma.mesItem.findMany({ where: { userId } })).map((item) => [item.identifier, item]));
      const planned: PlannedItem[] = [];
      for (const request of requests) {
        const items = planFor(request, flows);
        planned.push(...items);
        // An event sent before whose step no longer holds is cancelled at MES.
        const agendaPrefix = `${request.partner}/${request.id}/`;
        if (flows.includes("agenda")) {
          for (const item of existing.values()) {
            if (item.flow !== "agenda" || !item.identifier.startsWith(agendaPrefix) || item.fhirStatus === "cancelled" || item.sentAt === null) continue;
            if (!items.some((next) => next.identifier === item.identifier)) planned.push(cancelledEvent(item.payload as unknown as AgendaEvent));
          }
        }
      }
      for (const item of planned) {
        const print = fingerprint(item);
        const previous = existing.get(item.identifier);
        if (previous && previous.fingerprint === print && previous.state !== "annule") continue;
        const data = {
          flow: item.flow,
          partner: item.partner,
          externalId: item.externalId,
          title: item.title,
          day: item.day,
          fhirStatus: item.flow === "agenda" ? item.status : "current",
          fingerprint: print,
          payload: item as unknown as Prisma.InputJsonValue,
          state: "en-attente",
          attempts: 0,
          nextAttemptAt: now(),
          lastError: null,
        };
        await prisma.mesItem.upsert({ where: { userId_identifier: { userId, identifier: item.identifier } }, create: { userId, identifier: item.identifier, ...data }, update: data });
      }
      const pending = await prisma.mesItem.findMany({ where: { userId, state: "en-attente" }, select: { id: true, fingerprint: true, sentAt: true, round: true, nextAttemptAt: true }, orderBy: { createdAt: "asc" } });
      return pending.map((item) => ({ ...deliveryOf(item), due: item.nextAttemptAt <= now() }));
    },

    /** One idempotent send of one item (the job handler's body): re-checks the pairing and the consent first. */
    async deliver(itemId: string): Promise<DeliveryOutcome> {
      const prisma = await getPrisma();
      const item = await prisma.mesItem.findUnique({ where: { id: itemId } });
      if (!item || item.state !== "en-attente") return { outcome: "skipped", reason: "nothing pending" };
      const pairing = await activePairing(prisma, item.userId);
      if (!pairing || !pairing.flows.includes(item.flow)) {
        await prisma.mesItem.update({ where: { id: item.id }, data: { state: "annule" } });
        return { outcome: "give-up", reason: "consent withdrawn or pairing ended" };
      }
      const user = await prisma.user.findUnique({ where: { id: item.userId }, select: { givenName: true, familyName: true } });
      const send = async (token: string): Promise<FhirWriteOutcome> => {
        if (item.flow === "agenda") return putAppointment(fhirBase, token, toAppointment(item.payload as unknown as AgendaEvent, pairing.personSubject));
        const document = item.payload as unknown as DecisionDocument;
        const pdf = await decisionPdf(document, `${user?.givenName ?? ""} ${user?.familyName ?? ""}`.trim(), parisDate(now()));
        return postDocumentReference(fhirBase, token, toDocumentReference(document, Buffer.from(pdf).toString("base64")));
      };
      let result: FhirWriteOutcome;
      try {
        result = await send(await accessToken(prisma, item.userId));
        if (result.kind === "unauthorized") result = await send(await accessToken(prisma, item.userId, true));
      } catch (error) {
        if (error instanceof MesGrantError) {
          await prisma.mesItem.updateMany({ where: { id: item.id, state: "en-attente" }, data: { state: "annule", lastError: error.message } });
          return { outcome: "give-up", reason: error.message };
        }
        result = { kind: "unavailable", detail: error instanceof Error ? error.message : String(error) };
      }
      return record(prisma, item, result);
    },

    /**
     * Plans, then hands every pending item to the job queue (the singleton key
     * keeps one job per version); without a scheduler, delivers what is due inline.
     */
    async sync(userId: string): Promise<DeliveryOutcome[]> {
      const pending = await service.plan(userId);
      if (scheduler) {
        await scheduler.schedule(pending.map(({ itemId, fingerprint }) => ({ itemId, fingerprint })));
        return [];
      }
      const outcomes: DeliveryOutcome[] = [];
      for (const item of pending) if (item.due) outcomes.push(await service.deliver(item.itemId));
      return outcomes;
    },

    /**
     * The queue tried every retry and MES never answered: the item is « non envoyé » (not « en
     * attente » for ever) until its content changes or the person asks to send it again.
     */
    async markFailed(itemId: string, reason: string): Promise<void> {
      const prisma = await getPrisma();
      const { count } = await prisma.mesItem.updateMany({ where: { id: itemId, state: "en-attente" }, data: { state: "echoue", lastError: reason } });
      if (count > 0) logger.error("MES delivery failed after every retry", { itemId, reason });
    },

    /** « Réessayer l'envoi »: the person's failed items wait again, as a new round (a new job), then are handed to the queue. */
    async retryFailed(userId: string): Promise<number> {
      const prisma = await getPrisma();
      const pairing = await activePairing(prisma, userId);
      if (!pairing) return 0;
      const { count } = await prisma.mesItem.updateMany({ where: { userId, state: "echoue", flow: { in: pairing.flows } }, data: { state: "en-attente", attempts: 0, nextAttemptAt: now(), round: { increment: 1 } } });
      if (count > 0) {
        logger.info("MES failed items sent again at the person's request", { userId, count });
        await service.sync(userId);
      }
      return count;
    },

    /** Account deletion: everything the portal holds about the person's MES link. */
    async forget(userId: string): Promise<void> {
      const prisma = await getPrisma();
      await prisma.$transaction([prisma.mesItem.deleteMany({ where: { userId } }), prisma.mesAuthorization.deleteMany({ where: { userId } }), prisma.mesPairing.deleteMany({ where: { userId } })]);
    },
  };

  async function record(prisma: PrismaClient, item: MesItem, result: FhirWriteOutcome): Promise<DeliveryOutcome> {
    const context = { userId: item.userId, identifier: item.identifier, flow: item.flow };
    if (result.kind === "ok") {
      await prisma.mesItem.update({ where: { id: item.id }, data: { state: "envoye", sentAt: now(), mesId: result.id, attempts: { increment: 1 }, lastError: null } });
      // The person's data-sharing log: what went to Mon espace santé, when (only the person pairs, so they are the actor).
      await audit.recordDisclosure({
        userId: item.userId,
        actorUserId: item.userId,
        recipient: "mon-espace-sante",
        what: item.flow === "agenda" ? `événement d'agenda : ${item.title.slice(0, 250)}` : `document : ${item.title.slice(0, 250)}`,
        purpose: item.flow === "agenda" ? "agenda de Mon espace santé" : "documents de Mon espace santé",
        reference: item.identifier.slice(0, 100),
      });
      logger.info("MES item delivered", context);
      return { outcome: "sent" };
    }
    if (result.kind === "consent-refused") {
      // Withdrawn at MES: the portal stops asking for this flow until the person consents again.
      const pairing = await prisma.mesPairing.findUnique({ where: { userId: item.userId } });
      await prisma.$transaction([
        prisma.mesPairing.update({ where: { userId: item.userId }, data: { flows: (pairing?.flows ?? []).filter((flow) => flow !== item.flow) } }),
        prisma.mesItem.updateMany({ where: { userId: item.userId, flow: item.flow, state: "en-attente" }, data: { state: "annule", lastError: result.detail } }),
      ]);
      logger.warn("MES refused a write: consent not given", { ...context, detail: result.detail });
      return { outcome: "give-up", reason: result.detail };
    }
    if (result.kind === "unavailable" || result.kind === "unauthorized") {
      const attempts = item.attempts + 1;
      const retryAt = new Date(now().getTime() + retryDelayMs(attempts));
      const detail = result.kind === "unavailable" ? result.detail : "still unauthorized after a refresh";
      await prisma.mesItem.update({ where: { id: item.id }, data: { attempts, nextAttemptAt: retryAt, lastError: detail } });
      logger.warn("MES delivery postponed", { ...context, attempts, retryAt: retryAt.toISOString(), detail });
      return { outcome: "retry", reason: detail, retryAt };
    }
    await prisma.mesItem.update({ where: { id: item.id }, data: { state: "abandonne", attempts: { increment: 1 }, lastError: result.detail } });
    logger.error("MES refused an item for good", { ...context, detail: result.detail });
    return { outcome: "give-up", reason: result.detail };
  }

  return service;
}

export type MesService = ReturnType<typeof createMesService>;
