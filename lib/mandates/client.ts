// Client-safe entry of lib/mandates: labels, field checks, messages, the
// invitation flash cookie's names and types. Nothing here reads the database,
// the session or the environment, so client components (components/ in general)
// and the proxy import this file, never "./index".
export { describeAccess } from "./access-labels";
export { MandateAccessDeniedError, MandateError, isMandateErrorCode, mandateErrorMessages, type MandateErrorCode } from "./errors";
export {
  decodeInvitationFlash,
  encodeInvitationFlash,
  INVITATION_FLASH_COOKIE,
  INVITATION_FLASH_HEADER,
  INVITATION_FLASH_MAX_AGE_SECONDS,
  INVITATION_FLASH_PATH,
} from "./invitation-flash";
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
