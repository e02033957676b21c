import type { NextRequest } from "next/server";

import { getPrisma } from "@/lib/db";
import { mapPointsResponse } from "@/lib/map/map-endpoint";
import { limitJsonRequest } from "@/lib/rate-limit";

export const dynamic = "force-dynamic";

/** GeoJSON of every offer matching a search (same query string as /recherche), for the map view. */
export async function GET(request: NextRequest) {
  const limited = await limitJsonRequest(request, "api");
  if (limited) return limited;
  const answer = await mapPointsResponse(getPrisma, request.nextUrl.searchParams, request.headers.get("if-none-match"));
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}
