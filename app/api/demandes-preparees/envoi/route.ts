import { NextResponse, type NextRequest } from "next/server";

import { applicationPath, formText, handleApplicationForm, redirectToApplications, sendApplication } from "@/lib/applications";
import { env } from "@/lib/env";
import { draftHandoverPath } from "@/lib/partners/handover";

/** POST « Envoyer » / « Envoyer maintenant »: the partner creates the draft, and the person is handed over to it to finish and sign. */
export async function POST(request: NextRequest) {
  return handleApplicationForm(
    request,
    (form) => ({ path: form ? applicationPath(formText(form, "id")) : "/demander", params: { pour: form ? formText(form, "pour") : undefined } }),
    async (actor, form) => {
      const id = formText(form, "id");
      const pour = formText(form, "pour") || undefined;
      const outcome = await sendApplication(actor, id);
      if (outcome.kind === "unavailable") return redirectToApplications(applicationPath(id), { pour, resultat: "non-envoyee" });
      if (outcome.kind === "refused") return redirectToApplications(applicationPath(id), { pour });
      // The partner's page of a draft is the person's own: an aidant stays in the portal (ADR 0006).
      if (outcome.byAidant) return redirectToApplications(applicationPath(id), { pour, resultat: "envoyee-aidant" });
      return NextResponse.redirect(new URL(draftHandoverPath(outcome.partner, outcome.partnerDraftId), env().PORTAL_URL), 303);
    },
  );
}
