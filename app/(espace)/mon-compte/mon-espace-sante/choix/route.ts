import { NextResponse, type NextRequest } from "next/server";

import { isSameOriginRequest } from "@/lib/auth-support/same-origin";
import { getPortalSession } from "@/lib/auth";
import { env } from "@/lib/env";
import { errorContext, logger } from "@/lib/logger";
import { MES_FLOWS, MES_PAGE_PATH, MesPairingError, mesService, type MesFlow } from "@/lib/mes";

function back(params: Record<string, string>): NextResponse {
  const url = new URL(MES_PAGE_PATH, env().PORTAL_URL);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return NextResponse.redirect(url, 303);
}

/** POST from the page: connect (to MES's consent screen), save the flows, send the failed items again, or disconnect. Never a 500: a 303 back with `erreur=`. */
export async function POST(request: NextRequest) {
  if (!isSameOriginRequest(request.headers, env().PORTAL_URL)) {
    logger.warn("MES form refused: cross-origin post", { origin: request.headers.get("origin") });
    return back({ erreur: "origine" });
  }
  try {
    const session = await getPortalSession();
    if (!session) return back({ erreur: "session" });
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return back({ erreur: "saisie-invalide" });
    }
    const wanted = form.getAll("flux").filter((value): value is MesFlow => typeof value === "string" && (MES_FLOWS as readonly string[]).includes(value));
    const service = mesService();
    const action = form.get("action");
    if (action === "deconnecter") {
      await service.disconnect(session.userId);
      return back({ resultat: "deconnecte" });
    }
    if (action === "reessayer") {
      const count = await service.retryFailed(session.userId);
      return back({ resultat: count > 0 ? "relance" : "rien-a-relancer" });
    }
    if (action === "connecter") return NextResponse.redirect(await service.startAuthorization(session.userId, wanted), 303);
    if (action === "enregistrer") {
      const { pairing } = await service.view(session.userId);
      if (!pairing.connected) return back({ erreur: "non-connecte" });
      // A new flow needs the person's consent at MES; switching one off takes effect at once.
      if (wanted.some((flow) => !pairing.flows.includes(flow))) return NextResponse.redirect(await service.startAuthorization(session.userId, wanted), 303);
      await service.narrowFlows(session.userId, wanted);
      return back({ resultat: "choix-enregistres" });
    }
    return back({ erreur: "saisie-invalide" });
  } catch (error) {
    if (error instanceof MesPairingError) return back({ erreur: error.code });
    logger.error("MES form failed", errorContext(error));
    return back({ erreur: "indisponible" });
  }
}
