import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { setPortalDatabase } from "@/lib/db";
import { mapPointsResponse } from "@/lib/map/map-endpoint";
import { communeSearchName } from "@/lib/search/communes/search-name";
import { insertOffers } from "@/lib/testing/catalogue-fixtures";
import { anyParamValue, anyText, expectFrenchMessage, FUZZ_PARAMETERS } from "@/lib/testing/fuzz";
import { createTestDatabase } from "@/lib/testing/test-database";

import { loadSearchPage } from "./load-search-page";
import { getOfferDetails, getOffersForComparison } from "./offer-details";

// The search pages (/recherche, /recherche/carte: loadSearchPage; /comparer and /offres/[id]: the offer
// loaders), the map endpoint and the commune suggestions, called in process on a small catalogue with
// fuzzed query strings: never an exception or a 5xx, a French message for every refusal, and a healthy
// database never reported as « indisponible ».

Object.assign(process.env, { LOG_LEVEL: "error", RATE_LIMIT_JSON_API: "100000/1min" });

const SEARCH_KEYS = ["lieu", "lat", "lon", "rayon", "public", "groupe", "type", "temporalite", "prixMax", "aideSociale", "accessible", "tri", "q", "comparer", "page"];
const lyon = { latitude: 45.764, longitude: 4.8357 };
const OFFER_IDS = ["ror--ehpad-lyon", "ror--ssiad-lyon", "mba--aidants-lyon"];

/** Mostly plausible values (so that searches run), mixed with anything at all. */
const plausible: Record<string, fc.Arbitrary<string>> = {
  lieu: fc.constantFrom("Lyon", "69001", "Villeurbanne 69100", "Lyon 3e", "Lyn", "Saint", "Brest"),
  lat: fc.double({ min: -100, max: 100, noNaN: true }).map(String),
  lon: fc.double({ min: -200, max: 200, noNaN: true }).map(String),
  rayon: fc.integer({ min: -10, max: 200 }).map(String),
  groupe: fc.constantFrom("vivre-a-domicile", "en-etablissement", "aidants"),
  type: fc.constantFrom("ehpad", "ssiad", "mas"),
  tri: fc.constantFrom("distance", "prix"),
  page: fc.integer({ min: -2, max: 2000 }).map(String),
  prixMax: fc.integer({ min: -100, max: 30_000 }).map(String),
  comparer: fc.constantFrom(...OFFER_IDS),
};
const anySearch = fc.record(
  Object.fromEntries(
    SEARCH_KEYS.map((key) => [key, plausible[key] ? fc.oneof({ weight: 3, arbitrary: plausible[key] }, { weight: 2, arbitrary: anyParamValue }) : anyParamValue]),
  ) as Record<string, fc.Arbitrary<string | string[] | undefined>>,
  { requiredKeys: [] },
);
const toSearchParams = (params: Record<string, string | string[] | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const item of [value ?? []].flat()) search.append(key, item);
  return search;
};

// Generous: a shared 2-core machine can be 20× slower than an idle one; the runs are fixed, not timed.
describe("search pages and endpoints, fuzzed", { timeout: 180_000 }, () => {
  let database: Database;
  const getPrisma = async () => database.prisma;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    setPortalDatabase(database);
    const { prisma } = database;
    await prisma.commune.createMany({
      data: [
        { code: "69123", name: "Lyon", postalCodes: ["69001", "69003"], departement: "69", population: 522_250, ...lyon },
        { code: "69266", name: "Villeurbanne", postalCodes: ["69100"], departement: "69", population: 156_928, latitude: 45.7719, longitude: 4.8902 },
        { code: "69204", name: "Saint-Genis-Laval", postalCodes: ["69230"], departement: "69", population: 21_270, latitude: 45.6957, longitude: 4.7929 },
        { code: "29019", name: "Brest", postalCodes: ["29200"], departement: "29", population: 139_926, latitude: 48.4, longitude: -4.49 },
      ].map((commune) => ({ ...commune, searchName: communeSearchName(commune.name) })),
    });
    await insertOffers(prisma, [
      { id: "ror--ehpad-lyon", typeSlug: "ehpad", groupSlug: "en-etablissement", prixMensuel: 2400, ...lyon },
      { id: "ror--ssiad-lyon", typeSlug: "ssiad", groupSlug: "vivre-a-domicile", latitude: 45.77, longitude: 4.84 },
      { id: "mba--aidants-lyon", typeSlug: "plateforme-repit", groupSlug: "aidants", latitude: 45.75, longitude: 4.85 },
    ]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("/recherche and /recherche/carte: any query string renders results, a question or French errors", async () => {
    await fc.assert(
      fc.asyncProperty(anySearch, async (params) => {
        const data = await loadSearchPage(params);
        expect(data.state, JSON.stringify(params)).not.toBe("unavailable");
        if (data.state === "invalid") for (const message of Object.values(data.parsed.errors)) expectFrenchMessage(message);
      }),
      { ...FUZZ_PARAMETERS, numRuns: 150 },
    );
  });

  it("GET /api/carte: any query string gets 200/304 or a 4xx with a French message, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(anySearch, fc.option(anyText, { nil: null }), async (params, ifNoneMatch) => {
        const answer = await mapPointsResponse(getPrisma, toSearchParams(params), ifNoneMatch);
        expect(answer.status, JSON.stringify(params)).toBeLessThan(500);
        if (answer.status >= 400) expectFrenchMessage((JSON.parse(answer.body ?? "{}") as { message?: string }).message);
      }),
      { ...FUZZ_PARAMETERS, numRuns: 150 },
    );
  });

  it("GET /api/communes: any text typed in « Où ? » gets a list of labels, never a 5xx", async () => {
    const { GET } = await import("@/app/api/communes/route");
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, fc.constantFrom("Ly", "690", "saint", "69")), async (typed) => {
        const url = new URL("http://localhost:3000/api/communes");
        url.searchParams.set("q", typed);
        const response = await GET(new NextRequest(url));
        expect(response.status).toBe(200);
        const labels = (await response.json()) as Array<{ label: string }>;
        expect(labels.length).toBeLessThanOrEqual(8);
      }),
      { ...FUZZ_PARAMETERS, numRuns: 100 },
    );
  });

  it("/offres/[id] and /comparer: any id is an offer or « not found », never an exception", async () => {
    const anyId = fc.oneof(fc.constantFrom(...OFFER_IDS), anyText, fc.constantFrom(...OFFER_IDS).chain((id) => anyText.map((junk) => `${id}${junk}`)));
    await fc.assert(
      fc.asyncProperty(anyId, fc.array(anyId, { maxLength: 5 }), async (id, ids) => {
        const offer = await getOfferDetails(database.prisma, id);
        expect(offer === null || OFFER_IDS.includes(id)).toBe(true);
        const compared = await getOffersForComparison(database.prisma, ids);
        expect(compared.offers.length + compared.missing.length).toBe(ids.length);
      }),
      { ...FUZZ_PARAMETERS, numRuns: 100 },
    );
  });

  it("/offres/[id]: any path segment, even a malformed escape, is the offer or « Page non trouvée »", async () => {
    const { generateMetadata } = await import("@/app/(public)/offres/[id]/page");
    const segment = fc.oneof(fc.constantFrom("%E0%A4%A", "%", "ror--ehpad-lyon%", "%ED%A0%80", encodeURIComponent("ror--ehpad-lyon")), anyText);
    await fc.assert(
      fc.asyncProperty(segment, async (id) => {
        const metadata = await generateMetadata({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) });
        expect(typeof metadata.title).toBe("string");
      }),
      { ...FUZZ_PARAMETERS, numRuns: 50 },
    );
  });
});
