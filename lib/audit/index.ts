import { getPrisma } from "@/lib/db";

import type { DisclosureEntry, DisclosureView } from "./model";
import { createAuditService } from "./service";

// Server entry of lib/audit (database). The pure model is in "./model" and
// re-exported here for server code; components import "@/lib/audit/model".
export * from "./model";
export { createAuditService, DISCLOSURE_LOG_LIMIT, InvalidDisclosureError, type AuditService } from "./service";

const service = createAuditService(getPrisma);

/** Logs one sending of the person's data to a partner. Call it when the partner accepted the data, before telling the person it is sent. */
export function recordDisclosure(entry: DisclosureEntry): Promise<{ id: string }> {
  return service.recordDisclosure(entry);
}

/** The person's data-sharing log, most recent first. */
export function listDisclosures(userId: string): Promise<DisclosureView[]> {
  return service.listDisclosures(userId);
}
