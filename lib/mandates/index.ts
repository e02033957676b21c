import type { PortalSession } from "@/lib/auth";
import { getPrisma } from "@/lib/db";

import { createMandateService, type InvitationInput, type MandateScope, type MandateView, type ViewedPerson } from "./service";

// Server entry of lib/mandates (database, session, crypto). Client-safe parts
// live in "./client" and are re-exported here for server code.
export * from "./client";
export { formatInvitationCode, normaliseInvitationCode } from "./code";
export { handleMandateForm, isMandatePage, MANDATE_PAGES, redirectTo, type MandatePage } from "./form-posts";
export { createMandateService, INVITATION_VALIDITY_DAYS, MANDATE_SCOPES, type MandateService } from "./service";

// The portal's own database; tests build their own service with createMandateService.
const service = createMandateService(getPrisma);

/** Self when personUserId is undefined or the viewer's own id; else an active, unrevoked mandate with `scope`, or throws MandateAccessDeniedError. */
export function resolveViewedPerson(session: PortalSession, personUserId: string | undefined, scope: MandateScope): Promise<ViewedPerson> {
  return service.resolveViewedPerson(session, personUserId, scope);
}

/** Records an aidant's read in the person's access log (no-op when viewing oneself). */
export function recordAccess(viewed: ViewedPerson, viewerUserId: string, action: string, target?: string): Promise<void> {
  return service.recordAccess(viewed, viewerUserId, action, target);
}

/** People the aidant may consult for ("Je consulte pour"). */
export function listConsultablePeople(aidantUserId: string): Promise<{ userId: string; name: string }[]> {
  return service.listConsultablePeople(aidantUserId);
}

/** Aidants to notify for a person (active mandate with "recevoir-notifications"). */
export function listNotifiedAidants(mandatorUserId: string): Promise<{ userId: string; email: string | null }[]> {
  return service.listNotifiedAidants(mandatorUserId);
}

/** A new invitation and its code, which is returned here once and never stored. */
export function createInvitation(mandatorUserId: string, input: InvitationInput): Promise<{ mandate: MandateView; code: string }> {
  return service.createInvitation(mandatorUserId, input);
}

/** The aidant uses a code (single use); throws MandateError with a French message. */
export function acceptInvitation(aidantUserId: string, code: string): Promise<MandateView> {
  return service.acceptInvitation(aidantUserId, code);
}

/** The mandator withdraws an invitation or an access, or the aidant renounces; effective at once. */
export function revokeMandate(userId: string, mandateId: string): Promise<{ by: "mandant" | "aidant" }> {
  return service.revokeMandate(userId, mandateId);
}

export function listMandatesGiven(mandatorUserId: string): Promise<MandateView[]> {
  return service.listMandatesGiven(mandatorUserId);
}

export function listMandatesReceived(aidantUserId: string): Promise<MandateView[]> {
  return service.listMandatesReceived(aidantUserId);
}

/** Who saw what, when (most recent first). */
export function listAccessLog(mandatorUserId: string) {
  return service.listAccessLog(mandatorUserId);
}

/** The invitation just created by this mandator, with its code, or null (see invitation-flash.ts). */
export function findJustCreatedInvitation(mandatorUserId: string, mandateId: string, code: string) {
  return service.findJustCreatedInvitation(mandatorUserId, mandateId, code);
}
