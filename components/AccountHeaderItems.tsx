import Link from "next/link";

import { getPortalSession } from "@/lib/auth";
import { getPrisma } from "@/lib/db";
import { errorContext, logger } from "@/lib/logger";
import { countUnreadNotifications } from "@/lib/requests/notifications";

/** Header quick-access item: the signed-in person's name, or "Se connecter". */
export async function AccountHeaderItem() {
  const session = await getPortalSession();
  if (!session) {
    return (
      <Link className="fr-btn fr-icon-account-circle-line" href="/connexion">
        Se connecter
      </Link>
    );
  }
  return (
    <Link className="fr-btn fr-icon-account-circle-line" href="/mes-demarches" title={`${session.name} - mes démarches`}>
      {session.name}
    </Link>
  );
}

/** Header quick-access item: the person's aidants (mandates), shown only when signed in. */
export async function AidantsHeaderItem() {
  if (!(await getPortalSession())) return null;
  return (
    <Link className="fr-btn fr-icon-team-line" href="/mon-compte/aidants">
      Mes aidants
    </Link>
  );
}

/** Header quick-access item: sign-out form, shown only when signed in. */
export async function SignOutHeaderItem() {
  if (!(await getPortalSession())) return null;
  return (
    <form method="post" action="/api/deconnexion" className="portal-inline-form">
      <button type="submit" className="fr-btn fr-icon-logout-box-r-line">
        Se déconnecter
      </button>
    </form>
  );
}

/** Header quick-access item: notifications and the unread count, shown only when signed in. */
export async function NotificationsHeaderItem() {
  const session = await getPortalSession();
  if (!session) return null;
  let unread: number | null = null;
  try {
    unread = await countUnreadNotifications(await getPrisma(), session.userId);
  } catch (error) {
    // The header must not take every page down with it: the link stays, without the count.
    logger.error("Unread notification count failed", errorContext(error));
  }
  const label = unread === null || unread === 0 ? "Notifications" : `Notifications, ${unread} non lue${unread > 1 ? "s" : ""}`;
  return (
    <Link className="fr-btn fr-icon-notification-3-line" href="/mes-demarches/notifications" data-testid="header-notifications">
      {label}
    </Link>
  );
}
