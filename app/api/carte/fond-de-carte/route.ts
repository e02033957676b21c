import { basemapResponse } from "@/lib/map/basemap-source";

export const dynamic = "force-dynamic";

/** Land and borders of the embedded basemap (Natural Earth), for maps without a tile server. */
export async function GET(request: Request) {
  const answer = await basemapResponse(request.headers.get("if-none-match"));
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}
