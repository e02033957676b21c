import { randomUUID } from "node:crypto";

import { Webhook } from "standardwebhooks";

// Outgoing webhooks of a partner stand-in, signed as in the Standard Webhooks
// specification (ADR 0006). One fresh webhook-id per event, kept across its
// retries so the portal can recognise a retry; a new timestamp and signature
// for every attempt. Network errors and 5xx are retried after 1 s, 5 s and
// 25 s; 4xx are not (the portal has refused the event for good). Nothing
// here throws: a portal that is down must never break the partner.

export type WebhookEventType = "demande.mise-a-jour" | "demande.creee";

export interface WebhookEvent {
  type: WebhookEventType;
  /** ISO 8601 instant of the change. */
  date: string;
  /** One French sentence describing the change. */
  resume: string;
  demande: unknown;
}

/** Outcome of one delivery attempt, as the control endpoint reports it (French, like the rest of the wire). */
export interface WebhookDelivery {
  id: string;
  url: string;
  type: WebhookEventType;
  demandeId: string;
  tentative: number;
  /** livre: 2xx; refuse: 4xx (never retried); echec: network error, timeout or 5xx. */
  resultat: "livre" | "refuse" | "echec";
  statutHttp: number | null;
  erreur: string | null;
  /** Milliseconds before the next attempt, or null when this was the last one. */
  nouvelleTentativeDansMs: number | null;
  date: string;
}

export const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 25_000] as const;

export interface WebhookSenderOptions {
  url: string;
  /** whsec_<base64>. */
  secret: string;
  /** Delays before each retry; tests use a few milliseconds. */
  retryDelaysMs?: readonly number[];
  timeoutMs?: number;
  fetch?: typeof fetch;
  log?: (message: string) => void;
  now?: () => Date;
  /** How many past attempts the control page shows. */
  keep?: number;
}

export class WebhookSender {
  readonly #options: Required<Omit<WebhookSenderOptions, "fetch" | "log" | "now">>;
  readonly #fetch: typeof fetch;
  readonly #log: (message: string) => void;
  readonly #now: () => Date;
  readonly #signer: Webhook;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  readonly #recent: WebhookDelivery[] = [];
  #closed = false;

  constructor(options: WebhookSenderOptions) {
    this.#options = {
      url: options.url,
      secret: options.secret,
      retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
      timeoutMs: options.timeoutMs ?? 5_000,
      keep: options.keep ?? 20,
    };
    this.#fetch = options.fetch ?? fetch;
    this.#log = options.log ?? ((message) => console.log(message));
    this.#now = options.now ?? (() => new Date());
    this.#signer = new Webhook(options.secret);
  }

  get url(): string {
    return this.#options.url;
  }

  /** Latest attempts first. */
  recentDeliveries(): readonly WebhookDelivery[] {
    return [...this.#recent];
  }

  /**
   * Sends the event and resolves with the outcome of the first attempt;
   * retries continue in the background.
   */
  async send(event: WebhookEvent): Promise<WebhookDelivery> {
    const id = `msg_${randomUUID().replaceAll("-", "")}`;
    const body = JSON.stringify(event);
    const demandeId = typeof event.demande === "object" && event.demande && "id" in event.demande ? String(event.demande.id) : "";
    return this.#attempt({ id, body, type: event.type, demandeId }, 1);
  }

  /** Cancels pending retries (server shutdown, tests). */
  close(): void {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  async #attempt(message: { id: string; body: string; type: WebhookEventType; demandeId: string }, attempt: number): Promise<WebhookDelivery> {
    const timestamp = this.#now();
    const headers = {
      "content-type": "application/json",
      "webhook-id": message.id,
      "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
      "webhook-signature": this.#signer.sign(message.id, timestamp, message.body),
    };
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await this.#fetch(this.#options.url, { method: "POST", headers, body: message.body, signal: AbortSignal.timeout(this.#options.timeoutMs) });
      status = response.status;
      await response.body?.cancel().catch(() => undefined);
    } catch (caught) {
      // fetch hides the useful part (ECONNREFUSED, timeout…) in `cause`.
      const cause = caught instanceof Error && caught.cause instanceof Error ? ` (${(caught.cause as NodeJS.ErrnoException).code ?? caught.cause.message})` : "";
      error = caught instanceof Error ? `${caught.name}: ${caught.message}${cause}` : String(caught);
    }
    const resultat = status !== null && status >= 200 && status < 300 ? "livre" : status !== null && status < 500 ? "refuse" : "echec";
    const delay = resultat === "echec" && !this.#closed ? this.#options.retryDelaysMs[attempt - 1] : undefined;
    const delivery: WebhookDelivery = {
      id: message.id,
      url: this.#options.url,
      type: message.type,
      demandeId: message.demandeId,
      tentative: attempt,
      resultat,
      statutHttp: status,
      erreur: error,
      nouvelleTentativeDansMs: delay ?? null,
      date: timestamp.toISOString(),
    };
    this.#record(delivery);
    if (delay !== undefined) {
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        void this.#attempt(message, attempt + 1);
      }, delay);
      // A pending retry must not keep a CLI or a test process alive.
      timer.unref();
      this.#timers.add(timer);
    }
    return delivery;
  }

  #record(delivery: WebhookDelivery): void {
    this.#recent.unshift(delivery);
    this.#recent.splice(this.#options.keep);
    const outcome = delivery.statutHttp !== null ? `HTTP ${delivery.statutHttp}` : (delivery.erreur ?? "no answer");
    const next = delivery.nouvelleTentativeDansMs !== null ? `, retry in ${delivery.nouvelleTentativeDansMs} ms` : delivery.resultat === "echec" ? ", giving up" : "";
    this.#log(`webhook ${delivery.id} (${delivery.type} ${delivery.demandeId}) attempt ${delivery.tentative} to ${delivery.url}: ${delivery.resultat} (${outcome})${next}`);
  }
}
