import { NextResponse } from "next/server";

import { isSameOriginRequest } from "@/lib/auth-support/same-origin";
import { getPortalSession, type PortalSession } from "@/lib/auth";
import { env } from "@/lib/env";
import { errorContext, logger } from "@/lib/logger";

import { MandateError } from "./errors";

/** The two pages a mandate form may send the person back to (no open redirect). */
export const MANDATE_PAGES = { given: "/mon-compte/aidants", received: "/aidant/accepter" } as const;
export type MandatePage = (typeof MANDATE_PAGES)[keyof typeof MANDATE_PAGES];

export function isMandatePage(value: unknown): value is MandatePage {
  return value === MANDATE_PAGES.given || value === MANDATE_PAGES.received;
}

/** 303 to a portal page with query parameters (the result message to show). */
export function redirectTo(page: MandatePage, params: Record<string, string> = {}): NextResponse {
  const url = new URL(page, env().PORTAL_URL);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return NextResponse.redirect(url, 303);
}

/**
 * The shared frame of the mandate forms (POST without JavaScript): same-origin
 * check, signed-in person, form data; any refusal or failure becomes a 303 back
 * to `page` with `erreur=<code>`, never a 500.
 */
export async function handleMandateForm(
  request: Request,
  page: MandatePage,
  work: (session: PortalSession, form: FormData) => Promise<NextResponse>,
): Promise<NextResponse> {
  if (!isSameOriginRequest(request.headers, env().PORTAL_URL)) {
    logger.warn("Mandate form refused: cross-origin post", { origin: request.headers.get("origin"), page });
    return redirectTo(page, { erreur: "origine" });
  }
  try {
    const session = await getPortalSession();
    if (!session) return redirectTo(page, { erreur: "session" });
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return redirectTo(page, { erreur: "saisie-invalide" });
    }
    return await work(session, form);
  } catch (error) {
    if (error instanceof MandateError) return redirectTo(page, { erreur: error.code });
    logger.error("Mandate form failed", { page, ...errorContext(error) });
    return redirectTo(page, { erreur: "indisponible" });
  }
}
