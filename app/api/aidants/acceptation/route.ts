import type { NextRequest } from "next/server";

import { limitMandateCode } from "@/lib/rate-limit";
import { acceptInvitation, handleMandateForm, MANDATE_PAGES, MandateError, normaliseInvitationCode, redirectTo } from "@/lib/mandates";

/** POST from "Accepter l'invitation" on /aidant/accepter. */
export async function POST(request: NextRequest) {
  return handleMandateForm(request, MANDATE_PAGES.received, async (session, form) => {
    const typed = form.get("code");
    const code = typeof typed === "string" ? typed.slice(0, 40) : "";
    // Every well-formed code is a guess at the code space: counted before it is looked up.
    if (normaliseInvitationCode(code)) {
      const limited = await limitMandateCode(request, session.userId, { href: MANDATE_PAGES.received, label: "Revenir à la saisie du code" });
      if (limited) return limited;
    }
    try {
      const mandate = await acceptInvitation(session.userId, code);
      return redirectTo(MANDATE_PAGES.received, { resultat: "acceptee", pour: mandate.mandatorUserId });
    } catch (error) {
      if (!(error instanceof MandateError)) throw error;
      // Prefill the field again with what was typed (normalised when possible) so it can be corrected.
      return redirectTo(MANDATE_PAGES.received, { erreur: error.code, code: normaliseInvitationCode(code) ?? code.trim() });
    }
  });
}
