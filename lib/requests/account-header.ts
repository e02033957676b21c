import { getPortalSession } from "@/lib/auth";
import { getPrisma } from "@/lib/db";
import { errorContext, logger } from "@/lib/logger";

import { countUnreadNotifications } from "./notifications";

/** What the header shows of the signed-in person: a name and the unread count (null when it could not be read). */
export type AccountHeader = { name: string; unreadNotifications: number | null };

/** The header's account data, or null when nobody is signed in. Read by the root layout, passed to the header as props. */
export async function loadAccountHeader(): Promise<AccountHeader | null> {
  const session = await getPortalSession();
  if (!session) return null;
  let unreadNotifications: number | null = null;
  try {
    unreadNotifications = await countUnreadNotifications(await getPrisma(), session.userId);
  } catch (error) {
    // The header must not take every page down with it: the link stays, without the count.
    logger.error("Unread notification count failed", errorContext(error));
  }
  return { name: session.name, unreadNotifications };
}
