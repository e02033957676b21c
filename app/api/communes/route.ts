import { NextResponse, type NextRequest } from "next/server";

import { getPrisma } from "@/lib/db";
import { errorContext, logger } from "@/lib/logger";
import { limitJsonRequest } from "@/lib/rate-limit";
import { placeResolver } from "@/lib/search";

/** Autocomplete for "Où ?": up to 8 communes whose name or postal code starts with `q`. */
export async function GET(request: NextRequest) {
  const limited = await limitJsonRequest(request, "api");
  if (limited) return limited;
  const text = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 100);
  try {
    const places = await placeResolver(await getPrisma()).suggest(text);
    return NextResponse.json(
      places.map((place) => ({ label: place.label })),
      { headers: { "Cache-Control": "public, max-age=3600" } },
    );
  } catch (error) {
    logger.error("Commune suggestions failed", errorContext(error));
    return NextResponse.json({ message: "Les suggestions de communes sont momentanément indisponibles." }, { status: 503 });
  }
}
