// Client-safe entry of lib/requests, kept small on purpose: the domain types and
// the French wording the dashboard renders. Client components import this file,
// never "./index" (server) nor "./model" (the status texts, which the bundler
// would ship whole to the browser: that module builds its tables at load time).
export type { AccountHeader } from "./account-header";
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
export { nextStepText, renewalUnderWayText, todoText, type ReadingVersionName } from "./format";
