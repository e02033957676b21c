import { NextResponse, type NextRequest } from "next/server";

import { isSameOriginRequest } from "@/lib/auth-support/same-origin";
import { signOut } from "@/lib/auth-support/sign-in-out";
import { env } from "@/lib/env";

/** POST from the "Se déconnecter" form in the header. */
export async function POST(request: NextRequest) {
  if (!isSameOriginRequest(request.headers, env().PORTAL_URL)) {
    return NextResponse.redirect(new URL("/", env().PORTAL_URL), 303);
  }
  return signOut(request);
}
