import type { NextRequest } from "next/server";

import { handleMandateForm, isMandatePage, MANDATE_PAGES, MandateError, redirectTo, revokeMandate } from "@/lib/mandates";

/** POST from "Retirer l'accès" (the person) or "Ne plus aider" (the aidant). */
export async function POST(request: NextRequest) {
  return handleMandateForm(request, MANDATE_PAGES.given, async (session, form) => {
    const back = form.get("retour");
    const page = isMandatePage(back) ? back : MANDATE_PAGES.given;
    const mandateId = form.get("mandat");
    try {
      const { by } = await revokeMandate(session.userId, typeof mandateId === "string" ? mandateId : "");
      return redirectTo(page, { resultat: by === "mandant" ? "acces-retire" : "aide-arretee" });
    } catch (error) {
      if (error instanceof MandateError) return redirectTo(page, { erreur: error.code });
      throw error;
    }
  });
}
