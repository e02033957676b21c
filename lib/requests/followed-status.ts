import type { FollowedStatus } from "./domain";
import { getStatusExplanation, type StatusKind } from "./status-explanations";

/** The plain-words status of a code; an unknown code keeps the partner's own label (never an error page). */
export function followedStatus(kind: StatusKind | null, code: string, partnerLabel: string): FollowedStatus {
  const explanation = kind ? getStatusExplanation(kind, code) : undefined;
  if (!explanation) {
    return { kind: null, code, label: partnerLabel, plainLabel: partnerLabel, text: partnerLabel, falcText: [partnerLabel], next: null, severity: "info", explains: {} };
  }
  return {
    kind: explanation.kind,
    code,
    label: explanation.label,
    plainLabel: explanation.falcLabel,
    text: explanation.standard,
    falcText: explanation.falc,
    next: explanation.next,
    severity: explanation.severity,
    explains: explanation.explains,
  };
}

/** Short plain label of a code for the timeline, or the partner's label. */
export function plainLabelOf(kind: StatusKind, code: string, partnerLabel: string): string {
  return getStatusExplanation(kind, code)?.falcLabel ?? partnerLabel;
}
