import { NextResponse, type NextRequest } from "next/server";

import { activeSessionId } from "@/lib/auth";
import { continueTarget } from "@/lib/partners/handover";
import { recordHandover } from "@/lib/sessions";

type RouteContext = { params: Promise<{ partner: string; path: string[] }> };

/**
 * « Continuer sur … » goes through here: the portal records the hand-over (so
 * that sign-out closes the partner session, ADR 0008), then sends the person to
 * the same partner page as before.
 */
export async function GET(_request: NextRequest, context: RouteContext) {
  const { partner, path } = await context.params;
  const target = continueTarget(partner, path);
  if (!target) return new NextResponse("Page introuvable.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const sessionId = await activeSessionId();
  if (sessionId) await recordHandover(sessionId, target.partner);
  return NextResponse.redirect(target.url, 303);
}
