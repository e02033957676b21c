import { NextResponse, type NextRequest } from "next/server";

import { safeCallbackUrl } from "@/lib/auth-support/callback-url";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { limitFormPost } from "@/lib/rate-limit";
import { parseReadingVersion, READING_VERSION_COOKIE, READING_VERSION_MAX_AGE_SECONDS } from "@/lib/preferences/reading-version";

/**
 * POST from the "Version facile à lire" switch: remembers the choice in a
 * cookie (a functional preference, no consent needed) and goes back to the page.
 */
export async function POST(request: NextRequest) {
  const config = env();
  const limited = await limitFormPost(request, "api", { href: "/comprendre", label: "Revenir à la page Comprendre" });
  if (limited) return limited;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    // Not a form (a robot, a truncated post): nothing to remember, back to the page as it was.
    logger.warn("Reading version switch refused: the body is not a form");
    return NextResponse.redirect(new URL("/comprendre", config.PORTAL_URL), 303);
  }
  const version = parseReadingVersion(String(form.get("version") ?? ""));
  const back = safeCallbackUrl(String(form.get("retour") ?? ""), config.PORTAL_URL, "/comprendre");
  const response = NextResponse.redirect(back, 303);
  response.cookies.set(READING_VERSION_COOKIE, version, {
    path: "/",
    maxAge: READING_VERSION_MAX_AGE_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: config.PORTAL_URL.startsWith("https://"),
  });
  return response;
}
