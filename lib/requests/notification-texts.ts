import { partnerNames, type PartnerId } from "@/lib/partners/handover";

import type { FollowedRequest } from "./domain";

/** Portal path of one request; `pour` names the mandator when the reader is an aidant. */
export function requestPath(partner: PartnerId, id: string, forUserId?: string): string {
  const path = `/mes-demarches/${partner}/${encodeURIComponent(id)}`;
  return forUserId ? `${path}?pour=${encodeURIComponent(forUserId)}` : path;
}

/** Title and body of the notification of a change, in French; `personName` set for an aidant. */
export function notificationText(request: FollowedRequest, partner: PartnerId, personName: string | null, created: boolean): { title: string; body: string } {
  const whose = personName ? `de ${personName} ` : "";
  const title = created
    ? `Nouvelle démarche ${whose}sur ${partnerNames[partner]}`
    : `Du nouveau sur une démarche ${whose}(${partnerNames[partner]})`;
  return { title, body: `${request.title} : ${request.status.plainLabel}.` };
}
