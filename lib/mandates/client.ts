// Client-safe entry of lib/mandates: labels, field checks, messages and types.
// Nothing here reads the database, the session or the environment, so client
// components (and components/ in general) import this file, never "./index".
export { describeAccess } from "./access-labels";
export { MandateAccessDeniedError, MandateError, isMandateErrorCode, mandateErrorMessages, type MandateErrorCode } from "./errors";
export {
  AIDANT_LABEL_MAX_LENGTH,
  fieldErrorsFromQuery,
  invitationFieldErrors,
  type InvitationField,
  type InvitationFieldErrors,
} from "./invitation-form";
export { scopeLabels, scopeLabelsForAidant, stateLabels } from "./labels";
export { resultMessage, type ResultMessage } from "./result-messages";
export type { AccessLogEntry, InvitationInput, MandateScope, MandateState, MandateView, ViewedPerson } from "./service";
