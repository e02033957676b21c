import type { NextRequest } from "next/server";

import { env } from "@/lib/env";
import { createInvitation, encodeInvitationFlash, handleMandateForm, INVITATION_FLASH_COOKIE, INVITATION_FLASH_MAX_AGE_SECONDS, INVITATION_FLASH_PATH, invitationFieldErrors, MANDATE_PAGES, redirectTo } from "@/lib/mandates";

/** POST from "Inviter un aidant" on /mon-compte/aidants. */
export async function POST(request: NextRequest) {
  return handleMandateForm(request, MANDATE_PAGES.given, async (session, form) => {
    const label = form.get("aidantLabel");
    const aidantLabel = typeof label === "string" ? label : "";
    const scopes = form.getAll("scopes").filter((scope): scope is string => typeof scope === "string");
    // The same checks as the form's, so a post without JavaScript gets the same messages on its fields.
    const fields = Object.keys(invitationFieldErrors(aidantLabel, scopes));
    if (fields.length > 0) return redirectTo(MANDATE_PAGES.given, { erreur: "saisie-invalide", champs: fields.join(",") });
    const { mandate, code } = await createInvitation(session.userId, { aidantLabel, scopes: scopes as never });
    const response = redirectTo(MANDATE_PAGES.given, { resultat: "invitation-creee" });
    // The code never goes in a URL (history, logs): a cookie for this page only, read once.
    response.cookies.set(INVITATION_FLASH_COOKIE, encodeInvitationFlash(mandate.id, code), {
      httpOnly: true,
      sameSite: "strict",
      secure: env().PORTAL_URL.startsWith("https://"),
      path: INVITATION_FLASH_PATH,
      maxAge: INVITATION_FLASH_MAX_AGE_SECONDS,
    });
    return response;
  });
}
