import { Webhook } from "standardwebhooks";
import { describe, expect, it, vi } from "vitest";

import { WebhookSender } from "./webhook-sender";

const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const event = { type: "demande.mise-a-jour" as const, date: "2026-12-01T10:00:00.000Z", resume: "Résumé.", demande: { id: "VT-1" } };

/** A fetch stand-in answering the given statuses in order (a thrown Error for "network"). */
function scriptedFetch(answers: (number | "network")[]) {
  const calls: { headers: Record<string, string>; body: string }[] = [];
  const fake = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    calls.push({ headers: init?.headers as Record<string, string>, body: String(init?.body) });
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (answer === "network") throw new TypeError("fetch failed", { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) });
    return new Response(null, { status: answer });
  });
  return { fake: fake as unknown as typeof fetch, calls };
}

describe("WebhookSender", () => {
  it("signs as Standard Webhooks: verifiable with the shared secret, the body being the event", async () => {
    const { fake, calls } = scriptedFetch([204]);
    const sender = new WebhookSender({ url: "http://portal.invalid/api/webhooks/x", secret, fetch: fake, log: () => {} });
    const delivery = await sender.send(event);
    expect(delivery).toMatchObject({ tentative: 1, resultat: "livre", statutHttp: 204, nouvelleTentativeDansMs: null });
    const [call] = calls;
    expect(new Webhook(secret).verify(call?.body ?? "", call?.headers ?? {})).toEqual(event);
    expect(call?.headers["webhook-id"]).toBe(delivery.id);
  });

  it("retries network errors and 5xx after the given delays, then gives up, logging each attempt", async () => {
    const { fake, calls } = scriptedFetch(["network", 503, 500, 502]);
    const logs: string[] = [];
    const sender = new WebhookSender({ url: "http://portal.invalid/hook", secret, fetch: fake, retryDelaysMs: [5, 10, 15], log: (line) => logs.push(line) });
    const first = await sender.send(event);
    expect(first).toMatchObject({ resultat: "echec", statutHttp: null, nouvelleTentativeDansMs: 5 });
    expect(first.erreur).toContain("ECONNREFUSED");
    await vi.waitFor(() => expect(calls).toHaveLength(4));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(calls).toHaveLength(4);
    expect(new Set(calls.map((call) => call.headers["webhook-id"])).size).toBe(1);
    expect(sender.recentDeliveries().map((delivery) => delivery.nouvelleTentativeDansMs)).toEqual([null, 15, 10, 5]);
    expect(logs).toHaveLength(4);
    expect(logs.at(-1)).toContain("giving up");
  });

  it("stops retrying once closed", async () => {
    const { fake, calls } = scriptedFetch([500]);
    const sender = new WebhookSender({ url: "http://portal.invalid/hook", secret, fetch: fake, retryDelaysMs: [20], log: () => {} });
    await sender.send(event);
    sender.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toHaveLength(1);
  });
});
