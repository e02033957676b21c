import { NextResponse } from "next/server";

import { exportAccount, exportFileName } from "@/lib/account";
import { getPortalSession } from "@/lib/auth";
import { env } from "@/lib/env";
import { errorContext, logger } from "@/lib/logger";

/** « Télécharger mes données »: everything the portal holds about the signed-in person, as a JSON file. */
export async function GET() {
  const session = await getPortalSession();
  if (!session) return NextResponse.redirect(new URL("/connexion?callbackUrl=/mon-compte/suppression", env().PORTAL_URL), 303);
  try {
    const data = await exportAccount(session.userId);
    if (!data) return NextResponse.redirect(new URL("/connexion", env().PORTAL_URL), 303);
    logger.info("Account data exported", { userId: session.userId });
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName(new Date())}"`,
        // Personal data: never kept by a cache between the portal and the person.
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    logger.error("Could not export an account", { userId: session.userId, ...errorContext(error) });
    return NextResponse.redirect(new URL("/mon-compte/suppression?erreur=export", env().PORTAL_URL), 303);
  }
}
