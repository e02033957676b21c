import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ingestConfigFromEnv } from "@/lib/ingest/config";
import { mbaPages } from "@/lib/ingest/sources/mba/client";

import { startMbaSandbox, type MbaSandbox } from "./server";

describe("Ma Boussole Aidants sandbox", () => {
  let sandbox: MbaSandbox;
  beforeAll(async () => {
    sandbox = await startMbaSandbox({ port: 0, offers: 600, pageSize: 7 });
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it("refuses calls without the x-api-key header", async () => {
    const response = await fetch(`${sandbox.url}/v1/client/structures?idTypeStructure=1&page=0`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ message: "Clé d'API absente ou invalide (en-tête x-api-key)" });
  });

  it("pages every type until an empty page, giving each structure once", async () => {
    const config = ingestConfigFromEnv({ MBA_API_BASE_URL: sandbox.url });
    const ids: string[] = [];
    let pages = 0;
    for await (const page of mbaPages(config, sandbox.url, new AbortController().signal)) {
      pages += 1;
      expect(page.structures.length).toBeLessThanOrEqual(7);
      ids.push(...page.structures.map((structure) => String(structure.idStructure)));
    }
    expect(ids).toHaveLength(sandbox.structures.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toBeGreaterThan(sandbox.structures.length / 7);
  });

  it("requires idTypeStructure", async () => {
    const response = await fetch(`${sandbox.url}/v1/client/structures?page=0`, { headers: { "x-api-key": "cle-bac-a-sable-mba" } });
    expect(response.status).toBe(400);
  });
});
