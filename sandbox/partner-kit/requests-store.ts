import { isSandboxSub } from "../identity-provider/people";

// The mutable, in-memory request store of one partner stand-in instance.
// Every server builds its own (tests start several on port 0 and must not
// share state); `reset` rebuilds the demo data, for everyone or one person.

/** What every partner's stored request carries for access rules and ordering. */
export interface StoredRequest {
  id: string;
  /** The person the request is for (identity provider sub). */
  personneSub: string;
  /** Aidants the partner itself lets follow the request on its own pages (the portal uses mandates instead). */
  aidantSubs: readonly string[];
  /** ISO 8601 instant of the last change. */
  misAJourLe: string;
}

/** A refused control action, with the HTTP status and the French message to answer. */
export class ControlError extends Error {
  override name = "ControlError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Advanced<Request> {
  request: Request;
  /** One French sentence for the webhook's `resume`. */
  resume: string;
}

export interface RequestStoreOptions<Request extends StoredRequest> {
  /** The demo data, rebuilt on every reset (dates relative to the current day). */
  seed(): readonly Request[];
  /** Requests shown to a person the sandbox does not know (e.g. a FranceConnect test user) on the partner's pages. */
  generate(sub: string): readonly Request[];
  /** The request after a move to `code`, or to its natural next state without a code; throws ControlError. */
  advance(request: Request, code: string | undefined): Advanced<Request>;
}

const byUpdate = (a: StoredRequest, b: StoredRequest) => b.misAJourLe.localeCompare(a.misAJourLe) || a.id.localeCompare(b.id);

export class RequestStore<Request extends StoredRequest> {
  #records = new Map<string, Request>();

  constructor(private readonly options: RequestStoreOptions<Request>) {
    this.reset();
  }

  /** Rebuilds the demo data for everyone, or only the requests of one person. Returns how many requests that person (or everyone) now has. */
  reset(sub?: string): number {
    const fresh = this.options.seed();
    if (sub === undefined) {
      this.#records = new Map(fresh.map((request) => [request.id, request]));
      return this.#records.size;
    }
    for (const [id, request] of this.#records) if (request.personneSub === sub) this.#records.delete(id);
    const mine = fresh.filter((request) => request.personneSub === sub);
    for (const request of mine) this.#records.set(request.id, request);
    return mine.length;
  }

  all(): Request[] {
    return [...this.#records.values()];
  }

  get(id: string): Request | undefined {
    return this.#records.get(id);
  }

  /**
   * The person's own requests and those they follow as an aidant, newest
   * activity first. With `generate`, an unknown person is given stable
   * generated requests first, so the partner's pages never look broken; the
   * JSON API never generates (an unknown person has no requests).
   */
  requestsFor(sub: string, { generate = false }: { generate?: boolean } = {}): { own: Request[]; asAidant: Request[] } {
    if (generate && !isSandboxSub(sub) && !this.all().some((request) => request.personneSub === sub)) {
      for (const request of this.options.generate(sub)) this.#records.set(request.id, request);
    }
    const all = this.all();
    return {
      own: all.filter((request) => request.personneSub === sub).sort(byUpdate),
      asAidant: all.filter((request) => request.aidantSubs.includes(sub)).sort(byUpdate),
    };
  }

  /** A request the person may see (their own or as an aidant), or undefined. */
  find(id: string, sub: string): Request | undefined {
    const request = this.#records.get(id);
    if (!request) return undefined;
    return request.personneSub === sub || request.aidantSubs.includes(sub) ? request : undefined;
  }

  /** Stores a new request (a draft the person just signed). */
  add(request: Request): void {
    if (this.#records.has(request.id)) throw new ControlError(409, `La demande ${request.id} existe déjà.`);
    this.#records.set(request.id, request);
  }

  /** Moves a request on and stores it; throws ControlError (404 unknown id, 409/422 refused move). */
  advance(id: string, code?: string): Advanced<Request> {
    const request = this.#records.get(id);
    if (!request) throw new ControlError(404, `Aucune demande ${id}.`);
    const advanced = this.options.advance(request, code);
    this.#records.set(id, advanced.request);
    return advanced;
  }
}
