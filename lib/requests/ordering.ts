import type { FollowedRequest, RequestGroup, TodoReason } from "./domain";

const GROUP_ORDER: Record<RequestGroup, number> = { "a-faire": 0, "en-cours": 1, termine: 2 };

/** The date by which something must be done, if any (pieces requested have no date on the wire). */
function dueDate(reason: TodoReason): string | null {
  if (reason.kind === "admission-a-confirmer") return reason.before;
  if (reason.kind === "droits-expirent") return reason.on;
  return null;
}

function earliestDue(request: FollowedRequest): string | null {
  const dates = request.todo.map(dueDate).filter((date): date is string => date !== null).sort();
  return dates[0] ?? null;
}

/**
 * "À faire" first (soonest deadline first, then undated), then in progress,
 * then closed; within a group, the most recently updated first.
 */
export function compareRequests(a: FollowedRequest, b: FollowedRequest): number {
  const byGroup = GROUP_ORDER[a.group] - GROUP_ORDER[b.group];
  if (byGroup !== 0) return byGroup;
  if (a.group === "a-faire") {
    const [dueA, dueB] = [earliestDue(a), earliestDue(b)];
    if (dueA !== dueB) {
      if (dueA === null) return 1;
      if (dueB === null) return -1;
      return dueA < dueB ? -1 : 1;
    }
  }
  const byUpdate = Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
  if (byUpdate !== 0) return byUpdate;
  return `${a.partner}/${a.id}`.localeCompare(`${b.partner}/${b.id}`);
}

export function sortRequests(requests: readonly FollowedRequest[]): FollowedRequest[] {
  return [...requests].sort(compareRequests);
}
