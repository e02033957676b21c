import { getPortalSession, type PortalSession } from "@/lib/auth";
import { errorContext, logger } from "@/lib/logger";
import { listConsultablePeople, MandateAccessDeniedError, resolveViewedPerson, type ViewedPerson } from "@/lib/mandates";

// Who is reading "Mes démarches" and whose requests they see. Every read goes
// through lib/mandates: an aidant's `pour=<userId>` is checked on each request.

export type Viewer =
  | { kind: "signed-out" }
  | { kind: "denied"; session: PortalSession }
  | { kind: "ok"; session: PortalSession; viewed: ViewedPerson; people: { userId: string; name: string }[] };

/** The first value of a query parameter. */
export function firstParam(value: string | string[] | null | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first ? first : undefined;
}

export async function resolveViewer(pour: string | undefined): Promise<Viewer> {
  const session = await getPortalSession();
  if (!session) return { kind: "signed-out" };
  try {
    const [viewed, people] = await Promise.all([resolveViewedPerson(session, pour, "voir-demarches"), listConsultablePeople(session.userId)]);
    return { kind: "ok", session, viewed, people };
  } catch (error) {
    if (!(error instanceof MandateAccessDeniedError)) throw error;
    logger.warn("Requests read refused: no active mandate", { viewerUserId: session.userId, ...errorContext(error) });
    return { kind: "denied", session };
  }
}

/** "?pour=<id>" when viewing someone else, "" otherwise. */
export function forQuery(viewed: ViewedPerson, session: PortalSession): string {
  return viewed.userId === session.userId ? "" : `?pour=${encodeURIComponent(viewed.userId)}`;
}

/** "vos démarches" or "les démarches de <name>". */
export function whoseRequests(viewed: ViewedPerson, session: PortalSession): string {
  return viewed.userId === session.userId ? "vos démarches" : `les démarches de ${viewed.name}`;
}
