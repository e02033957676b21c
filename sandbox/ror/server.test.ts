import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ingestConfigFromEnv, type IngestConfig } from "@/lib/ingest/config";
import { HttpStatusError } from "@/lib/http";
import type { Bundle, HealthcareService } from "@/lib/ingest/sources/ror/fhir";
import { RorClient } from "@/lib/ingest/sources/ror/client";

import { startRorSandbox, type RorSandbox } from "./server";

const RORHEADERS = {
  "Ror-Profil-Utilisateur-Code": "CU22",
  "Ror-Profil-Utilisateur-System": "1.2.250.1.213.1.6.1.66",
  "Ror-Role-Metier-Code": "AUTOMATE",
  "Ror-Role-Metier-System": "1.2.250.1.213.1.1.4.6",
};

describe("ROR FHIR sandbox", () => {
  let sandbox: RorSandbox;
  let config: IngestConfig;
  beforeAll(async () => {
    sandbox = await startRorSandbox({ port: 0, offers: 450, tokenTtlSeconds: 1 });
    config = ingestConfigFromEnv({ ROR_FHIR_BASE_URL: sandbox.fhirBaseUrl, ROR_TOKEN_URL: sandbox.tokenUrl });
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  async function token(): Promise<string> {
    return new RorClient(config, new AbortController().signal).fetchToken();
  }

  it("issues client_credentials tokens to the known client only", async () => {
    const wrong = await fetch(sandbox.tokenUrl, { method: "POST", body: new URLSearchParams({ grant_type: "client_credentials", client_id: "x", client_secret: "y" }) });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: "invalid_client" });
    const grant = await fetch(sandbox.tokenUrl, { method: "POST", body: new URLSearchParams({ grant_type: "password" }) });
    expect(grant.status).toBe(400);
    const basic = await fetch(sandbox.tokenUrl, {
      method: "POST",
      headers: { Authorization: `Basic ${Buffer.from(`${config.ror.clientId}:${config.ror.clientSecret}`).toString("base64")}` },
      body: new URLSearchParams({ grant_type: "client_credentials" }),
    });
    expect(await basic.json()).toMatchObject({ token_type: "Bearer", expires_in: 1 });
  });

  it("answers 401 without a valid token and 403 without the Ror-* headers, as OperationOutcome", async () => {
    const anonymous = await fetch(`${sandbox.fhirBaseUrl}/HealthcareService`, { headers: RORHEADERS });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ resourceType: "OperationOutcome", issue: [{ code: "login" }] });
    const forged = await fetch(`${sandbox.fhirBaseUrl}/HealthcareService`, { headers: { ...RORHEADERS, Authorization: "Bearer forged" } });
    expect(forged.status).toBe(401);
    const headless = await fetch(`${sandbox.fhirBaseUrl}/HealthcareService`, { headers: { Authorization: `Bearer ${await token()}`, "Ror-Role-Metier-Code": "AUTOMATE" } });
    expect(headless.status).toBe(403);
    expect(await headless.json()).toMatchObject({
      resourceType: "OperationOutcome",
      issue: [{ code: "forbidden", diagnostics: "Missing required header(s): ror-profil-utilisateur-code, ror-profil-utilisateur-system, ror-role-metier-system" }],
    });
  });

  it("pages through every offer once with next links, includes and Bundle.total, capping _count at 200", async () => {
    const bearer = await token();
    const first = (await (
      await fetch(`${sandbox.fhirBaseUrl}/HealthcareService?_include=HealthcareService:organization&_include=HealthcareService:location&_count=500`, {
        headers: { ...RORHEADERS, Authorization: `Bearer ${bearer}` },
      })
    ).json()) as Bundle;
    expect(first.total).toBe(450);
    const matches = first.entry?.filter((entry) => entry.search?.mode === "match") ?? [];
    expect(matches).toHaveLength(200);
    const organizations = first.entry?.filter((entry) => entry.resource?.resourceType === "Organization") ?? [];
    expect(new Set(organizations.map((entry) => entry.resource?.id)).size).toBe(organizations.length);
    expect(first.entry?.filter((entry) => entry.resource?.resourceType === "Location")).toHaveLength(200);

    const ids: string[] = [];
    for await (const bundle of new RorClient(config, new AbortController().signal).pages(null)) {
      expect(bundle.total).toBe(450);
      for (const entry of bundle.entry ?? []) if (entry.search?.mode === "match") ids.push(entry.resource?.id ?? "");
    }
    expect(ids).toHaveLength(450);
    expect(new Set(ids).size).toBe(450);
  });

  it("filters on _lastUpdated and service-category", async () => {
    const headers = { ...RORHEADERS, Authorization: `Bearer ${await token()}` };
    const ehpad = (await (await fetch(`${sandbox.fhirBaseUrl}/HealthcareService?service-category=https://mos.esante.gouv.fr/NOS/TRE_R244-CategorieOrganisation/FHIR/TRE-R244-CategorieOrganisation|21&_count=200`, { headers })).json()) as Bundle;
    const expected = sandbox.catalogue.offers.filter((offer) => offer.typeOffre === "21").length;
    expect(ehpad.total).toBe(expected);
    expect(ehpad.entry?.every((entry) => (entry.resource as HealthcareService).category?.[0]?.coding?.[0]?.code === "21")).toBe(true);

    const before = new Date();
    const changed = sandbox.mutate(7, 2);
    const recent = (await (await fetch(`${sandbox.fhirBaseUrl}/HealthcareService?_lastUpdated=ge${before.toISOString()}`, { headers })).json()) as Bundle;
    expect(recent.total).toBe(9);
    expect(recent.entry?.map((entry) => entry.resource?.id).sort()).toEqual([...changed].sort());
    expect(recent.entry?.filter((entry) => (entry.resource as HealthcareService).active === false)).toHaveLength(2);
    const invalid = await fetch(`${sandbox.fhirBaseUrl}/HealthcareService?_lastUpdated=gehier`, { headers });
    expect(invalid.status).toBe(400);
  });

  it("lets the client renew an expired token once", async () => {
    const client = new RorClient(config, new AbortController().signal);
    await client.fetchToken();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const tokensBefore = sandbox.stats.tokens;
    const iterator = client.pages(null)[Symbol.asyncIterator]();
    const page = await iterator.next();
    expect(page.value?.resourceType).toBe("Bundle");
    expect(sandbox.stats.tokens).toBe(tokensBefore + 1);
  });

  it("surfaces a refused client as an HTTP error", async () => {
    const bad = ingestConfigFromEnv({ ROR_FHIR_BASE_URL: sandbox.fhirBaseUrl, ROR_TOKEN_URL: sandbox.tokenUrl, ROR_CLIENT_SECRET: "faux" });
    const pages = new RorClient(bad, new AbortController().signal).pages(null)[Symbol.asyncIterator]();
    await expect(pages.next()).rejects.toBeInstanceOf(HttpStatusError);
  });
});
