import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { insertOffers } from "@/lib/testing/catalogue-fixtures";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";

import { catalogueSnapshot, searchSnapshot, snapshotMapPoints } from "./catalogue-snapshot";
import { findMapPoints, findOffers, type OfferSearch, type OfferSearchPage } from "./find-offers";

const lyon = { latitude: 45.764, longitude: 4.8357 };
/** A point `km` kilometres north of Lyon. */
const north = (km: number) => ({ latitude: lyon.latitude + km / 111.32, longitude: lyon.longitude });

type Fixture = {
  id: string;
  km: number;
  typeSlug: string;
  groupSlug: string;
  publicSlugs: string[];
  temporalites?: string[];
  modes?: string[];
  prixMensuel?: number;
  aideSociale?: boolean;
  listed?: boolean;
  description?: string;
  typeOffre?: string;
  structure?: string;
  accessibility?: string;
};

const fixtures: Fixture[] = [
  { id: "ror--ehpad-2km", km: 2, typeSlug: "ehpad", groupSlug: "en-etablissement", publicSlugs: ["personnes-agees"], temporalites: ["02"], prixMensuel: 2400, aideSociale: true },
  { id: "ror--ssiad-10km", km: 10, accessibility: "Accessibilité des locaux : Ad'AP", typeSlug: "ssiad", groupSlug: "vivre-a-domicile", publicSlugs: ["personnes-agees", "personnes-handicapees"] },
  { id: "ror--adj-5km", km: 5, accessibility: "Accessibilité des locaux : Accessible", typeSlug: "accueil-de-jour", groupSlug: "soutenir-les-aidants", publicSlugs: ["personnes-agees", "aidants"], modes: ["47"], description: "Ateliers mémoire le mardi" },
  { id: "ror--temp-8km", km: 8, typeSlug: "hebergement-temporaire", groupSlug: "soutenir-les-aidants", publicSlugs: ["personnes-agees"], temporalites: ["01"], prixMensuel: 3100 },
  { id: "ror--mas-19km", km: 19, accessibility: "Accessibilité des locaux : Conforme", typeSlug: "mas", groupSlug: "en-etablissement", publicSlugs: ["personnes-handicapees"], temporalites: ["02"], prixMensuel: 5200 },
  { id: "ror--ehpad-150km", km: 150, typeSlug: "ehpad", groupSlug: "en-etablissement", publicSlugs: ["personnes-agees"], temporalites: ["02"] },
  { id: "ror--site-permanent", km: 40, typeSlug: "ehpad", groupSlug: "en-etablissement", publicSlugs: ["personnes-agees"], temporalites: ["02"], structure: "shared" },
  { id: "ror--site-pasa", km: 40, typeSlug: "ehpad", groupSlug: "en-etablissement", publicSlugs: ["personnes-agees"], temporalites: ["02"], typeOffre: "25", structure: "shared" },
  { id: "finess--ehpad-hidden", km: 3, typeSlug: "ehpad", groupSlug: "en-etablissement", publicSlugs: ["personnes-agees"], listed: false },
];

const base: OfferSearch = { origin: lyon, radiusKm: 20, types: [], aideSociale: false };

describe.each(testEngines())("offer search on %s", (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await insertOffers(
      database.prisma,
      fixtures.map(({ km, ...fixture }) => ({ ...fixture, ...north(km) })),
    );
  });
  afterAll(async () => {
    await database?.close();
  });

  // Every search runs in SQL and on the in-memory snapshot the pages use: both must agree.
  const offerIds = (page: OfferSearchPage) => page.items.flatMap((site) => site.offers.map((offer) => offer.id));
  const ids = async (search: Partial<OfferSearch>) => {
    const sql = offerIds(await findOffers(database.prisma, { ...base, ...search }, 1));
    const memory = offerIds(searchSnapshot(await catalogueSnapshot(database.prisma), { ...base, ...search }, 1));
    expect(memory).toEqual(sql);
    return sql;
  };

  it("returns listed offers within the radius, nearest first, with distances", async () => {
    const page = await findOffers(database.prisma, base, 1);
    expect(offerIds(page)).toEqual(["ror--ehpad-2km", "ror--adj-5km", "ror--temp-8km", "ror--ssiad-10km", "ror--mas-19km"]);
    expect(page.total).toBe(5);
    expect(page.items[0]?.distanceKm).toBeCloseTo(2, 1);
    expect(page.items[0]).toMatchObject({ city: "Lyon", postalCode: "69001" });
    expect(page.items[0]?.typeLabel).toMatch(/EHPAD/);
    const memory = searchSnapshot(await catalogueSnapshot(database.prisma), base, 1);
    expect(memory.total).toBe(page.total);
    const rounded = (result: OfferSearchPage) =>
      result.items.flatMap((site) => site.offers).map(({ distanceKm, ...item }) => ({ ...item, distanceKm: Number(distanceKm.toFixed(6)) }));
    expect(rounded(memory)).toEqual(rounded(page));
  });

  it("honours the radius", async () => {
    expect(await ids({ radiusKm: 5 })).toEqual(["ror--ehpad-2km", "ror--adj-5km"]);
    expect(await ids({ radiusKm: 100 })).not.toContain("ror--ehpad-150km");
  });

  it.each([
    [{ groupe: "en-etablissement" }, ["ror--ehpad-2km", "ror--mas-19km"]],
    [{ types: ["ssiad", "mas"] }, ["ror--ssiad-10km", "ror--mas-19km"]],
    [{ public: "personnes-handicapees" }, ["ror--ssiad-10km", "ror--mas-19km"]],
    [{ public: "aidants" }, ["ror--adj-5km"]],
    [{ temporalite: "permanent" as const }, ["ror--ehpad-2km", "ror--mas-19km"]],
    [{ temporalite: "temporaire" as const }, ["ror--temp-8km"]],
    [{ temporalite: "accueil-de-jour" as const }, ["ror--adj-5km"]],
    [{ prixMax: 3100 }, ["ror--ehpad-2km", "ror--temp-8km"]],
    [{ aideSociale: true }, ["ror--ehpad-2km"]],
    [{ accessible: true }, ["ror--adj-5km", "ror--mas-19km"]],
    [{ texte: "mémoire" }, ["ror--adj-5km"]],
    [{ texte: "100%_" }, []],
  ])("filters %j", async (filter, expected) => {
    expect(await ids(filter)).toEqual(expected);
  });

  it("pages through results and keeps the total", async () => {
    const second = await findOffers(database.prisma, base, 2, 2);
    expect(offerIds(second)).toEqual(["ror--temp-8km", "ror--ssiad-10km"]);
    expect(second).toMatchObject({ total: 5, pageCount: 3 });
    const beyond = await findOffers(database.prisma, base, 9, 2);
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(5);
    const snapshot = await catalogueSnapshot(database.prisma);
    expect(offerIds(searchSnapshot(snapshot, base, 2, 2))).toEqual(offerIds(second));
    expect(searchSnapshot(snapshot, base, 2, 2)).toMatchObject({ total: 5, pageCount: 3 });
    expect(searchSnapshot(snapshot, base, 9, 2)).toMatchObject({ items: [], total: 5 });
  });

  it("groups the offers of one site in one result, and never counts a PASA as a stay", async () => {
    const sql = await findOffers(database.prisma, { ...base, radiusKm: 60 }, 1);
    const memory = searchSnapshot(await catalogueSnapshot(database.prisma), { ...base, radiusKm: 60 }, 1);
    expect(offerIds(memory)).toEqual(offerIds(sql));
    const site = sql.items.find((item) => item.id === "st-shared");
    expect(site?.offers.map((offer) => offer.id)).toEqual(["ror--site-permanent", "ror--site-pasa"]);
    expect(site?.name).toBe("EHPAD Les Glycines");
    expect(sql.total).toBe(sql.offerCount - 1);
    expect(await ids({ radiusKm: 60, temporalite: "permanent" })).not.toContain("ror--site-pasa");
  });

  it("sorts by monthly price, sites without a price last", async () => {
    expect(await ids({ sort: "prix" })).toEqual(["ror--ehpad-2km", "ror--temp-8km", "ror--mas-19km", "ror--adj-5km", "ror--ssiad-10km"]);
  });

  it("gives the map every matching point, not one page", async () => {
    const points = await findMapPoints(database.prisma, { ...base, groupe: "en-etablissement" });
    expect(points.map((point) => point.id).sort()).toEqual(["ror--ehpad-2km", "ror--mas-19km"]);
    const memory = snapshotMapPoints(await catalogueSnapshot(database.prisma), { ...base, groupe: "en-etablissement" });
    expect(memory.sort((a, b) => a.id.localeCompare(b.id))).toEqual(points.sort((a, b) => a.id.localeCompare(b.id)));
  });
});
