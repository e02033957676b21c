import { NextResponse, type NextRequest } from "next/server";

import { INVITATION_FLASH_COOKIE, INVITATION_FLASH_PATH } from "@/lib/mandates/invitation-flash";

/**
 * Makes the new invitation code a one-time display: the page renders with the
 * cookie (request unchanged) and this response deletes it. Router prefetches
 * (RSC requests) leave it alone so that they do not consume it.
 */
export function proxy(request: NextRequest) {
  if (!request.cookies.has(INVITATION_FLASH_COOKIE) || request.headers.has("rsc") || request.headers.has("next-router-prefetch")) {
    return NextResponse.next();
  }
  const response = NextResponse.next();
  response.cookies.set(INVITATION_FLASH_COOKIE, "", { path: INVITATION_FLASH_PATH, maxAge: 0, httpOnly: true, sameSite: "strict" });
  return response;
}

export const config = { matcher: ["/mon-compte/aidants"] };
