import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";

import { readSandboxConfig } from "../identity-provider/config";
import { SANDBOX_PEOPLE, SANDBOX_SUBS } from "../identity-provider/people";
import { startMdphEnLigne } from "../mdph-en-ligne/server";
import { startViaTrajectoire } from "../via-trajectoire/server";
import type { RunningServer } from "./http";
import { startWebhookReceiver, type WebhookReceiver } from "./test-webhook-receiver";
import { errorSchema, mdphDemandeSchema, personRequestsSchema, viaTrajectoireDemandeSchema, webhookBodySchema } from "./wire-schemas";

// The partner JSON API, webhooks and sandbox controls of ADR 0006, over real
// HTTP, for both stand-ins. The defaults (keys, secrets) are those of
// .env.example, which the portal reads too.

const config = readSandboxConfig({});
const silent = () => {};
const RETRY_MS = 30;

interface PartnerUnderTest {
  name: string;
  start: typeof startViaTrajectoire | typeof startMdphEnLigne;
  apiKey: string;
  secret: string;
  schema: z.ZodType;
  /** A request of André Lefebvre and one of Nadia Haddad. */
  andre: string;
  nadia: string;
  jeanne: string;
  webhookPath: string;
}

const partners: PartnerUnderTest[] = [
  {
    name: "via-trajectoire",
    start: startViaTrajectoire,
    apiKey: config.viaTrajectoire.apiKey,
    secret: config.viaTrajectoire.webhookSecret,
    schema: viaTrajectoireDemandeSchema,
    andre: "VT-2026-005120",
    nadia: "VT-2026-008840",
    jeanne: "VT-2026-004211",
    webhookPath: "/api/webhooks/via-trajectoire",
  },
  {
    name: "mdph-en-ligne",
    start: startMdphEnLigne,
    apiKey: config.mdphEnLigne.apiKey,
    secret: config.mdphEnLigne.webhookSecret,
    schema: mdphDemandeSchema,
    andre: "MDPH-59-2026-003311",
    nadia: "MDPH-67-2026-006120",
    jeanne: "MDPH-69-2026-002305",
    webhookPath: "/api/webhooks/mdph-en-ligne",
  },
];

describe.each(partners)("$name", (partner) => {
  let server: RunningServer;
  let receiver: WebhookReceiver;
  const auth = { authorization: `Bearer ${partner.apiKey}` };

  const get = (path: string, headers: Record<string, string> = auth) => fetch(`${server.url}${path}`, { headers });
  const control = (path: string, body?: unknown) =>
    fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    server = await partner.start({ port: 0, log: silent, webhook: { url: `${receiver.url}${partner.webhookPath}`, retryDelaysMs: [RETRY_MS, RETRY_MS, RETRY_MS] } });
  });

  afterEach(async () => {
    receiver.answer(204);
    await control("/sandbox/reinitialiser");
  });

  afterAll(async () => {
    await server?.close();
    await receiver?.close();
  });

  describe("back-channel logout endpoint", () => {
    const logout = (body: string, type = "application/x-www-form-urlencoded") =>
      fetch(`${server.url}/deconnexion/canal-arriere`, { method: "POST", headers: { "content-type": type }, body });

    it.each([
      ["a missing logout_token", ""],
      ["a token that is not a JWT", "logout_token=not-a-jwt"],
    ])("answers 400 invalid_request, never cached, for %s", async (_case, body) => {
      const response = await logout(body);
      expect(response.status).toBe(400);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(((await response.json()) as { error: string }).error).toBe("invalid_request");
    });

    it("takes POST only", async () => {
      const response = await fetch(`${server.url}/deconnexion/canal-arriere`);
      expect(response.status).toBe(405);
    });
  });

  describe("API authentication", () => {
    it.each([
      ["no Authorization header", {}],
      ["a wrong key", { authorization: "Bearer not-the-key" }],
      ["the other partner's key", { authorization: `Bearer ${partner.name === "via-trajectoire" ? config.mdphEnLigne.apiKey : config.viaTrajectoire.apiKey}` }],
      ["the right key without the Bearer scheme", { authorization: partner.apiKey }],
    ])("answers 401 with a French error for %s", async (_case, headers: Record<string, string>) => {
      for (const path of [`/api/v1/personnes/${SANDBOX_SUBS.andreLefebvre}/demandes`, `/api/v1/demandes/${partner.andre}`]) {
        const response = await get(path, headers);
        expect(response.status, path).toBe(401);
        expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
        expect(errorSchema.parse(await response.json()).erreur).toBe("Clé d’API absente ou invalide.");
      }
    });
  });

  describe("API reads", () => {
    it("lists each invented person's own requests in the contract's shape, with the partner's deep link", async () => {
      let total = 0;
      for (const person of SANDBOX_PEOPLE) {
        const response = await get(`/api/v1/personnes/${person.sub}/demandes`);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
        const body = personRequestsSchema(partner.schema).parse(await response.json());
        expect(body.personneSub).toBe(person.sub);
        for (const demande of body.demandes as { id: string; personneSub: string; lien: string }[]) {
          expect(demande.personneSub).toBe(person.sub);
          expect(demande.lien).toBe(`${server.url}/demandes/${demande.id}`);
        }
        total += body.demandes.length;
      }
      expect(total).toBeGreaterThanOrEqual(6);
    });

    it("gives an aidant (Marc Bernard) and an unknown person empty lists, not an error", async () => {
      for (const sub of [SANDBOX_SUBS.marcBernard, SANDBOX_SUBS.sophieMartin, "inconnu-de-ce-partenaire"]) {
        const response = await get(`/api/v1/personnes/${encodeURIComponent(sub)}/demandes`);
        expect(response.status).toBe(200);
        const body = personRequestsSchema(partner.schema).parse(await response.json());
        expect(body).toMatchObject({ personneSub: sub, demandes: [], orientations: [] });
      }
    });

    it("answers one request, and 404 for an unknown one", async () => {
      const response = await get(`/api/v1/demandes/${partner.andre}`);
      expect(response.status).toBe(200);
      const demande = partner.schema.parse(await response.json()) as { id: string; personneSub: string };
      expect(demande).toMatchObject({ id: partner.andre, personneSub: SANDBOX_SUBS.andreLefebvre });

      const missing = await get("/api/v1/demandes/XX-0000-000000");
      expect(missing.status).toBe(404);
      expect(errorSchema.parse(await missing.json()).erreur).toContain("introuvable");
      const unknownPath = await get("/api/v1/autre-chose");
      expect(unknownPath.status).toBe(404);
      expect(errorSchema.safeParse(await unknownPath.json()).success).toBe(true);
    });
  });

  describe("outage", () => {
    it("answers 503 to every read while down for everyone, and 200 once back", async () => {
      expect((await control("/sandbox/panne", { active: true })).status).toBe(200);
      for (const path of [`/api/v1/personnes/${SANDBOX_SUBS.andreLefebvre}/demandes`, `/api/v1/personnes/inconnu/demandes`, `/api/v1/demandes/${partner.andre}`]) {
        const response = await get(path);
        expect(response.status, path).toBe(503);
        expect(errorSchema.parse(await response.json()).erreur).toContain("indisponible");
      }
      // Authentication still comes first.
      expect((await get(`/api/v1/demandes/${partner.andre}`, {})).status).toBe(401);
      const off = await control("/sandbox/panne", { active: false });
      expect(await off.json()).toEqual({ panne: { globale: false, personnes: [] } });
      expect((await get(`/api/v1/demandes/${partner.andre}`)).status).toBe(200);
    });

    it("can be down for one person only (parallel journeys keep working)", async () => {
      const on = await control("/sandbox/panne", { active: true, personneSub: SANDBOX_SUBS.nadiaHaddad });
      expect(await on.json()).toEqual({ panne: { globale: false, personnes: [SANDBOX_SUBS.nadiaHaddad] } });
      expect((await get(`/api/v1/personnes/${SANDBOX_SUBS.nadiaHaddad}/demandes`)).status).toBe(503);
      expect((await get(`/api/v1/demandes/${partner.nadia}`)).status).toBe(503);
      expect((await get(`/api/v1/personnes/${SANDBOX_SUBS.andreLefebvre}/demandes`)).status).toBe(200);
      expect((await get(`/api/v1/demandes/${partner.andre}`)).status).toBe(200);
      await control("/sandbox/panne", { active: false, personneSub: SANDBOX_SUBS.nadiaHaddad });
      expect((await get(`/api/v1/personnes/${SANDBOX_SUBS.nadiaHaddad}/demandes`)).status).toBe(200);
    });

    it("refuses a malformed switch", async () => {
      const response = await control("/sandbox/panne", { active: "oui" });
      expect(response.status).toBe(400);
      expect(errorSchema.parse(await response.json()).erreur).toContain("active");
    });
  });

  describe("controls and webhooks", () => {
    it("moves a request on, answers it with the first delivery's outcome, and sends a verifiable signed webhook", async () => {
      const before = partner.schema.parse(await (await get(`/api/v1/demandes/${partner.andre}`)).json()) as { misAJourLe: string; historique: unknown[] };
      const sent = receiver.received.length;
      const response = await control(`/sandbox/demandes/${partner.andre}/avancer`);
      expect(response.status).toBe(200);
      const result = (await response.json()) as { demande: unknown; webhook: Record<string, unknown> };
      const demande = partner.schema.parse(result.demande) as { id: string; misAJourLe: string; historique: unknown[] };
      expect(demande.historique).toHaveLength(before.historique.length + 1);
      expect(demande.misAJourLe > before.misAJourLe).toBe(true);
      expect(result.webhook).toMatchObject({ tentative: 1, resultat: "livre", statutHttp: 204, nouvelleTentativeDansMs: null, demandeId: partner.andre });

      // The API now answers the new state.
      expect(await (await get(`/api/v1/demandes/${partner.andre}`)).json()).toEqual(demande);

      expect(receiver.received).toHaveLength(sent + 1);
      const delivery = receiver.received.at(-1)!;
      expect(delivery.path).toBe(partner.webhookPath);
      expect(delivery.headers["webhook-id"]).toBe(result.webhook.id);
      expect(Math.abs(Number(delivery.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
      expect(delivery.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      const payload = new Webhook(partner.secret).verify(delivery.body, delivery.headers);
      const body = webhookBodySchema(partner.schema).parse(payload);
      expect(body).toMatchObject({ type: "demande.mise-a-jour", date: demande.misAJourLe, demande });
      // Another partner's secret, or a tampered body, does not verify.
      const otherSecret = partner.name === "via-trajectoire" ? config.mdphEnLigne.webhookSecret : config.viaTrajectoire.webhookSecret;
      expect(() => new Webhook(otherSecret).verify(delivery.body, delivery.headers)).toThrow();
      expect(() => new Webhook(partner.secret).verify(delivery.body.replace(partner.andre, partner.nadia), delivery.headers)).toThrow();
    });

    it("uses a fresh webhook-id for every event", async () => {
      const first = (await (await control(`/sandbox/demandes/${partner.andre}/avancer`)).json()) as { webhook: { id: string } };
      const second = (await (await control(`/sandbox/demandes/${partner.nadia}/avancer`)).json()) as { webhook: { id: string } };
      expect(first.webhook.id).toMatch(/^msg_[0-9a-f]{32}$/);
      expect(second.webhook.id).not.toBe(first.webhook.id);
    });

    it("retries with the same webhook-id when the portal answers 500, until it answers 204", async () => {
      receiver.answer(500, 204);
      const sent = receiver.received.length;
      const result = (await (await control(`/sandbox/demandes/${partner.andre}/avancer`)).json()) as { webhook: Record<string, unknown> };
      expect(result.webhook).toMatchObject({ tentative: 1, resultat: "echec", statutHttp: 500, nouvelleTentativeDansMs: RETRY_MS });
      await vi.waitFor(() => expect(receiver.received.length).toBe(sent + 2), { timeout: 2_000 });
      const [first, retry] = receiver.received.slice(sent);
      expect(retry?.headers["webhook-id"]).toBe(first?.headers["webhook-id"]);
      expect(new Webhook(partner.secret).verify(retry?.body ?? "", retry?.headers ?? {})).toBeTruthy();
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS * 3));
      expect(receiver.received.length).toBe(sent + 2);
    });

    it("does not retry a refusal (4xx)", async () => {
      receiver.answer(422);
      const sent = receiver.received.length;
      const result = (await (await control(`/sandbox/demandes/${partner.andre}/avancer`)).json()) as { webhook: Record<string, unknown> };
      expect(result.webhook).toMatchObject({ resultat: "refuse", statutHttp: 422, nouvelleTentativeDansMs: null });
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS * 4));
      expect(receiver.received.length).toBe(sent + 1);
    });

    it.each([
      [{ code: "n-existe-pas" }, 422],
      [{ code: 42 }, 400],
    ])("refuses %j with %i and a French error", async (body, status) => {
      const response = await control(`/sandbox/demandes/${partner.andre}/avancer`, body);
      expect(response.status).toBe(status);
      expect(errorSchema.parse(await response.json()).erreur.length).toBeGreaterThan(5);
    });

    it("answers 404 for an unknown request", async () => {
      const response = await control("/sandbox/demandes/XX-0000-000000/avancer");
      expect(response.status).toBe(404);
      expect(errorSchema.safeParse(await response.json()).success).toBe(true);
    });

    it("resets one person's requests or everything", async () => {
      const original = await (await get(`/api/v1/demandes/${partner.jeanne}`)).json();
      const untouched = await (await get(`/api/v1/demandes/${partner.andre}`)).json();
      await control(`/sandbox/demandes/${partner.andre}/avancer`);
      await control(`/sandbox/demandes/${partner.jeanne}/avancer`, {});
      const reset = await control("/sandbox/reinitialiser", { personneSub: SANDBOX_SUBS.andreLefebvre });
      expect(await reset.json()).toMatchObject({ reinitialise: true, personneSub: SANDBOX_SUBS.andreLefebvre, demandes: partner.name === "via-trajectoire" ? 2 : 1 });
      expect(await (await get(`/api/v1/demandes/${partner.andre}`)).json()).toEqual(untouched);
      expect(await (await get(`/api/v1/demandes/${partner.jeanne}`)).json()).not.toEqual(original);
      await control("/sandbox/reinitialiser");
      expect(await (await get(`/api/v1/demandes/${partner.jeanne}`)).json()).toEqual(original);
    });
  });

  describe("the /sandbox page", () => {
    it("renders accessible French forms for every control", async () => {
      const response = await fetch(`${server.url}/sandbox`);
      expect(response.status).toBe(200);
      const page = await response.text();
      expect(page).toContain('<html lang="fr"');
      expect(page.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(page).toContain(`action="/sandbox/demandes/${partner.andre}/avancer"`);
      expect(page).toContain('action="/sandbox/panne"');
      expect(page).toContain('action="/sandbox/reinitialiser"');
      for (const id of page.matchAll(/<select class="fr-select" id="([^"]+)"/g)) expect(page).toContain(`<label class="fr-label" for="${id[1]}">`);
    });

    it("accepts its own form posts and shows the outcome, and refuses cross-site ones", async () => {
      const form = (fields: Record<string, string>, origin = server.url) =>
        fetch(`${server.url}/sandbox/panne`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", origin }, body: new URLSearchParams(fields).toString() });
      const posted = await form({ personneSub: SANDBOX_SUBS.nadiaHaddad, active: "true" });
      expect(posted.status).toBe(303);
      const location = posted.headers.get("location") ?? "";
      expect(location).toMatch(/^\/sandbox\?message=/);
      const shown = await (await fetch(`${server.url}${location}`)).text();
      expect(shown).toContain("Panne simulée pour cette personne.");
      expect(shown).toContain("En panne pour : Nadia Haddad");
      expect((await get(`/api/v1/personnes/${SANDBOX_SUBS.nadiaHaddad}/demandes`)).status).toBe(503);

      const refused = await form({ active: "true" }, "http://evil.example");
      expect(refused.status).toBe(403);
      expect(errorSchema.parse(await refused.json()).erreur).toContain("ne provient pas de ce service");
      expect((await get(`/api/v1/personnes/${SANDBOX_SUBS.andreLefebvre}/demandes`)).status).toBe(200);
    });
  });
});

describe("delivery to a portal that is down", () => {
  it("reports the failure, retries in the background and never breaks the partner", async () => {
    const dead = await startWebhookReceiver();
    const deadUrl = `${dead.url}/api/webhooks/via-trajectoire`;
    await dead.close();
    const logs: string[] = [];
    const vt = await startViaTrajectoire({ port: 0, log: (message) => logs.push(message), webhook: { url: deadUrl, retryDelaysMs: [10, 10, 10] } });
    try {
      const response = await fetch(`${vt.url}/sandbox/demandes/VT-2026-005120/avancer`, { method: "POST" });
      expect(response.status).toBe(200);
      const result = (await response.json()) as { webhook: Record<string, unknown> };
      expect(result.webhook).toMatchObject({ tentative: 1, resultat: "echec", statutHttp: null, nouvelleTentativeDansMs: 10 });
      expect(String(result.webhook.erreur)).toContain("ECONNREFUSED");
      await vi.waitFor(() => expect(logs.some((line) => line.includes("attempt 4") && line.includes("giving up"))).toBe(true), { timeout: 2_000 });
      expect(logs.filter((line) => line.startsWith("webhook "))).toHaveLength(4);
      expect((await fetch(`${vt.url}/healthz`)).status).toBe(200);
    } finally {
      await vt.close();
    }
  });
});

describe("per-instance isolation", () => {
  it("gives every server its own data and outage switch", async () => {
    const receiver = await startWebhookReceiver();
    const options = { port: 0, log: silent, webhook: { url: receiver.url } };
    const [first, second] = await Promise.all([startMdphEnLigne(options), startMdphEnLigne(options)]);
    try {
      const auth = { authorization: `Bearer ${config.mdphEnLigne.apiKey}` };
      await fetch(`${first.url}/sandbox/demandes/MDPH-34-2026-001950/avancer`, { method: "POST" });
      await fetch(`${first.url}/sandbox/panne`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ active: true, personneSub: SANDBOX_SUBS.karimBenali }) });
      const moved = mdphDemandeSchema.parse(await (await fetch(`${first.url}/api/v1/demandes/MDPH-34-2026-001950`, { headers: auth })).json());
      const untouched = mdphDemandeSchema.parse(await (await fetch(`${second.url}/api/v1/demandes/MDPH-34-2026-001950`, { headers: auth })).json());
      expect(moved.etape.code).toBe("recevabilite");
      expect(untouched.etape.code).toBe("depot");
      expect((await fetch(`${first.url}/api/v1/personnes/${SANDBOX_SUBS.karimBenali}/demandes`, { headers: auth })).status).toBe(503);
      expect((await fetch(`${second.url}/api/v1/personnes/${SANDBOX_SUBS.karimBenali}/demandes`, { headers: auth })).status).toBe(200);
    } finally {
      await Promise.all([first.close(), second.close(), receiver.close()]);
    }
  });
});
