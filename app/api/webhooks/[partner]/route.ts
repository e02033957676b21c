import { NextResponse, type NextRequest } from "next/server";

import { getPrisma } from "@/lib/db";
import { errorContext, logger } from "@/lib/logger";
import { listNotifiedAidants } from "@/lib/mandates";
import { receiveWebhook } from "@/lib/requests";
import { isRequestPartnerId } from "@/lib/partners/registry";
import { limitJsonRequest } from "@/lib/rate-limit";

/** One request record is a few kilobytes; anything near this is not a delivery of the contract. */
const MAX_BODY_CHARACTERS = 1_000_000;

export type WebhookRouteContext = { params: Promise<{ partner: string }> };

/** Partner webhooks (Standard Webhooks v1): docs/adr/0006-requests-api-and-webhooks.md. */
export async function POST(request: NextRequest, { params }: WebhookRouteContext) {
  const { partner } = await params;
  if (!isRequestPartnerId(partner)) return NextResponse.json({ erreur: "Partenaire inconnu." }, { status: 404 });
  // Counted before the signature is checked: checking it is the work a flood would cost.
  const limited = await limitJsonRequest(request, "webhook", partner);
  if (limited) return limited;
  // The signature covers the exact bytes: read the body as text, never re-serialised.
  const body = await request.text();
  if (body.length > MAX_BODY_CHARACTERS) {
    logger.warn("Webhook refused: body too large", { partner, characters: body.length });
    return NextResponse.json({ erreur: "Contenu trop volumineux." }, { status: 413 });
  }
  try {
    const outcome = await receiveWebhook(await getPrisma(), partner, request.headers, body, { listNotifiedAidants });
    return outcome.status === 204 ? new NextResponse(null, { status: 204 }) : NextResponse.json(outcome.body ?? {}, { status: outcome.status });
  } catch (error) {
    // The partner retries on 5xx: nothing is lost.
    logger.error("Webhook handling failed", { partner, ...errorContext(error) });
    return NextResponse.json({ erreur: "Erreur temporaire du portail, réessayez." }, { status: 503 });
  }
}
