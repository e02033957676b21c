import { NextResponse, type NextRequest } from "next/server";

import { INVITATION_FLASH_COOKIE, INVITATION_FLASH_HEADER, INVITATION_FLASH_PATH } from "@/lib/mandates/client";

/**
 * Makes the new invitation code a one-time display: the cookie's value is
 * handed to the page in a request header (Next also hides cookies deleted here
 * from the page) and the response deletes the cookie, so a reload shows
 * nothing. Router prefetches (RSC requests) leave it alone.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  // Only this proxy may set the header: a value sent by the browser is dropped.
  headers.delete(INVITATION_FLASH_HEADER);
  const flash = request.cookies.get(INVITATION_FLASH_COOKIE)?.value;
  if (!flash || request.headers.has("rsc") || request.headers.has("next-router-prefetch")) {
    return NextResponse.next({ request: { headers } });
  }
  headers.set(INVITATION_FLASH_HEADER, flash);
  const response = NextResponse.next({ request: { headers } });
  response.cookies.set(INVITATION_FLASH_COOKIE, "", { path: INVITATION_FLASH_PATH, maxAge: 0, httpOnly: true, sameSite: "strict" });
  return response;
}

export const config = { matcher: ["/mon-compte/aidants"] };
