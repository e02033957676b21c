import { NextResponse } from "next/server";

import { getPortalSession } from "@/lib/auth";
import { isSameOriginRequest } from "@/lib/auth-support/same-origin";
import { env } from "@/lib/env";
import { errorContext, logger } from "@/lib/logger";
import { MandateAccessDeniedError, resolveViewedPerson } from "@/lib/mandates";

import { ApplicationError, type ApplicationErrorCode } from "./model";
import type { Actor } from "./service";

// The shared frame of the forms of "Demander une place" and "Faire une demande
// à la MDPH" (POST without JavaScript): same origin, signed-in person, the
// person they act for (`pour`, checked against a "preparer-demandes" mandate),
// and any refusal as a 303 back to a page that explains it: never a 500.

export const APPLICATION_PAGES = { index: "/demander", admission: "/demander/place", mdph: "/demander/mdph" } as const;

/** The review page of one prepared request. */
export function applicationPath(id: string): string {
  return `${APPLICATION_PAGES.index}/${encodeURIComponent(id)}`;
}

/** A page of /demander, with its query; anything else falls back to /demander (no open redirect). */
export function redirectToApplications(path: string, params: Record<string, string | readonly string[] | undefined> = {}): NextResponse {
  const safe = path === APPLICATION_PAGES.index || path.startsWith(`${APPLICATION_PAGES.index}/`) ? path : APPLICATION_PAGES.index;
  const url = new URL(safe, env().PORTAL_URL);
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === "") continue;
    for (const item of typeof value === "string" ? [value] : value) url.searchParams.append(name, item);
  }
  return NextResponse.redirect(url, 303);
}

export const formText = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};


/**
 * Runs `work` for a signed-in person acting for themself or, with `pour`, for
 * someone who granted them "preparer-demandes"; `back` is where refusals go.
 */
export async function handleApplicationForm(
  request: Request,
  back: (form: FormData | null) => { path: string; params?: Record<string, string | readonly string[] | undefined> },
  work: (actor: Actor, form: FormData) => Promise<NextResponse>,
): Promise<NextResponse> {
  const refuse = (code: ApplicationErrorCode, form: FormData | null) => {
    const target = back(form);
    return redirectToApplications(target.path, { ...target.params, erreur: code });
  };
  if (!isSameOriginRequest(request.headers, env().PORTAL_URL)) {
    logger.warn("Application form refused: cross-origin post", { origin: request.headers.get("origin") });
    return refuse("origine", null);
  }
  let form: FormData | null = null;
  try {
    const session = await getPortalSession();
    if (!session) return refuse("session", null);
    try {
      form = await request.formData();
    } catch {
      return refuse("saisie-invalide", null);
    }
    const pour = formText(form, "pour");
    let viewed;
    try {
      viewed = await resolveViewedPerson(session, pour || undefined, "preparer-demandes");
    } catch (error) {
      if (!(error instanceof MandateAccessDeniedError)) throw error;
      logger.warn("Application refused: no mandate with preparer-demandes", { actorUserId: session.userId });
      return refuse("acces-refuse", form);
    }
    return await work({ viewed, actorUserId: session.userId }, form);
  } catch (error) {
    if (error instanceof ApplicationError) {
      logger.warn("Application refused", { code: error.code, reason: error.message });
      return refuse(error.code, form);
    }
    logger.error("Application form failed", errorContext(error));
    return refuse("indisponible", form);
  }
}
