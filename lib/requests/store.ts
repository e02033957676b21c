import { Prisma, type PrismaClient } from "@prisma/client";

import type { PartnerId } from "@/lib/partners/handover";
import type { RawRequest } from "@/lib/partners/registry";

// The portal's last known copy of each partner request (PartnerRequest) and the
// outcome of its last read of each partner for each person (PartnerSync).

export type Db = PrismaClient | Prisma.TransactionClient;

export type StoreOutcome = "created" | "updated" | "stale";

/**
 * Saves a partner record unless the stored copy is as new or newer
 * (`misAJourLe`): deliveries and reads may arrive in any order.
 */
export async function storeRequest(db: Db, partner: PartnerId, raw: RawRequest, receivedAt: Date): Promise<StoreOutcome> {
  const partnerUpdatedAt = new Date(raw.misAJourLe);
  const data = { personSubject: raw.personneSub, payload: raw as unknown as Prisma.InputJsonValue, partnerUpdatedAt, receivedAt };
  const updated = await db.partnerRequest.updateMany({
    where: { partner, externalId: raw.id, partnerUpdatedAt: { lt: partnerUpdatedAt } },
    data,
  });
  if (updated.count > 0) return "updated";
  const existing = await db.partnerRequest.findUnique({ where: { partner_externalId: { partner, externalId: raw.id } }, select: { id: true } });
  if (existing) return "stale";
  try {
    await db.partnerRequest.create({ data: { partner, externalId: raw.id, ...data } });
    return "created";
  } catch (error) {
    // Created meanwhile by a concurrent read or delivery: one of them wins, both are the same record or newer.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "stale";
    throw error;
  }
}

export type StoredRequest = { payload: unknown; receivedAt: Date; partnerUpdatedAt: Date };

export async function readStoredRequests(db: Db, partner: PartnerId, personSubject: string): Promise<StoredRequest[]> {
  return db.partnerRequest.findMany({
    where: { partner, personSubject },
    select: { payload: true, receivedAt: true, partnerUpdatedAt: true },
    orderBy: { partnerUpdatedAt: "desc" },
  });
}

export async function readStoredRequest(db: Db, partner: PartnerId, externalId: string): Promise<(StoredRequest & { personSubject: string }) | null> {
  return db.partnerRequest.findUnique({
    where: { partner_externalId: { partner, externalId } },
    select: { payload: true, receivedAt: true, partnerUpdatedAt: true, personSubject: true },
  });
}

export async function recordSyncSuccess(db: Db, partner: PartnerId, personSubject: string, at: Date): Promise<void> {
  await db.partnerSync.upsert({
    where: { partner_personSubject: { partner, personSubject } },
    create: { partner, personSubject, lastSuccessAt: at },
    update: { lastSuccessAt: at },
  });
}

export async function recordSyncFailure(db: Db, partner: PartnerId, personSubject: string, at: Date, error: string): Promise<Date | null> {
  const sync = await db.partnerSync.upsert({
    where: { partner_personSubject: { partner, personSubject } },
    create: { partner, personSubject, lastFailureAt: at, lastError: error.slice(0, 500) },
    update: { lastFailureAt: at, lastError: error.slice(0, 500) },
    select: { lastSuccessAt: true },
  });
  return sync.lastSuccessAt;
}
