import type { NextRequest } from "next/server";

import { getPrisma } from "@/lib/db";
import { placeLabelsResponse } from "@/lib/map/places";
import { limitJsonRequest } from "@/lib/rate-limit";

export const dynamic = "force-dynamic";

/** Commune names for the embedded basemap (which has no labels of its own). */
export async function GET(request: NextRequest) {
  const limited = await limitJsonRequest(request, "api");
  if (limited) return limited;
  const answer = await placeLabelsResponse(getPrisma, request.nextUrl.searchParams);
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}
