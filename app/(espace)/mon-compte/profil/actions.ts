"use server";

import { redirect } from "next/navigation";

import { getPortalSession } from "@/lib/auth";
import { errorContext, logger } from "@/lib/logger";
import { forgetDeclaredProfile, formValues, parseProfileForm, PROFILE_FIELDS, saveDeclaredProfile, type ProfileFormState } from "@/lib/profile";

// Server functions of /mon-compte/profil. Next checks that a server function is
// posted from the portal's own origin (its CSRF protection) before running it.

const SIGNED_OUT_MESSAGE = "Votre session est terminée. Connectez-vous à nouveau : ce que vous avez saisi est encore dans le formulaire.";
const UNAVAILABLE_MESSAGE = "Le service est momentanément indisponible. Réessayez dans quelques minutes : ce que vous avez saisi est encore dans le formulaire.";

/** One value per field: a repeated field (never sent by the portal's form) counts as empty. */
function postedFields(form: FormData): Record<string, unknown> {
  return Object.fromEntries(PROFILE_FIELDS.map((field) => [field, form.getAll(field).length === 1 ? form.get(field) : undefined]));
}

export async function saveProfile(previous: ProfileFormState, form: FormData): Promise<ProfileFormState> {
  const attempt = (previous.status === "idle" ? 0 : previous.attempt) + 1;
  const posted = postedFields(form);
  const session = await getPortalSession();
  if (!session) return { status: "failed", message: SIGNED_OUT_MESSAGE, values: formValues(posted), attempt };
  const parsed = parseProfileForm(posted);
  if (!parsed.ok) {
    logger.info("Profile form refused", { fields: Object.keys(parsed.errors) });
    return { status: "invalid", errors: parsed.errors, values: parsed.values, attempt };
  }
  try {
    await saveDeclaredProfile(session.userId, parsed.profile);
  } catch (error) {
    logger.error("Could not save a declared profile", { userId: session.userId, ...errorContext(error) });
    return { status: "failed", message: UNAVAILABLE_MESSAGE, values: formValues(posted), attempt };
  }
  redirect("/mon-compte/profil?resultat=enregistre");
}

/** « Effacer ces informations »: consent withdrawn, the declared data go at once. */
export async function forgetProfile(): Promise<void> {
  const session = await getPortalSession();
  if (!session) redirect("/connexion?callbackUrl=/mon-compte/profil");
  try {
    await forgetDeclaredProfile(session.userId);
  } catch (error) {
    logger.error("Could not erase a declared profile", { userId: session.userId, ...errorContext(error) });
    redirect("/mon-compte/profil?resultat=indisponible");
  }
  redirect("/mon-compte/profil?resultat=efface");
}
