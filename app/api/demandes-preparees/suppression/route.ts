import type { NextRequest } from "next/server";

import { APPLICATION_PAGES, applicationPath, formText, handleApplicationForm, redirectToApplications, removeApplication } from "@/lib/applications";

/** POST « Supprimer cette demande »: only a request the partner never accepted. */
export async function POST(request: NextRequest) {
  return handleApplicationForm(
    request,
    (form) => ({ path: form ? applicationPath(formText(form, "id")) : APPLICATION_PAGES.index, params: { pour: form ? formText(form, "pour") : undefined } }),
    async (actor, form) => {
      await removeApplication(actor, formText(form, "id"));
      return redirectToApplications(APPLICATION_PAGES.index, { pour: formText(form, "pour") || undefined, resultat: "supprimee" });
    },
  );
}
