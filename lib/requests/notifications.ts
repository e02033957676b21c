import type { PrismaClient } from "@prisma/client";

import type { PartnerId } from "@/lib/partners/partner-names";

// A person's notifications (their own requests, and those of people they help
// under a mandate). Every query is scoped by recipient: nobody reads or marks
// someone else's notification, whatever id they send.

export type PortalNotification = {
  id: string;
  partner: PartnerId;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  read: boolean;
};

const PAGE_SIZE = 50;

export async function listNotifications(prisma: PrismaClient, recipientUserId: string): Promise<PortalNotification[]> {
  const rows = await prisma.notification.findMany({
    where: { recipientUserId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE,
  });
  return rows.map((row) => ({
    id: row.id,
    partner: row.partner as PartnerId,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    read: row.readAt !== null,
  }));
}

export async function countUnreadNotifications(prisma: PrismaClient, recipientUserId: string): Promise<number> {
  return prisma.notification.count({ where: { recipientUserId, readAt: null } });
}

/** Marks one of the recipient's notifications read; false when it is not theirs (or does not exist). */
export async function markNotificationRead(prisma: PrismaClient, recipientUserId: string, id: string, now = new Date()): Promise<boolean> {
  const exists = await prisma.notification.findFirst({ where: { id, recipientUserId }, select: { id: true } });
  if (!exists) return false;
  await prisma.notification.updateMany({ where: { id, recipientUserId, readAt: null }, data: { readAt: now } });
  return true;
}

export async function markAllNotificationsRead(prisma: PrismaClient, recipientUserId: string, now = new Date()): Promise<number> {
  return (await prisma.notification.updateMany({ where: { recipientUserId, readAt: null }, data: { readAt: now } })).count;
}
