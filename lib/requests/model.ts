// The pure domain model the partner mappers (lib/partners) build requests with:
// status explanations, followed status, calendar rules, ordering. No database,
// session or environment, and nothing here imports lib/partners, so lib/partners
// can import this entry without a cycle (the server entry "./index" imports
// lib/partners). Client components use the smaller "./client".
export * from "./client";
export { addMonths, isWithinMonths, mdphLegalDeadline, parisDate } from "./dates";
export { listRequestFalcDocuments } from "./falc-documents";
export { followedStatus, plainLabelOf } from "./followed-status";
export { compareRequests, sortRequests } from "./ordering";
export { MDPH_STEP_CODES, TRE_R357_SYSTEM, getStatusExplanation, listStatusExplanations } from "./status-explanations";
export type { MdphStepCode, StatusExplanation, StatusKind, StatusSeverity } from "./status-explanations";
