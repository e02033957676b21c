import { z } from "zod";

// Shapes shared by both partners' wire formats (docs/adr/0006-requests-api-and-webhooks.md).

/** Calendar date, YYYY-MM-DD. */
export const calendarDate = z.iso.date();
/** Instant, ISO 8601 with an offset. */
export const instant = z.iso.datetime({ offset: true });

export const personSub = z.string().min(1).max(200);
export const requestId = z.string().regex(/^[A-Za-z0-9-]{1,40}$/, { error: "must be 1-40 letters, digits or hyphens" });
const text = z.string().min(1).max(2_000);
export const label = text;
export const optionalComment = z.string().max(2_000).optional().nullable();

export const webhookEventType = z.enum(["demande.mise-a-jour", "demande.creee"]);

/** The webhook body around one partner's Demande (the whole record, never a diff). */
export function webhookBody<Demande extends z.ZodType>(demande: Demande) {
  return z.object({ type: webhookEventType, date: instant, resume: label, demande });
}
