import { NextResponse, type NextRequest } from "next/server";

import { getPortalSession } from "@/lib/auth";
import { env } from "@/lib/env";
import { errorContext, logger } from "@/lib/logger";
import { MES_CALLBACK_PATH, MES_PAGE_PATH, MesPairingError, mesService } from "@/lib/mes";

function back(params: Record<string, string>): NextResponse {
  const url = new URL(MES_PAGE_PATH, env().PORTAL_URL);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return NextResponse.redirect(url, 303);
}

/** MES sends the person back here after its consent screen (OAuth2 redirect URI). */
export async function GET(request: NextRequest) {
  try {
    const session = await getPortalSession();
    if (!session) return back({ erreur: "session" });
    // The public address, as registered at MES (behind a proxy, request.url may name another host).
    const callbackUrl = `${env().PORTAL_URL}${MES_CALLBACK_PATH}${request.nextUrl.search}`;
    await mesService().completeAuthorization(session.userId, session.subject, callbackUrl);
    await mesService().sync(session.userId);
    return back({ resultat: "connecte" });
  } catch (error) {
    if (error instanceof MesPairingError) return back({ erreur: error.code });
    logger.error("MES pairing callback failed", errorContext(error));
    return back({ erreur: "indisponible" });
  }
}
