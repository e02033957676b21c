import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { insertOffers } from "@/lib/testing/catalogue-fixtures";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";

import { countIndexedOffers, currentOfferSitemapIds, offersSitemap } from "./sitemap";

const PORTAL = "https://autonomie.example.gouv.fr";
const lyon = { latitude: 45.76, longitude: 4.84, typeSlug: "ehpad", groupSlug: "etablissement" };

describe.each(testEngines())("offer sitemaps on %s", (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await insertOffers(database.prisma, [
      { id: "ror--b 2", ...lyon },
      { id: "ror--a1", ...lyon },
      // A FINESS offer that repeats a ROR one is not listed: no page for search engines.
      { id: "finess--690000001", ...lyon, listed: false },
    ]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("lists every listed offer once, in id order, with its encoded URL and the date it last changed", async () => {
    expect(await countIndexedOffers(database.prisma)).toBe(2);
    const entries = await offersSitemap(database.prisma, PORTAL, 0);
    expect(entries.map((entry) => entry.url)).toEqual([`${PORTAL}/offres/ror--a1`, `${PORTAL}/offres/ror--b%202`]);
    expect(entries.every((entry) => entry.lastModified instanceof Date)).toBe(true);
  });

  it("gives an empty list past the last offer sitemap", async () => {
    expect(await offersSitemap(database.prisma, PORTAL, 1)).toEqual([]);
  });

  it("outside a request (the build) knows no offer sitemap, without reading the database", async () => {
    const noDatabase = () => Promise.reject(new Error("the build must not read the database"));
    expect(await currentOfferSitemapIds(noDatabase)).toEqual([]);
  });
});
