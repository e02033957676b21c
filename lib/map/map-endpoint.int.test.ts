import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { communeSearchName } from "@/lib/search";
import { insertOffers } from "@/lib/testing/catalogue-fixtures";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";

import type { MapOffersAnswer } from "./feature-collection";
import { MAP_CACHE_CONTROL } from "./http-cache";
import { MAP_MESSAGES, mapPointsResponse } from "./map-endpoint";
import { findPlaceLabels, placeLabelsResponse } from "./places";

const lyon = { latitude: 45.764, longitude: 4.8357 };
/** A point `km` kilometres north of Lyon, `east` km east. */
const at = (km: number, east = 0) => ({
  latitude: lyon.latitude + km / 111.32,
  longitude: lyon.longitude + east / (111.32 * Math.cos((lyon.latitude * Math.PI) / 180)),
});

type Fixture = { id: string; km: number; east?: number; typeSlug: string; groupSlug: string; listed?: boolean };

/** More offers within 20 km than one page of the list (20), to prove the map gets them all. */
const nearby: Fixture[] = Array.from({ length: 24 }, (_, index) => ({
  id: `ror--ssiad-${String(index).padStart(2, "0")}`,
  km: 1 + (index % 12),
  east: index < 12 ? 1 : -1,
  typeSlug: "ssiad",
  groupSlug: "vivre-a-domicile",
}));
const fixtures: Fixture[] = [
  ...nearby,
  { id: "ror--ehpad-2km", km: 2, typeSlug: "ehpad", groupSlug: "en-etablissement" },
  { id: "ror--mas-19km", km: 19, typeSlug: "mas", groupSlug: "en-etablissement" },
  { id: "ror--ehpad-150km", km: 150, typeSlug: "ehpad", groupSlug: "en-etablissement" },
  { id: "finess--ehpad-hidden", km: 3, typeSlug: "ehpad", groupSlug: "en-etablissement", listed: false },
];

const communes = [
  { code: "69123", name: "Lyon", postalCodes: ["69001", "69002", "69003"], departement: "69", population: 522_250, ...lyon },
  { code: "69266", name: "Villeurbanne", postalCodes: ["69100"], departement: "69", population: 156_928, latitude: 45.7719, longitude: 4.8902 },
  { code: "69204", name: "Saint-Genis-Laval", postalCodes: ["69230"], departement: "69", population: 21_270, latitude: 45.6957, longitude: 4.7929 },
  { code: "69205", name: "Saint-Genis-les-Ollières", postalCodes: ["69290"], departement: "69", population: 5_000, latitude: 45.7586, longitude: 4.7262 },
  { code: "29019", name: "Brest", postalCodes: ["29200"], departement: "29", population: 139_926, latitude: 48.4, longitude: -4.49 },
];

const params = (query: string) => new URLSearchParams(query);

describe.each(testEngines())("GET /api/carte on %s", (engine) => {
  let database: Database;
  const getPrisma = async () => database.prisma;
  const request = (query: string, ifNoneMatch: string | null = null) => mapPointsResponse(getPrisma, params(query), ifNoneMatch);
  const collection = async (query: string) => {
    const answer = await request(query);
    expect(answer.status).toBe(200);
    return JSON.parse(answer.body ?? "") as MapOffersAnswer;
  };
  const ids = async (query: string) => (await collection(query)).offres.map(([id]) => id).sort();

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const { prisma } = database;
    await prisma.commune.createMany({ data: communes.map((commune) => ({ ...commune, searchName: communeSearchName(commune.name) })) });
    await insertOffers(
      prisma,
      fixtures.map(({ km, east, ...fixture }) => ({ ...fixture, ...at(km, east) })),
    );
  });
  afterAll(async () => {
    await database?.close();
  });

  it("answers every listed offer within the radius (not one page) as rows", async () => {
    const answer = await request("lieu=Lyon");
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({ "Content-Type": "application/json; charset=utf-8", "Cache-Control": MAP_CACHE_CONTROL });
    const body = JSON.parse(answer.body ?? "") as MapOffersAnswer;
    expect(body.offres).toHaveLength(26);
    const ids = body.offres.map(([id]) => id);
    expect(ids).not.toContain("ror--ehpad-150km");
    expect(ids).not.toContain("finess--ehpad-hidden");
    const [, nom, type, longitude, latitude] = body.offres.find(([id]) => id === "ror--ehpad-2km") ?? [];
    expect(nom).toBe("Offre ror--ehpad-2km");
    expect(body.types[type ?? -1]).toMatch(/EHPAD/);
    expect(new Set(body.types).size).toBe(body.types.length);
    // Longitude (Lyon's ≈ 4.8) before latitude, as in GeoJSON.
    expect(longitude).toBeCloseTo(at(2).longitude, 4);
    expect(latitude).toBeCloseTo(at(2).latitude, 4);
    expect(body.recherche).toEqual({ lieu: "Lyon (69001)", centre: [4.8357, 45.764], rayonKm: 20 });
    const [west, south, east, north] = body.bbox ?? [];
    expect(south).toBeCloseTo(at(1).latitude, 4);
    expect(north).toBeCloseTo(at(19).latitude, 4);
    expect(west).toBeLessThan(lyon.longitude);
    expect(east).toBeGreaterThan(lyon.longitude);
  });

  it("applies the search's filters and radius", async () => {
    expect(await ids("lieu=Lyon&groupe=en-etablissement")).toEqual(["ror--ehpad-2km", "ror--mas-19km"]);
    expect(await ids("lieu=Lyon&type=mas")).toEqual(["ror--mas-19km"]);
    expect(await ids("lieu=Lyon&rayon=5&groupe=en-etablissement")).toEqual(["ror--ehpad-2km"]);
    expect((await collection("lieu=Lyon&rayon=5")).recherche.rayonKm).toBe(5);
  });

  it("ignores the list's page number: every page shows the same map", async () => {
    expect((await request("lieu=Lyon&page=2")).body).toBe((await request("lieu=Lyon")).body);
  });

  it("searches around a position", async () => {
    const body = await collection(`lat=${lyon.latitude}&lon=${lyon.longitude}&rayon=5&groupe=en-etablissement`);
    expect(body.recherche.lieu).toBe("votre position");
    expect(body.offres.map(([id]) => id)).toEqual(["ror--ehpad-2km"]);
  });

  it("answers an empty collection, without bbox, where there is nothing", async () => {
    const body = await collection("lieu=Brest");
    expect(body.offres).toEqual([]);
    expect(body.bbox).toBeUndefined();
    expect(body.recherche.lieu).toBe("Brest (29200)");
  });

  it("answers 304 to a matching If-None-Match, and 200 when the search changed", async () => {
    const first = await request("lieu=Lyon");
    const etag = first.headers.ETag ?? "";
    expect(etag).toMatch(/^W\//);
    const again = await request("lieu=Lyon", etag);
    expect(again).toMatchObject({ status: 304, body: null, headers: { ETag: etag, "Cache-Control": MAP_CACHE_CONTROL } });
    expect((await request("lieu=Lyon&rayon=5", etag)).status).toBe(200);
  });

  it.each([
    ["lieu=Lyon&rayon=2", "rayon", "Le rayon doit être d'au moins 5 km."],
    ["lieu=Lyon&public=inconnu", "public", "Choisissez « Pour qui ? » parmi les réponses proposées."],
    ["lieu=Lyon&type=inconnu", "type", "Un type de solution demandé n'existe pas."],
  ])("refuses bad criteria %j with 400 and the field's French error", async (query, field, message) => {
    const answer = await request(query);
    expect(answer.status).toBe(400);
    expect(answer.headers["Cache-Control"]).toBe("no-store");
    expect(JSON.parse(answer.body ?? "")).toEqual({ message: MAP_MESSAGES.invalid, erreurs: { [field]: message } });
  });

  it("asks for a place when there is none", async () => {
    const answer = await request("groupe=en-etablissement");
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body ?? "")).toMatchObject({ message: MAP_MESSAGES.needsPlace, erreurs: { lieu: expect.any(String) } });
  });

  it("answers 404 with a French message for an unknown place", async () => {
    const answer = await request("lieu=Nullepart-sur-Mer");
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body ?? "")).toEqual({ message: MAP_MESSAGES.placeNotFound("Nullepart-sur-Mer") });
    expect(JSON.parse(answer.body ?? "").message).toContain("« Nullepart-sur-Mer »");
  });

  it("answers 409 with the candidates for an ambiguous place", async () => {
    const answer = await request("lieu=Saint-Genis");
    expect(answer.status).toBe(409);
    expect(JSON.parse(answer.body ?? "")).toEqual({
      message: MAP_MESSAGES.placeAmbiguous("Saint-Genis"),
      candidats: ["Saint-Genis-Laval (69230)", "Saint-Genis-les-Ollières (69290)"],
    });
  });

  it("gives the embedded basemap the most populated communes of a box", async () => {
    const labels = await findPlaceLabels(database.prisma, [4.5, 45.5, 5.2, 46.05]);
    expect(labels.features.map((feature) => feature.properties.nom)).toEqual(["Lyon", "Villeurbanne", "Saint-Genis-Laval", "Saint-Genis-les-Ollières"]);
    expect(labels.features[0]).toMatchObject({ geometry: { type: "Point", coordinates: [4.8357, 45.764] }, properties: { population: 522_250 } });
    expect((await findPlaceLabels(database.prisma, [4.5, 45.5, 5.2, 46.05], 1)).features).toHaveLength(1);
    const answer = await placeLabelsResponse(getPrisma, params("bbox=4.5,45.5,5.2,46.05"));
    expect(answer.status).toBe(200);
    expect(answer.headers["Cache-Control"]).toMatch(/^public/);
    expect((await placeLabelsResponse(getPrisma, params("bbox=0,0,10,10"))).status).toBe(400);
  });
});

describe("GET /api/carte when the database fails", () => {
  it("answers 503 with a French message, never 500", async () => {
    const down = async (): Promise<PrismaClient> => {
      throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
    };
    const answer = await mapPointsResponse(down, params("lieu=Lyon"));
    expect(answer.status).toBe(503);
    expect(answer.headers["Cache-Control"]).toBe("no-store");
    expect(JSON.parse(answer.body ?? "")).toEqual({ message: MAP_MESSAGES.unavailable });
  });

  it("answers 503 when a query fails halfway", async () => {
    const broken = { $queryRaw: async () => Promise.reject(new Error("relation \"Commune\" does not exist")) } as unknown as PrismaClient;
    expect((await mapPointsResponse(async () => broken, params("lieu=Lyon"))).status).toBe(503);
    expect((await placeLabelsResponse(async () => broken, params("bbox=4.5,45.5,5.2,46.05"))).status).toBe(503);
  });

  it("still checks the criteria first, without touching the database", async () => {
    const untouched = async (): Promise<PrismaClient> => {
      throw new Error("must not be called");
    };
    expect((await mapPointsResponse(untouched, params("rayon=1000"))).status).toBe(400);
  });
});
