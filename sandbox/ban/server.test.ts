import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startBanSandbox, type BanSandbox } from "./server";

describe("Base Adresse Nationale sandbox", () => {
  let sandbox: BanSandbox;
  beforeAll(async () => {
    sandbox = await startBanSandbox({ port: 0 });
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  const search = async (query: string) => {
    const response = await fetch(`${sandbox.url}/search/?${query}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> & { features: Array<{ geometry: { coordinates: number[] }; properties: Record<string, unknown> }> } };
  };

  it("answers municipalities in the real GeoJSON layout, best score first", async () => {
    const { status, body } = await search("q=Villeurbanne&type=municipality&limit=3");
    expect(status).toBe(200);
    expect(body).toMatchObject({ type: "FeatureCollection", query: "Villeurbanne", filters: { type: "municipality" }, limit: 3 });
    const [first] = body.features;
    expect(first?.properties).toMatchObject({ type: "municipality", name: "Villeurbanne", city: "Villeurbanne", citycode: "69266", postcode: "69100", label: "Villeurbanne" });
    expect(first?.properties.score).toBeGreaterThan(0.9);
    const [longitude, latitude] = first?.geometry.coordinates ?? [];
    expect(latitude).toBeGreaterThan(45);
    expect(latitude).toBeLessThan(46.5);
    expect(longitude).toBeGreaterThan(4);
    expect(longitude).toBeLessThan(5.5);
  });

  it("finds spellings without accents or with « St », and homonyms by population", async () => {
    expect((await search("q=st%20etienne&type=municipality")).body.features[0]?.properties).toMatchObject({ citycode: "42218" });
    const homonyms = (await search("q=Saint-Denis&type=municipality&limit=10")).body.features.map((feature) => feature.properties.citycode);
    expect(homonyms.slice(0, 2)).toEqual(["97411", "93066"]);
  });

  it("searches postal codes and filters by postcode", async () => {
    const byCode = (await search("q=69003&type=municipality")).body.features[0]?.properties;
    expect(byCode).toMatchObject({ citycode: "69123", postcode: "69003" });
    const filtered = (await search("q=Saint-Denis&type=municipality&postcode=93200")).body.features.map((feature) => feature.properties.citycode);
    expect(filtered).toEqual(["93066"]);
  });

  it("answers an empty collection when nothing matches, and 400 as the real API for a bad q", async () => {
    expect((await search("q=Xyzzyville&type=municipality")).body.features).toEqual([]);
    expect(await search("q=ab&type=municipality")).toMatchObject({ status: 400, body: { code: 400 } });
    expect((await search("q=Lyon&type=street")).status).toBe(400);
  });
});
