import type { PrismaClient } from "@prisma/client";
import nodemailer from "nodemailer";
import { z } from "zod";

import { env } from "@/lib/env";
import { defineJob, jobWorker, type JobWorker } from "@/lib/jobs";
import { logger } from "@/lib/logger";

/**
 * The e-mail copy of one notification, as a background job (lib/jobs): the webhook enqueues it in
 * the transaction that creates the notification, keyed by the notification id, so one notification
 * never gets two jobs. The job carries the id only; address and text are read when it runs.
 * An unreachable mail server fails the attempt: retried after 1, 2, 4, 8 then 16 minutes.
 */
export const notificationEmailJob = defineJob("notification-email", z.object({ notificationId: z.string().min(1).max(100) }), {
  retryLimit: 5,
  retryDelaySeconds: 60,
  retryBackoff: true,
  expireInSeconds: 120,
});

export type NotificationEmailOutcome = "envoye" | "deja-envoye" | "sans-destinataire";

/**
 * Sends the e-mail copy of a notification unless it was already sent (`emailedAt`), then records
 * it. Throws when the mail server refuses or cannot be reached (the job retries); the notification
 * stays in the portal either way.
 */
export async function sendNotificationEmail(prisma: PrismaClient, smtpUrl: string, notificationId: string): Promise<NotificationEmailOutcome> {
  const config = env();
  const notification = await prisma.notification.findUnique({
    where: { id: notificationId },
    select: { id: true, title: true, body: true, link: true, emailedAt: true, recipient: { select: { email: true } } },
  });
  // Deleted with the account, or the address removed since: nothing to send, nothing to retry.
  if (!notification?.recipient.email) {
    logger.info("Notification e-mail skipped: no recipient address", { notificationId });
    return "sans-destinataire";
  }
  if (notification.emailedAt) return "deja-envoye";
  const transport = nodemailer.createTransport(smtpUrl, { connectionTimeout: 3_000, greetingTimeout: 3_000, socketTimeout: 5_000 });
  try {
    await transport.sendMail({
      from: config.MAIL_FROM,
      to: notification.recipient.email,
      subject: notification.title,
      text: `${notification.body}\n\nVoir le détail sur le Portail Autonomie : ${config.PORTAL_URL}${notification.link}\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.`,
    });
  } finally {
    transport.close();
  }
  await prisma.notification.update({ where: { id: notificationId }, data: { emailedAt: new Date() } });
  return "envoye";
}

export type NotificationEmailWorkerDependencies = {
  getPrisma: () => Promise<PrismaClient>;
  /** Read when each job runs: SMTP_URL unset since the job was enqueued means no e-mail. */
  smtpUrl: () => string | undefined | null;
};

export function notificationEmailWorker(dependencies: NotificationEmailWorkerDependencies): JobWorker {
  return jobWorker(notificationEmailJob, async ({ notificationId }) => {
    const smtpUrl = dependencies.smtpUrl();
    if (!smtpUrl) {
      logger.warn("Notification e-mail dropped: SMTP_URL is no longer set", { notificationId });
      return;
    }
    await sendNotificationEmail(await dependencies.getPrisma(), smtpUrl, notificationId);
  });
}
