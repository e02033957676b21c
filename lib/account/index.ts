import { getPrisma } from "@/lib/db";
import { errorContext, logger } from "@/lib/logger";
import { mesService } from "@/lib/mes";
import { endSessionWithSingleLogout } from "@/lib/sessions";

import { createAccountService, type AccountExport } from "./service";

// Server entry of lib/account (database, sessions).
export { createAccountService, EXPORT_FORMAT, type AccountExport, type AccountService, type EndSession } from "./service";
export { exportFileName } from "./export-file";

async function endSessionQuietly(sessionId: string): Promise<void> {
  try {
    await endSessionWithSingleLogout(sessionId);
  } catch (error) {
    // The row is deleted with the account anyway, so the cookie is worthless; only the partners' sessions may stay open.
    logger.error("Could not end a session with single logout before an account deletion", { sessionId, ...errorContext(error) });
  }
}

const service = createAccountService(getPrisma, endSessionQuietly);

/** Everything the portal holds about the person (the JSON download), or null for an unknown user. */
export function exportAccount(userId: string): Promise<AccountExport | null> {
  return service.exportAccount(userId);
}

/** Ends every session (partners told), then deletes the account and everything derived; false when already gone. */
export async function deleteAccount(userId: string): Promise<boolean> {
  try {
    // Mon espace santé is told too: the portal's tokens are revoked there before they are deleted here.
    await mesService().disconnect(userId);
  } catch (error) {
    logger.error("Could not revoke the Mon espace santé pairing before an account deletion", { userId, ...errorContext(error) });
  }
  return service.deleteAccount(userId);
}
