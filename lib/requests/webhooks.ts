import { Prisma, type PrismaClient } from "@prisma/client";
import { Webhook, WebhookVerificationError } from "standardwebhooks";

import { env } from "@/lib/env";
import { getJobQueue, type JobQueue } from "@/lib/jobs";
import { partnerDeepLink, type PartnerId } from "@/lib/partners/handover";
import { requestPartner } from "@/lib/partners/registry";
import { errorContext, logger } from "@/lib/logger";
import { requestMesSync } from "@/lib/mes";

import { parisDate } from "./dates";
import { notificationText, requestPath } from "./notification-texts";
import { notificationEmailJob } from "./notification-email";
import { storeRequest } from "./store";

// Receives partner webhooks (Standard Webhooks v1, docs/adr/0006): verifies the
// signature and timestamp, ignores replays, stores the record unless a newer
// copy is known, and notifies the person and their aidants in one transaction.

export type WebhookDependencies = {
  /** Webhook secret (whsec_…) of each partner; default: from the environment. */
  secrets?: Partial<Record<PartnerId, string>>;
  /** Aidants with an active "recevoir-notifications" mandate (lib/mandates). */
  listNotifiedAidants: (mandatorUserId: string) => Promise<{ userId: string; email: string | null }[]>;
  /** SMTP URL for e-mail copies; default: SMTP_URL (unset: no e-mail job is enqueued). */
  smtpUrl?: string | null;
  /** Where the e-mail jobs go; default: the portal's job queue (lib/jobs). */
  jobs?: JobQueue;
  now?: () => Date;
};

export type WebhookOutcome = { status: 200 | 204 | 401 | 404 | 422; body?: Record<string, string> };

const ALREADY_RECEIVED: WebhookOutcome = { status: 200, body: { statut: "deja-recu" } };

function secretOf(partner: PartnerId, dependencies: WebhookDependencies): string {
  const config = env();
  return dependencies.secrets?.[partner] ?? (partner === "via-trajectoire" ? config.VIA_TRAJECTOIRE_WEBHOOK_SECRET : config.MDPH_EN_LIGNE_WEBHOOK_SECRET);
}

function reject(status: 401 | 422, partner: PartnerId, reason: string, webhookId: string | null): WebhookOutcome {
  logger.warn(`Webhook refused: ${reason}`, { partner, webhookId, status });
  return { status, body: { erreur: status === 401 ? "Signature invalide." : "Contenu refusé." } };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Handles one delivery; the route handler only turns the outcome into a response. */
export async function receiveWebhook(
  prisma: PrismaClient,
  partner: PartnerId,
  headers: Headers,
  rawBody: string,
  dependencies: WebhookDependencies,
): Promise<WebhookOutcome> {
  const webhookId = headers.get("webhook-id");
  const signed = { "webhook-id": webhookId ?? "", "webhook-timestamp": headers.get("webhook-timestamp") ?? "", "webhook-signature": headers.get("webhook-signature") ?? "" };
  if (!webhookId || !signed["webhook-timestamp"] || !signed["webhook-signature"]) return reject(401, partner, "missing Standard Webhooks headers", webhookId);
  try {
    // Checks the HMAC and that the timestamp is within 5 minutes (the library's tolerance).
    new Webhook(secretOf(partner, dependencies)).verify(rawBody, signed, { jsonParse: false });
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    return reject(401, partner, `signature verification failed (${error.message})`, webhookId);
  }
  if (webhookId.length > 200) return reject(422, partner, "webhook-id longer than 200 characters", webhookId);

  // A replay or a retry of an accepted delivery changes nothing.
  if (await prisma.webhookDelivery.findUnique({ where: { id: webhookId }, select: { id: true } })) {
    logger.info("Webhook already received", { partner, webhookId });
    return ALREADY_RECEIVED;
  }

  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return reject(422, partner, "body is not JSON", webhookId);
  }
  const definition = requestPartner(partner);
  const parsed = definition.webhookSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
    return reject(422, partner, `body does not follow the contract (${issues})`, webhookId);
  }
  const event = parsed.data;
  const person = await prisma.user.findUnique({ where: { subject: event.demande.personneSub }, select: { id: true, email: true, givenName: true, familyName: true } });
  if (!person) return reject(422, partner, "person unknown to the portal", webhookId);

  const now = (dependencies.now ?? (() => new Date()))();
  const aidants = (await dependencies.listNotifiedAidants(person.id)).filter((aidant) => aidant.userId !== person.id);
  const request = definition.map(event.demande, { today: parisDate(now), handoverUrl: partnerDeepLink(partner, event.demande.id), offerPath: null });
  const personName = `${person.givenName.split(" ")[0] ?? ""} ${person.familyName}`.trim();
  const created = event.type === "demande.creee";

  const smtpUrl = dependencies.smtpUrl === undefined ? env().SMTP_URL : dependencies.smtpUrl;
  const jobs = smtpUrl ? (dependencies.jobs ?? (await getJobQueue())) : null;
  // Before the transaction: on PGlite, preparing inside it would wait for the transaction itself.
  if (jobs) await jobs.prepare(notificationEmailJob);

  try {
    const outcome = await prisma.$transaction(async (tx) => {
      await tx.webhookDelivery.create({ data: { id: webhookId, partner, eventType: event.type, personSubject: event.demande.personneSub, receivedAt: now } });
      const stored = await storeRequest(tx, partner, event.demande, now);
      // An older copy than the one the portal holds: recorded as received, nobody is told old news.
      if (stored === "stale") return { stored, notifications: 0, emails: 0 };
      const recipients = [{ userId: person.id, email: person.email, forUserId: undefined, name: null }, ...aidants.map((aidant) => ({ ...aidant, forUserId: person.id, name: personName }))];
      let emails = 0;
      for (const recipient of recipients) {
        const text = notificationText(request, partner, recipient.name, created);
        const notification = await tx.notification.create({
          data: {
            recipientUserId: recipient.userId,
            personSubject: event.demande.personneSub,
            partner,
            externalId: event.demande.id,
            title: text.title,
            body: text.body,
            link: requestPath(partner, event.demande.id, recipient.forUserId),
            webhookDeliveryId: webhookId,
            createdAt: now,
          },
          select: { id: true },
        });
        // In the same transaction: the e-mail job exists if and only if the notification does.
        if (jobs && recipient.email) {
          await jobs.enqueue(notificationEmailJob, { notificationId: notification.id }, { transaction: tx, singletonKey: notification.id });
          emails += 1;
        }
      }
      return { stored, notifications: recipients.length, emails };
    });
    logger.info("Webhook accepted", { partner, webhookId, eventType: event.type, stored: outcome.stored, notifications: outcome.notifications, emailJobs: outcome.emails });
    if (outcome.stored !== "stale") requestMesSync(prisma, person.id);
  } catch (error) {
    // The same delivery accepted concurrently (a retry racing the first try).
    if (isUniqueViolation(error)) return ALREADY_RECEIVED;
    logger.error("Webhook could not be saved", { partner, webhookId, ...errorContext(error) });
    throw error;
  }

  return { status: 204 };
}
