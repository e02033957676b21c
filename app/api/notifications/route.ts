import { NextResponse, type NextRequest } from "next/server";

import { getPortalSession } from "@/lib/auth";
import { isSameOriginRequest } from "@/lib/auth-support/same-origin";
import { getPrisma } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { limitFormPost } from "@/lib/rate-limit";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/requests";

const PAGE = "/mes-demarches/notifications";

function back(status: string | null): NextResponse {
  const url = new URL(PAGE, env().PORTAL_URL);
  if (status) url.searchParams.set("statut", status);
  return NextResponse.redirect(url, 303);
}

/**
 * POST from the notifications page: "Marquer comme lue" (`id`) or "Tout
 * marquer comme lu" (`tout=1`). Plain forms, so they work without JavaScript.
 */
export async function POST(request: NextRequest) {
  if (!isSameOriginRequest(request.headers, env().PORTAL_URL)) {
    logger.warn("Notification form refused: cross-origin request");
    return NextResponse.json({ erreur: "Requête refusée." }, { status: 403 });
  }
  const limited = await limitFormPost(request, "api", { href: PAGE, label: "Revenir à vos notifications" });
  if (limited) return limited;
  const session = await getPortalSession();
  if (!session) return NextResponse.redirect(new URL(`/connexion?callbackUrl=${encodeURIComponent(PAGE)}`, env().PORTAL_URL), 303);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back("erreur");
  }
  const prisma = await getPrisma();
  if (form.get("tout") === "1") {
    await markAllNotificationsRead(prisma, session.userId);
    return back("toutes-lues");
  }
  const id = String(form.get("id") ?? "");
  if (!/^[a-z0-9]{1,40}$/i.test(id) || !(await markNotificationRead(prisma, session.userId, id))) {
    logger.warn("Notification not marked: unknown id or not the reader's", { userId: session.userId });
    return back("introuvable");
  }
  return back("lue");
}
