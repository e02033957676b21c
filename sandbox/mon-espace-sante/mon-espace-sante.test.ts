import { createHash, randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { partnerClient } from "../identity-provider/config";
import { SANDBOX_SUBS } from "../identity-provider/people";
import { startIdentityProvider, type RunningIdentityProvider } from "../identity-provider/server";
import { reservePort } from "../partner-kit/test-browser";
import { CONSENT_REFUSED } from "./fhir";
import { startMonEspaceSante, type RunningMonEspaceSante } from "./server";
import { consentAtMes } from "./test-pairing";

// The Mon espace santé stand-in as a referenced service sees it: pairing
// (code + PKCE, consent per flow), refresh, revocation from both sides, and
// the FHIR writes with their consent check and idempotent identifiers.

const REDIRECT = "http://localhost:9/retour";
const CLIENT = { clientId: "portail-test", clientSecret: "portail-test-secret-0123456789", redirectUris: [REDIRECT] };
let idp: RunningIdentityProvider;
let mes: RunningMonEspaceSante;

beforeAll(async () => {
  const port = await reservePort();
  idp = await startIdentityProvider({ port: 0, clients: [partnerClient(`http://localhost:${port}`, "mes-test", "mes-secret", "Mon espace santé")] });
  mes = await startMonEspaceSante({ port, issuer: idp.issuer, clientId: "mes-test", clientSecret: "mes-secret", portalClient: CLIENT, log: () => {} });
});

afterAll(async () => {
  await mes?.close();
  await idp?.close();
});

async function pair(sub: string, scope: string): Promise<{ access_token: string; refresh_token: string; scope: string }> {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const state = randomBytes(16).toString("hex");
  const query = new URLSearchParams({ response_type: "code", client_id: CLIENT.clientId, redirect_uri: REDIRECT, scope, state, code_challenge: challenge, code_challenge_method: "S256" });
  const back = await consentAtMes({ authorizeUrl: `${mes.url}/oauth/authorize?${query.toString()}`, idpUrl: idp.url, sub, redirectUri: REDIRECT });
  expect(back.searchParams.get("state")).toBe(state);
  const code = back.searchParams.get("code") ?? "";
  const response = await token({ grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: verifier });
  expect(response.status).toBe(200);
  // A code works once.
  expect((await token({ grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: verifier })).status).toBe(400);
  return (await response.json()) as { access_token: string; refresh_token: string; scope: string };
}

function token(fields: Record<string, string>): Promise<Response> {
  return fetch(`${mes.url}/oauth/token`, { method: "POST", body: new URLSearchParams({ client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, ...fields }) });
}

const appointment = (value: string, start: string) => ({
  resourceType: "Appointment",
  identifier: [{ system: "urn:test", value }],
  status: "booked",
  description: "Visite d’évaluation",
  start,
  end: start.replace("T09", "T10"),
  participant: [{ status: "accepted" }],
});

function fhir(accessToken: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${mes.url}/fhir${path}`, { ...init, headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/fhir+json", ...init.headers } });
}

describe("Mon espace santé stand-in", () => {
  it("pairs for the agenda only: appointments are upserted on their identifier, documents are refused with an OperationOutcome", async () => {
    const tokens = await pair(SANDBOX_SUBS.karimBenali, "agenda");
    expect(tokens.scope).toBe("agenda");
    const put = (start: string) => fhir(tokens.access_token, "/Appointment?identifier=urn:test|rdv-1", { method: "PUT", body: JSON.stringify(appointment("rdv-1", start)) });
    expect((await put("2026-12-10T09:00:00+01:00")).status).toBe(201);
    const moved = await put("2026-12-12T09:00:00+01:00");
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { meta: { versionId: string } }).meta.versionId).toBe("2");
    const agenda = (await (await fetch(`${mes.url}/sandbox/etat?personneSub=${SANDBOX_SUBS.karimBenali}`)).json()) as { agenda: { start: string }[] };
    expect(agenda.agenda.map((item) => item.start)).toEqual(["2026-12-12T09:00:00+01:00"]);

    const refused = await fhir(tokens.access_token, "/DocumentReference", { method: "POST", body: "{}" });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ resourceType: "OperationOutcome", issue: [{ diagnostics: CONSENT_REFUSED }] });
  });

  it("keeps one document per identifier and serves its PDF as a Binary", async () => {
    const tokens = await pair(SANDBOX_SUBS.jeanneMartin, "agenda documents");
    const document = {
      resourceType: "DocumentReference",
      identifier: [{ system: "urn:test", value: "decision-1" }],
      status: "current",
      type: { coding: [{ code: "decision" }] },
      date: "2026-12-01T10:00:00+01:00",
      author: [{ display: "MDPH du Rhône (fictive)" }],
      description: "Décision de la CDAPH",
      content: [{ attachment: { contentType: "application/pdf", data: Buffer.from("%PDF-1.7 test").toString("base64"), title: "decision.pdf" } }],
    };
    const post = () => fhir(tokens.access_token, "/DocumentReference", { method: "POST", headers: { "if-none-exist": "identifier=urn:test|decision-1" }, body: JSON.stringify(document) });
    expect((await post()).status).toBe(201);
    const again = await post();
    expect(again.status).toBe(200);
    const stored = (await again.json()) as { content: { attachment: { url: string } }[] };
    const binary = await fhir(tokens.access_token, `/${stored.content[0]?.attachment.url ?? ""}`);
    expect(binary.headers.get("content-type")).toBe("application/pdf");
    expect(await binary.text()).toBe("%PDF-1.7 test");
    const list = (await (await fhir(tokens.access_token, "/DocumentReference")).json()) as { total: number };
    expect(list.total).toBe(1);
  });

  it("rotates refresh tokens, lets a refresh narrow the consent, and ends the pairing on revocation", async () => {
    const tokens = await pair(SANDBOX_SUBS.sophieMartin, "agenda documents");
    const narrowed = await token({ grant_type: "refresh_token", refresh_token: tokens.refresh_token, scope: "agenda" });
    const next = (await narrowed.json()) as { access_token: string; refresh_token: string; scope: string };
    expect(next.scope).toBe("agenda");
    expect((await token({ grant_type: "refresh_token", refresh_token: tokens.refresh_token })).status).toBe(400);
    // Withdrawn at MES too: a document is now refused, even asking to widen again by refresh.
    expect((await fhir(next.access_token, "/DocumentReference")).status).toBe(403);
    expect((await token({ grant_type: "refresh_token", refresh_token: next.refresh_token, scope: "agenda documents" })).status).toBe(400);

    await fetch(`${mes.url}/oauth/revoke`, { method: "POST", body: new URLSearchParams({ client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, token: next.refresh_token }) });
    expect((await fhir(next.access_token, "/Appointment")).status).toBe(401);
  });

  it("answers 503 while the sandbox outage is on, and 401 without a token", async () => {
    const tokens = await pair(SANDBOX_SUBS.andreLefebvre, "agenda");
    await fetch(`${mes.url}/sandbox/panne`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ active: true }) });
    expect((await fhir(tokens.access_token, "/Appointment")).status).toBe(503);
    await fetch(`${mes.url}/sandbox/panne`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ active: false }) });
    expect((await fhir(tokens.access_token, "/Appointment")).status).toBe(200);
    expect((await fetch(`${mes.url}/fhir/Appointment`)).status).toBe(401);
    const page = await (await fetch(`${mes.url}/sandbox`)).text();
    expect(page).toContain("Visite d’évaluation");
  });
});
