import type { NextRequest } from "next/server";

import { APPLICATION_PAGES, applicationPath, formText, handleApplicationForm, parseAdmissionForm, prepareAdmission, prepareMdph, redirectToApplications } from "@/lib/applications";
import { parisDate } from "@/lib/requests/model";

const all = (form: FormData | null, name: string) => (form?.getAll(name) ?? []).filter((value): value is string => typeof value === "string").slice(0, 20);

/** POST from « Demander une place » (type=place) and « Faire une demande à la MDPH » (type=mdph): prepares the request, then its review page. */
export async function POST(request: NextRequest) {
  return handleApplicationForm(
    request,
    (form) =>
      form && formText(form, "type") === "mdph"
        ? { path: APPLICATION_PAGES.mdph, params: { pour: formText(form, "pour") } }
        : { path: APPLICATION_PAGES.admission, params: { offres: all(form, "offres"), pour: form ? formText(form, "pour") : undefined } },
    async (actor, form) => {
      const pour = formText(form, "pour") || undefined;
      if (formText(form, "type") === "mdph") {
        const { id } = await prepareMdph(actor);
        return redirectToApplications(applicationPath(id), { pour });
      }
      const posted = { etablissements: all(form, "etablissements"), sejour: formText(form, "sejour"), date: formText(form, "date") };
      const parsed = parseAdmissionForm(posted, parisDate(new Date()));
      if (!parsed.ok) {
        // Without JavaScript, the page shows the same choices again with a message per field.
        return redirectToApplications(APPLICATION_PAGES.admission, {
          offres: all(form, "offres"),
          pour,
          choisis: posted.etablissements,
          sejour: posted.sejour,
          date: posted.date,
          champs: Object.keys(parsed.errors).join(","),
          erreur: "saisie-invalide",
        });
      }
      const { id } = await prepareAdmission(actor, parsed.value);
      return redirectToApplications(applicationPath(id), { pour });
    },
  );
}
