import { NextResponse, type NextRequest } from "next/server";

import { env } from "@/lib/env";
import { INVITATION_FLASH_COOKIE, INVITATION_FLASH_HEADER, INVITATION_FLASH_PATH } from "@/lib/mandates/client";
import { createNonce, NONCE_HEADER, portalSecurityHeaders } from "@/lib/security/headers";

/**
 * Every page and route handler: a fresh CSP nonce and the request-dependent
 * security headers (lib/security). Next reads the nonce from the request's
 * Content-Security-Policy header and puts it on its own scripts; the root
 * layout reads `x-nonce` for the scripts it writes.
 *
 * On /mon-compte/aidants it also makes the new invitation code a one-time
 * display: the cookie's value is handed to the page in a request header (Next
 * also hides cookies deleted here from the page) and the response deletes the
 * cookie, so a reload shows nothing. Router prefetches (RSC requests) leave it alone.
 */
export function proxy(request: NextRequest) {
  const config = env();
  const nonce = createNonce();
  const securityHeaders = portalSecurityHeaders(nonce, {
    portalUrl: config.PORTAL_URL,
    // Sign-in and sign-out posts are redirected to the identity provider; the partners are listed for sign-out hops back through them.
    formTargets: [config.FRANCECONNECT_ISSUER, config.VIA_TRAJECTOIRE_URL, config.MDPH_EN_LIGNE_URL, config.MON_ESPACE_SANTE_URL],
    mapStyleUrl: config.MAP_STYLE_URL,
    development: config.NODE_ENV === "development",
  });
  const headers = new Headers(request.headers);
  // Only this proxy may set these headers: values sent by the browser are dropped.
  headers.delete(INVITATION_FLASH_HEADER);
  headers.set(NONCE_HEADER, nonce);
  headers.set("Content-Security-Policy", securityHeaders["Content-Security-Policy"] as string);

  const flash = request.nextUrl.pathname === INVITATION_FLASH_PATH ? request.cookies.get(INVITATION_FLASH_COOKIE)?.value : undefined;
  const showFlash = Boolean(flash) && !request.headers.has("rsc") && !request.headers.has("next-router-prefetch");
  if (showFlash && flash) headers.set(INVITATION_FLASH_HEADER, flash);
  const response = NextResponse.next({ request: { headers } });
  if (showFlash) {
    response.cookies.set(INVITATION_FLASH_COOKIE, "", { path: INVITATION_FLASH_PATH, maxAge: 0, httpOnly: true, sameSite: "strict" });
  }
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  return response;
}

// Everything but the build's static files and the public/ assets (MapLibre's
// worker, the DSFR files), which next.config.mjs covers with the static headers.
export const config = {
  matcher: ["/((?!_next/static|_next/image|maplibre/|dsfr/|favicon\\.ico).*)"],
};
