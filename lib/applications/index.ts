import { getPrisma } from "@/lib/db";

import type { Actor } from "./service";
import { createApplicationService } from "./service";

// Server entry of lib/applications (database, partners, session). The pure
// model is "./model", re-exported here; components import "@/lib/applications/model".
export * from "./model";
export { prefillFromProfile, type Prefill } from "./prefill";
export { createApplicationService, type Actor, type ApplicationService, type Candidate, type SendOutcome } from "./service";
export { APPLICATION_PAGES, applicationPath, formText, handleApplicationForm, redirectToApplications } from "./form-posts";

const service = createApplicationService({ getPrisma });

export const listCandidates = (offerIds: readonly string[]) => service.listCandidates(offerIds);
export const prepareAdmission = (actor: Actor, input: Parameters<typeof service.prepareAdmission>[1]) => service.prepareAdmission(actor, input);
export const prepareMdph = (actor: Actor) => service.prepareMdph(actor);
export const listApplications = (userId: string) => service.list(userId);
export const loadApplication = (userId: string, id: string) => service.load(userId, id);
export const sendApplication = (actor: Actor, id: string) => service.send(actor, id);
export const removeApplication = (actor: Actor, id: string) => service.remove(actor, id);
export { resolveApplicant, type Applicant } from "./viewer";
