"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

import { deleteAccount } from "@/lib/account";
import { authCookieNames, getPortalSession } from "@/lib/auth";
import { env } from "@/lib/env";
import { errorContext, logger } from "@/lib/logger";

/**
 * « Supprimer définitivement mon compte »: every session ends (partners told), the account
 * and everything derived are deleted, the portal's cookies are cleared. Next checks the
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
  const jar = await cookies();
  const names = authCookieNames(env().PORTAL_URL.startsWith("https://"));
  for (const name of [names.sessionToken, names.callbackUrl, names.csrfToken]) jar.delete(name);
  redirect("/mon-compte/compte-supprime");
}
