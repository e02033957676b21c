// Public entry of the request status explanations used by the dashboards.
export {
  MDPH_STEP_CODES,
  TRE_R357_SYSTEM,
  getStatusExplanation,
  listStatusExplanations,
} from "./status-explanations";
export type { MdphStepCode, StatusExplanation, StatusKind, StatusSeverity } from "./status-explanations";
