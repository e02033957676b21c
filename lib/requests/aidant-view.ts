import { partnerDeepLink } from "@/lib/partners/handover";

import type { Dashboard, FollowedRequest } from "./domain";
import { getAidantStatusTexts } from "./status-explanations-aidant";

// What an aidant sees of someone's requests: the same data, worded for the
// aidant, and no link to the partner's page of a request, which only the
// person's own account opens (the partner does not know the portal's mandates).

/** One request as an aidant reads it for `personName`. */
export function requestForAidant(request: FollowedRequest, personName: string): FollowedRequest {
  const texts = request.status.kind ? getAidantStatusTexts(request.status.kind, request.status.code, personName) : undefined;
  return {
    ...request,
    status: texts ? { ...request.status, text: texts.standard, falcText: texts.falc, next: texts.next } : request.status,
    // The partner's home: the aidant's own space there, which lists the person's requests only if the partner knows the aidant.
    handoverUrl: partnerDeepLink(request.partner),
  };
}

/** The dashboard as an aidant reads it for `personName`. */
export function dashboardForAidant(dashboard: Dashboard, personName: string): Dashboard {
  return { ...dashboard, requests: dashboard.requests.map((request) => requestForAidant(request, personName)) };
}
