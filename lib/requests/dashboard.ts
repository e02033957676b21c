import type { PrismaClient } from "@prisma/client";

import { isPartnerError } from "@/lib/partners/errors";
import { handoverPath, type PartnerId } from "@/lib/partners/handover";
import type { PartnerApiConfig } from "@/lib/partners/json-api";
import { REQUEST_PARTNERS, requestPartner, type RawRequest } from "@/lib/partners/registry";
import { errorContext, logger } from "@/lib/logger";

import { parisDate } from "./dates";
import type { Dashboard, FollowedRequest, Orientation, PartnerState } from "./domain";
import { sortRequests } from "./ordering";
import { readStoredRequest, readStoredRequests, recordSyncFailure, recordSyncSuccess, storeRequest } from "./store";

export type DashboardOptions = {
  /** Partner API settings; default: from the environment. Tests point them at stand-ins on port 0. */
  apis?: Partial<Record<PartnerId, PartnerApiConfig>>;
  now?: Date;
};

type PartnerRead = { requests: FollowedRequest[]; orientations: Orientation[]; state: PartnerState };

function apiConfig(partner: PartnerId, options: DashboardOptions): PartnerApiConfig {
  return options.apis?.[partner] ?? requestPartner(partner).defaultApiConfig();
}

/** `/offres/<id>` of the catalogue offer of each FINESS ET the portal knows. */
async function offerPathsByFiness(prisma: PrismaClient, finessNumbers: string[]): Promise<Map<string, string>> {
  if (finessNumbers.length === 0) return new Map();
  const structures = await prisma.structure.findMany({
    where: { finessEt: { in: [...new Set(finessNumbers)] } },
    select: { finessEt: true, offers: { where: { listed: true }, select: { id: true }, orderBy: { id: "asc" }, take: 1 } },
  });
  const paths = new Map<string, string>();
  for (const structure of structures) {
    const offer = structure.offers[0];
    if (structure.finessEt && offer) paths.set(structure.finessEt, `/offres/${encodeURIComponent(offer.id)}`);
  }
  return paths;
}

/**
 * Maps `raws` to domain requests; `siblings` are all the person's requests at
 * this partner, so a right ending soon is not "à faire" when another request
 * already asks for it again.
 */
async function mapAll(prisma: PrismaClient, partner: PartnerId, raws: RawRequest[], today: string, siblings: RawRequest[] = raws): Promise<FollowedRequest[]> {
  const definition = requestPartner(partner);
  const offers = await offerPathsByFiness(prisma, raws.flatMap((raw) => (raw.etablissement ? [raw.etablissement.finess] : [])));
  const rightsUnderRequest = definition.rightsUnderRequest(siblings);
  return raws.map((raw) =>
    definition.map(raw, {
      today,
      handoverUrl: handoverPath(partner, raw.id),
      offerPath: raw.etablissement ? (offers.get(raw.etablissement.finess) ?? null) : null,
      rightsUnderRequest,
    }),
  );
}

/** Stored copies that still follow the contract (a copy that does not is logged and left out, never shown half-read). */
function validStored(partner: PartnerId, rows: { payload: unknown }[]): RawRequest[] {
  const definition = requestPartner(partner);
  return rows.flatMap((row) => {
    const raw = definition.parseRequest(row.payload);
    if (!raw) logger.error("Stored partner request no longer matches the contract; left out", { partner });
    return raw ? [raw] : [];
  });
}

function failureReason(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function logReadFailure(partner: PartnerId, error: unknown, fallback: string): void {
  const context = { partner, ...errorContext(error), fallback };
  // An outage is expected now and then; a refused key or a broken format needs someone to act.
  if (isPartnerError(error) && error.name === "PartnerUnavailableError") logger.warn("Partner read failed", context);
  else logger.error("Partner read failed", context);
}

async function readPartner(prisma: PrismaClient, partner: PartnerId, subject: string, options: DashboardOptions, now: Date): Promise<PartnerRead> {
  const today = parisDate(now);
  const definition = requestPartner(partner);
  try {
    const fresh = await definition.fetchPersonRequests(apiConfig(partner, options), subject);
    // Partners must only answer with this person's requests; anything else is dropped, not shown.
    const own = fresh.demandes.filter((raw) => raw.personneSub === subject);
    if (own.length !== fresh.demandes.length) logger.error("Partner returned requests of another person; dropped", { partner });
    await prisma.$transaction(async (tx) => {
      for (const raw of own) await storeRequest(tx, partner, raw, now);
      await recordSyncSuccess(tx, partner, subject, now);
    });
    // A webhook may have brought a newer copy than this read: show the newest.
    const stored = new Map(validStored(partner, await readStoredRequests(prisma, partner, subject)).map((raw) => [raw.id, raw]));
    const newest = own.map((raw) => {
      const copy = stored.get(raw.id);
      return copy && Date.parse(copy.misAJourLe) > Date.parse(raw.misAJourLe) ? copy : raw;
    });
    return {
      requests: await mapAll(prisma, partner, newest, today),
      orientations: fresh.orientations,
      state: { partner, available: true, checkedAt: now.toISOString() },
    };
  } catch (error) {
    if (!isPartnerError(error)) throw error;
    logReadFailure(partner, error, "last known copies");
    const lastSuccessAt = await recordSyncFailure(prisma, partner, subject, now, failureReason(error));
    const stored = validStored(partner, await readStoredRequests(prisma, partner, subject));
    return {
      requests: await mapAll(prisma, partner, stored, today),
      orientations: [],
      state: { partner, available: false, lastSuccessAt: lastSuccessAt?.toISOString() ?? null },
    };
  }
}

/**
 * Every request of one person across both partners, read in parallel. A
 * partner that fails is logged and replaced by the last known copies with
 * their date; the next read tries it again (recovery needs nothing else).
 */
export async function loadDashboard(prisma: PrismaClient, subject: string, options: DashboardOptions = {}): Promise<Dashboard> {
  const now = options.now ?? new Date();
  const reads = await Promise.all(REQUEST_PARTNERS.map((partner) => readPartner(prisma, partner, subject, options, now)));
  return {
    personSubject: subject,
    requests: sortRequests(reads.flatMap((read) => read.requests)),
    orientations: reads.flatMap((read) => read.orientations),
    partners: reads.map((read) => read.state),
    generatedAt: now.toISOString(),
  };
}

export type RequestView = { request: FollowedRequest; state: PartnerState };

/**
 * One request of one person, or null when it does not exist or belongs to
 * someone else (the page answers 404 either way: no one learns whose it is).
 */
export async function loadFollowedRequest(
  prisma: PrismaClient,
  subject: string,
  partner: PartnerId,
  id: string,
  options: DashboardOptions = {},
): Promise<RequestView | null> {
  const now = options.now ?? new Date();
  const today = parisDate(now);
  const definition = requestPartner(partner);
  let state: PartnerState = { partner, available: true, checkedAt: now.toISOString() };
  try {
    const fresh = await definition.fetchRequest(apiConfig(partner, options), id);
    if (!fresh || fresh.personneSub !== subject) return null;
    await storeRequest(prisma, partner, fresh, now);
  } catch (error) {
    if (!isPartnerError(error)) throw error;
    logReadFailure(partner, error, "last known copy");
    await recordSyncFailure(prisma, partner, subject, now, failureReason(error));
    state = { partner, available: false, lastSuccessAt: null };
  }
  const stored = await readStoredRequest(prisma, partner, id);
  if (!stored || stored.personSubject !== subject) return null;
  const [raw] = validStored(partner, [stored]);
  if (!raw) return null;
  if (!state.available) state = { partner, available: false, lastSuccessAt: stored.receivedAt.toISOString() };
  // The person's other requests as last read, for rights already being renewed.
  const siblings = validStored(partner, await readStoredRequests(prisma, partner, subject));
  const [request] = await mapAll(prisma, partner, [raw], today, siblings);
  return request ? { request, state } : null;
}
