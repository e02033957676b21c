import { NextResponse, type NextRequest } from "next/server";

import { isSameOriginRequest } from "@/lib/auth-support/same-origin";
import { startSignIn } from "@/lib/auth-support/sign-in-out";
import { env } from "@/lib/env";
import { errorContext, logger } from "@/lib/logger";
import { limitFormPost } from "@/lib/rate-limit";

/** POST from the "S'identifier avec FranceConnect" form. */
export async function POST(request: NextRequest) {
  const config = env();
  if (!isSameOriginRequest(request.headers, config.PORTAL_URL)) {
    logger.warn("Sign-in refused: cross-origin form post", { origin: request.headers.get("origin") });
    return NextResponse.redirect(new URL("/connexion?erreur=origine", config.PORTAL_URL), 303);
  }
  const limited = await limitFormPost(request, "connexion", { href: "/connexion", label: "Revenir à la page de connexion" });
  if (limited) return limited;
  try {
    const form = await request.formData();
    const callbackUrl = form.get("callbackUrl");
    return await startSignIn(typeof callbackUrl === "string" ? callbackUrl : null);
  } catch (error) {
    logger.error("Sign-in could not start", errorContext(error));
    return NextResponse.redirect(new URL("/connexion?erreur=indisponible", config.PORTAL_URL), 303);
  }
}
