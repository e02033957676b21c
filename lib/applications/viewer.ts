import { getPortalSession, type PortalSession } from "@/lib/auth";
import { errorContext, logger } from "@/lib/logger";
import { MandateAccessDeniedError, resolveViewedPerson, type ViewedPerson } from "@/lib/mandates";

export type Applicant = { kind: "signed-out" } | { kind: "denied" } | { kind: "ok"; session: PortalSession; viewed: ViewedPerson; self: boolean; pour: string | undefined };

/** Who prepares a request and for whom: the signed-in person, or (`pour`) someone who granted them "preparer-demandes". */
export async function resolveApplicant(pour: string | undefined): Promise<Applicant> {
  const session = await getPortalSession();
  if (!session) return { kind: "signed-out" };
  try {
    const viewed = await resolveViewedPerson(session, pour, "preparer-demandes");
    const self = viewed.userId === session.userId;
    return { kind: "ok", session, viewed, self, pour: self ? undefined : viewed.userId };
  } catch (error) {
    if (!(error instanceof MandateAccessDeniedError)) throw error;
    logger.warn("Application page refused: no mandate with preparer-demandes", { actorUserId: session.userId, ...errorContext(error) });
    return { kind: "denied" };
  }
}
