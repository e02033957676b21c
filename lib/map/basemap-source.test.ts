import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { BASEMAP_CACHE_CONTROL, basemapResponse, resetBasemapCache } from "./basemap-source";

const topology = {
  type: "Topology",
  transform: { scale: [1, 1], translate: [0, 40] },
  arcs: [[[2, 5], [1, 0], [0, 1], [-1, 0], [0, -1]]],
  objects: { countries: { type: "GeometryCollection", geometries: [{ type: "Polygon", id: "250", properties: { name: "France" }, arcs: [[0]] }] } },
};

describe("basemapResponse", () => {
  afterEach(resetBasemapCache);

  it("serves the countries as GeoJSON, cached for a day, with an ETag that answers 304", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "basemap-")), "countries-50m.json");
    writeFileSync(file, JSON.stringify(topology));
    const answer = await basemapResponse(null, file);
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({ "Cache-Control": BASEMAP_CACHE_CONTROL, "Content-Type": expect.stringContaining("geo+json") });
    const body = JSON.parse(answer.body ?? "");
    expect(body.features.map((feature: { properties: { nom: string } }) => feature.properties.nom)).toEqual(["France"]);
    const again = await basemapResponse(answer.headers.ETag ?? null, file);
    expect(again).toMatchObject({ status: 304, body: null });
  });

  it("still answers, with an empty basemap not cached for long, when world-atlas is missing", async () => {
    const answer = await basemapResponse(null, "/nonexistent/countries-50m.json");
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body ?? "")).toEqual({ type: "FeatureCollection", features: [] });
    expect(answer.headers["Cache-Control"]).toBe("no-cache");
  });
});
