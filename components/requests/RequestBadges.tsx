import { Badge } from "@codegouvfr/react-dsfr/Badge";

import { partnerNames } from "@/lib/partners/partner-names";
import type { FollowedRequest } from "@/lib/requests/client";

export type RequestBadgesProps = { request: FollowedRequest; className?: string };

/** The partner handling a request and its current status in plain words, as DSFR badges. */
export function RequestBadges({ request, className }: RequestBadgesProps) {
  return (
    <ul className={["fr-badges-group", className].filter(Boolean).join(" ")}>
      <li>
        <Badge noIcon as="span">
          {partnerNames[request.partner]}
        </Badge>
      </li>
      <li>
        <Badge severity={request.status.severity} as="span">
          {request.status.plainLabel}
        </Badge>
      </li>
    </ul>
  );
}
