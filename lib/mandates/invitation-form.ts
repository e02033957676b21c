// Field checks of « Inviter un aidant », shared by the form (before sending,
// with JavaScript) and the server (always): the same French messages either way.
// Safe for client components: no server imports.

export type InvitationField = "aidantLabel" | "scopes";

export type InvitationFieldErrors = Partial<Record<InvitationField, string>>;

/** Longest aidant name accepted (the service's rule, also the input's maxLength). */
export const AIDANT_LABEL_MAX_LENGTH = 80;

const MESSAGES: Record<InvitationField, string> = {
  aidantLabel: "Indiquez le nom de votre aidant, par exemple : Marc, mon fils.",
  scopes: "Cochez au moins une case : ce que votre aidant pourra faire.",
};

/** The fields in error, in the order they appear in the form (the first one gets the focus). */
export function invitationFieldErrors(aidantLabel: string, scopes: readonly string[]): InvitationFieldErrors {
  const errors: InvitationFieldErrors = {};
  const label = aidantLabel.trim();
  if (label.length === 0 || label.length > AIDANT_LABEL_MAX_LENGTH) errors.aidantLabel = MESSAGES.aidantLabel;
  if (scopes.length === 0) errors.scopes = MESSAGES.scopes;
  return errors;
}

/** `champs=aidantLabel,scopes` in the address after a refused post, back to field errors. */
export function fieldErrorsFromQuery(value: string | string[] | undefined): InvitationFieldErrors {
  const names = (typeof value === "string" ? value : "").split(",");
  const errors: InvitationFieldErrors = {};
  for (const field of Object.keys(MESSAGES) as InvitationField[]) if (names.includes(field)) errors[field] = MESSAGES[field];
  return errors;
}
