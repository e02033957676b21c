import { NextResponse, type NextRequest } from "next/server";

import { getPrisma } from "@/lib/db";
import { errorContext, logger } from "@/lib/logger";
import { listNotifiedAidants } from "@/lib/mandates";
import { isRequestPartnerId } from "@/lib/partners/registry";
import { receiveWebhook } from "@/lib/requests/webhooks";

export type WebhookRouteContext = { params: Promise<{ partner: string }> };

/** Partner webhooks (Standard Webhooks v1): docs/adr/0006-requests-api-and-webhooks.md. */
export async function POST(request: NextRequest, { params }: WebhookRouteContext) {
  const { partner } = await params;
  if (!isRequestPartnerId(partner)) return NextResponse.json({ erreur: "Partenaire inconnu." }, { status: 404 });
  // The signature covers the exact bytes: read the body as text, never re-serialised.
  const body = await request.text();
  try {
    const outcome = await receiveWebhook(await getPrisma(), partner, request.headers, body, { listNotifiedAidants });
    return outcome.status === 204 ? new NextResponse(null, { status: 204 }) : NextResponse.json(outcome.body ?? {}, { status: outcome.status });
  } catch (error) {
    // The partner retries on 5xx: nothing is lost.
    logger.error("Webhook handling failed", { partner, ...errorContext(error) });
    return NextResponse.json({ erreur: "Erreur temporaire du portail, réessayez." }, { status: 503 });
  }
}
