import { isSandboxSub } from "../identity-provider/people";

/** What every partner's demo request carries for access rules. */
export type PartnerRequestBase = { id: string; personSub: string; aidantSubs: readonly string[]; updatedAt: string };

/**
 * Who sees which request, the same for every partner stand-in: the person's
 * own requests and those of the people they help as an aidant, newest
 * activity first; an unknown (non-sandbox) person gets generated requests.
 */
export function requestAccess<Request extends PartnerRequestBase>(all: readonly Request[], generated: (sub: string) => Request[]) {
  const byUpdate = (a: Request, b: Request) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);
  const requestsFor = (sub: string): { own: Request[]; asAidant: Request[] } => {
    if (!isSandboxSub(sub)) return { own: generated(sub), asAidant: [] };
    return {
      own: all.filter((request) => request.personSub === sub).sort(byUpdate),
      asAidant: all.filter((request) => request.aidantSubs.includes(sub)).sort(byUpdate),
    };
  };
  /** A request the person may see (their own or as an aidant), or undefined. */
  const find = (id: string, sub: string): Request | undefined => {
    const { own, asAidant } = requestsFor(sub);
    return [...own, ...asAidant].find((request) => request.id === id);
  };
  return { requestsFor, find };
}
