import type { PrismaClient } from "@prisma/client";
import { z } from "zod";

import { disclosureEntrySchema, recipientName, type DisclosureActor, type DisclosureEntry, type DisclosureRecipient, type DisclosureView } from "./model";

type Clock = () => Date;

/** The person reads their whole log; far more than a person will have, bounded so a page never grows without limit. */
export const DISCLOSURE_LOG_LIMIT = 500;

/** A caller passed an entry that breaks the model (a programming error, never the person's input). */
export class InvalidDisclosureError extends Error {
  constructor(issues: string) {
    super(`Invalid data disclosure entry: ${issues}`);
    this.name = "InvalidDisclosureError";
  }
}

const fullName = (user: { givenName: string; familyName: string }) => [user.givenName.trim(), user.familyName.trim()].filter(Boolean).join(" ");

export function createAuditService(getPrisma: () => Promise<PrismaClient>, clock: Clock = () => new Date()) {
  /** Writes one log entry; throws InvalidDisclosureError on a malformed entry, so nothing is sent unlogged by mistake. */
  async function recordDisclosure(entry: DisclosureEntry): Promise<{ id: string }> {
    const parsed = disclosureEntrySchema.safeParse(entry);
    if (!parsed.success) throw new InvalidDisclosureError(z.prettifyError(parsed.error).replace(/\s+/g, " "));
    const { at, reference, ...rest } = parsed.data;
    const prisma = await getPrisma();
    const row = await prisma.dataDisclosure.create({ data: { ...rest, reference: reference ?? null, at: at ?? clock() }, select: { id: true } });
    return row;
  }

  /** The person's log, most recent first. */
  async function listDisclosures(userId: string): Promise<DisclosureView[]> {
    const prisma = await getPrisma();
    const rows = await prisma.dataDisclosure.findMany({
      where: { userId },
      include: { actor: { select: { givenName: true, familyName: true } } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: DISCLOSURE_LOG_LIMIT,
    });
    return rows.map((row) => {
      const actor: DisclosureActor =
        row.actorUserId === row.userId ? { kind: "personne" } : row.actor ? { kind: "aidant", name: fullName(row.actor) } : { kind: "compte-supprime" };
      return {
        id: row.id,
        at: row.at,
        recipient: row.recipient as DisclosureRecipient,
        recipientName: recipientName(row.recipient),
        what: row.what,
        purpose: row.purpose,
        reference: row.reference,
        actor,
      };
    });
  }

  return { recordDisclosure, listDisclosures };
}

export type AuditService = ReturnType<typeof createAuditService>;
