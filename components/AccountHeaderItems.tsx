import { Link } from "@/components/Link";

import type { AccountHeader } from "@/lib/requests/client";

/** The signed-in person as the root layout read it (`loadAccountHeader`), or null when nobody is signed in. */
export type AccountHeaderItemsProps = { account: AccountHeader | null };

/** Header quick-access item: the signed-in person's name, or "Se connecter". */
export function AccountHeaderItem({ account }: AccountHeaderItemsProps) {
  if (!account) {
    return (
      <Link className="fr-btn fr-icon-account-circle-line" href="/connexion">
        Se connecter
      </Link>
    );
  }
  return (
    <Link className="fr-btn fr-icon-account-circle-line" href="/mes-demarches" title={`${account.name} - mes démarches`}>
      {account.name}
    </Link>
  );
}

/** Header quick-access item: the account hub (profile, aidants, data-sharing log, deletion), shown only when signed in. */
export function MyAccountHeaderItem({ account }: AccountHeaderItemsProps) {
  if (!account) return null;
  return (
    <Link className="fr-btn fr-icon-user-setting-line" href="/mon-compte">
      Mon compte
    </Link>
  );
}

/** Header quick-access item: the person's aidants (mandates), shown only when signed in. */
export function AidantsHeaderItem({ account }: AccountHeaderItemsProps) {
  if (!account) return null;
  return (
    <Link className="fr-btn fr-icon-team-line" href="/mon-compte/aidants">
      Mes aidants
    </Link>
  );
}

/** Header quick-access item: sign-out form, shown only when signed in. */
export function SignOutHeaderItem({ account }: AccountHeaderItemsProps) {
  if (!account) return null;
  return (
    <form method="post" action="/api/deconnexion" className="portal-inline-form">
      <button type="submit" className="fr-btn fr-icon-logout-box-r-line">
        Se déconnecter
      </button>
    </form>
  );
}

/** Header quick-access item: notifications and the unread count (left out when it could not be read), shown only when signed in. */
export function NotificationsHeaderItem({ account }: AccountHeaderItemsProps) {
  if (!account) return null;
  const unread = account.unreadNotifications;
  const label = unread === null || unread === 0 ? "Notifications" : `Notifications, ${unread} non lue${unread > 1 ? "s" : ""}`;
  return (
    <Link className="fr-btn fr-icon-notification-3-line" href="/mes-demarches/notifications" data-testid="header-notifications">
      {label}
    </Link>
  );
}
