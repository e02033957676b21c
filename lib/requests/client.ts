// Client-safe entry of lib/requests: the domain types, the status explanations,
// calendar rules and French wording. Pure code, no database, session or
// environment: client components and the partner mappers (lib/partners, which
// lib/requests/index.ts itself imports) use this file, never "./index".
export type { AccountHeader } from "./account-header";
export { addMonths, isWithinMonths, mdphLegalDeadline, parisDate } from "./dates";
export type {
  Dashboard,
  FollowedRequest,
  FollowedStatus,
  NextStep,
  Orientation,
  PartnerState,
  RenewalUnderWay,
  RequestGroup,
  RightDecision,
  TimelineStep,
  TodoReason,
} from "./domain";
export { listRequestFalcDocuments } from "./falc-documents";
export { followedStatus, plainLabelOf } from "./followed-status";
export { nextStepText, renewalUnderWayText, todoText, type ReadingVersionName } from "./format";
export { compareRequests, sortRequests } from "./ordering";
export { MDPH_STEP_CODES, TRE_R357_SYSTEM, getStatusExplanation, listStatusExplanations } from "./status-explanations";
export type { MdphStepCode, StatusExplanation, StatusKind, StatusSeverity } from "./status-explanations";
