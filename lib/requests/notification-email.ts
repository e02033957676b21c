import type { PrismaClient } from "@prisma/client";
import nodemailer from "nodemailer";

import { env } from "@/lib/env";
import { errorContext, logger } from "@/lib/logger";

export type NotificationEmail = { id: string; to: string; title: string; body: string; link: string };

/**
 * Sends the e-mail copy of each notification (SMTP_URL set). A failure is
 * logged and leaves the notification in the portal, unmarked (`emailedAt` null).
 */
export async function sendNotificationEmails(prisma: PrismaClient, smtpUrl: string, emails: NotificationEmail[]): Promise<void> {
  const config = env();
  const transport = nodemailer.createTransport(smtpUrl, { connectionTimeout: 3_000, greetingTimeout: 3_000, socketTimeout: 5_000 });
  try {
    for (const email of emails) {
      try {
        await transport.sendMail({
          from: config.MAIL_FROM,
          to: email.to,
          subject: email.title,
          text: `${email.body}\n\nVoir le détail sur le Portail Autonomie : ${config.PORTAL_URL}${email.link}\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.`,
        });
        await prisma.notification.update({ where: { id: email.id }, data: { emailedAt: new Date() } });
      } catch (error) {
        logger.error("Notification e-mail not sent; the notification stays in the portal", { notificationId: email.id, ...errorContext(error) });
      }
    }
  } finally {
    transport.close();
  }
}
