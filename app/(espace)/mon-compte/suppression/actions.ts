"use server";

import { redirect } from "next/navigation";

import { deleteAccount } from "@/lib/account";
import { getPortalSession } from "@/lib/auth";
import { signOutAfterAccountDeletion } from "@/lib/auth-support/sign-in-out";
import { errorContext, logger } from "@/lib/logger";

/**
 * « Supprimer définitivement mon compte »: every session ends (partners told), the account
 * and everything derived are deleted, the portal's cookies are cleared and the identity
 * provider's session ends. Next checks the
 * post comes from the portal's own origin before running a server function.
 */
export async function deleteMyAccount(): Promise<void> {
  const session = await getPortalSession();
  if (!session) redirect("/connexion?callbackUrl=/mon-compte/suppression");
  try {
    await deleteAccount(session.userId);
  } catch (error) {
    logger.error("Could not delete an account", { userId: session.userId, ...errorContext(error) });
    redirect("/mon-compte/suppression?etape=confirmer&erreur=indisponible");
  }
  logger.info("Account deleted at the person's request", { userId: session.userId });
  // Through FranceConnect's logout too: on a shared computer nobody stays signed in there.
  redirect(await signOutAfterAccountDeletion("/mon-compte/compte-supprime"));
}
