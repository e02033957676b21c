import Link from "next/link";

import { getPortalSession } from "@/lib/auth";

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
