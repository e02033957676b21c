import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { offsetPoint } from "@/lib/geo/distance";
import { insertOffers, type OfferFixture } from "@/lib/testing/catalogue-fixtures";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";

import { catalogueSnapshot, searchSnapshot, snapshotMapPoints } from "./catalogue-snapshot";
import type { OfferSearch } from "./offer-search";
import type { OfferSearchPage } from "./sites";

/**
 * The search rules, end to end: offers written to the database (PGlite, and PostgreSQL when
 * TEST_DATABASE_URL is set), read into the catalogue snapshot, searched as the pages search.
 * The snapshot is the only search (docs/adr/0007); these cases were those of the former SQL search.
 */

const lyon = { latitude: 45.764, longitude: 4.8357 };
/** A point a little under `km` kilometres north of Lyon (111.32 km per degree: 0.1 % short of the great circle). */
const north = (km: number) => ({ latitude: lyon.latitude + km / 111.32, longitude: lyon.longitude });
const marseille = { latitude: 43.2965, longitude: 5.3698 };

type Fixture = Omit<OfferFixture, "latitude" | "longitude"> & ({ km: number } | { at: { latitude: number; longitude: number } });

const fixtures: Fixture[] = [
  { id: "ror--ehpad-2km", km: 2, typeSlug: "ehpad", groupSlug: "en-etablissement", publicSlugs: ["personnes-agees"], temporalites: ["02"], prixMensuel: 2400, aideSociale: true },
  { id: "ror--ssiad-10km", km: 10, accessibility: "Accessibilité des locaux : Ad'AP", typeSlug: "ssiad", groupSlug: "vivre-a-domicile", publicSlugs: ["personnes-agees", "personnes-handicapees"] },
  { id: "ror--adj-5km", km: 5, accessibility: "Accessibilité des locaux : Accessible", typeSlug: "accueil-de-jour", groupSlug: "soutenir-les-aidants", publicSlugs: ["personnes-agees", "aidants"], modes: ["47"], description: "Ateliers mémoire le mardi" },
  { id: "ror--temp-8km", km: 8, typeSlug: "hebergement-temporaire", groupSlug: "soutenir-les-aidants", publicSlugs: ["personnes-agees"], temporalites: ["01"], prixMensuel: 3100 },
  {
    id: "ror--mas-19km",
    km: 19,
    accessibility: "Accessibilité des locaux : Conforme",
    typeSlug: "mas",
    groupSlug: "en-etablissement",
    publicSlugs: ["personnes-handicapees"],
    temporalites: ["02"],
    prixMensuel: 5200,
    description: "Jardin 100% de plain-pied",
  },
  { id: "ror--ehpad-150km", km: 150, typeSlug: "ehpad", groupSlug: "en-etablissement", publicSlugs: ["personnes-agees"], temporalites: ["02"] },
  { id: "ror--site-permanent", km: 40, typeSlug: "ehpad", groupSlug: "en-etablissement", publicSlugs: ["personnes-agees"], temporalites: ["02"], structure: "shared" },
  // A PASA whose source also says "permanent": still never a stay.
  { id: "ror--site-pasa", km: 40, typeSlug: "ehpad", groupSlug: "en-etablissement", publicSlugs: ["personnes-agees"], temporalites: ["02"], typeOffre: "25", structure: "shared" },
  { id: "finess--ehpad-hidden", km: 3, typeSlug: "ehpad", groupSlug: "en-etablissement", publicSlugs: ["personnes-agees"], listed: false },
  // Around Marseille, at the edge of a 20 km disc: 10 m inside due north and due east, 10 m outside.
  { id: "ror--edge-north-inside", at: offsetPoint(marseille, 0, 19_990), typeSlug: "ssiad", groupSlug: "vivre-a-domicile" },
  { id: "ror--edge-east-inside", at: offsetPoint(marseille, 19_990, 0), typeSlug: "ssiad", groupSlug: "vivre-a-domicile" },
  { id: "ror--edge-south-outside", at: offsetPoint(marseille, 0, -20_010), typeSlug: "ssiad", groupSlug: "vivre-a-domicile" },
];

const base: OfferSearch = { origin: lyon, radiusKm: 20, types: [], aideSociale: false };

describe.each(testEngines())("offer search on %s", (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await insertOffers(
      database.prisma,
      fixtures.map((fixture) => {
        const { km: _km, at: _at, ...rest } = { km: undefined, at: undefined, ...fixture };
        return { ...rest, ...("km" in fixture ? north(fixture.km) : fixture.at) };
      }),
    );
  });
  afterAll(async () => {
    await database?.close();
  });

  const search = async (overrides: Partial<OfferSearch> = {}, page = 1, pageSize = 20) =>
    searchSnapshot(await catalogueSnapshot(database.prisma, { maxAgeMs: 0 }), { ...base, ...overrides }, page, pageSize);
  const offerIds = (page: OfferSearchPage) => page.items.flatMap((site) => site.offers.map((offer) => offer.id));
  const ids = async (overrides: Partial<OfferSearch>) => offerIds(await search(overrides));

  it("returns listed offers within the radius, nearest first, with distances and what a card shows", async () => {
    const page = await search();
    expect(offerIds(page)).toEqual(["ror--ehpad-2km", "ror--adj-5km", "ror--temp-8km", "ror--ssiad-10km", "ror--mas-19km"]);
    expect(page).toMatchObject({ total: 5, offerCount: 5, page: 1, pageCount: 1 });
    expect(page.items[0]?.distanceKm).toBeCloseTo(2, 1);
    expect(page.items[0]).toMatchObject({ city: "Lyon", postalCode: "69001", addressLine: "1 rue de la Paix", prixMensuel: 2400 });
    expect(page.items[0]?.typeLabel).toMatch(/EHPAD/);
    expect(page.items[0]?.offers[0]).toMatchObject({
      id: "ror--ehpad-2km",
      name: "Offre ror--ehpad-2km",
      structureId: "st-ror--ehpad-2km",
      groupLabel: expect.stringMatching(/établissement/i),
      source: "ror",
      regulated: true,
      fetchedAt: new Date("2026-11-01T00:00:00Z"),
    });
  });

  it("honours the radius", async () => {
    expect(await ids({ radiusKm: 5 })).toEqual(["ror--ehpad-2km", "ror--adj-5km"]);
    expect(await ids({ radiusKm: 100 })).not.toContain("ror--ehpad-150km");
    expect(await ids({ radiusKm: 100 })).toContain("ror--site-pasa");
  });

  it("keeps an offer 10 m inside the radius in every direction, and leaves one 10 m outside", async () => {
    const page = await search({ origin: marseille });
    expect(offerIds(page).sort()).toEqual(["ror--edge-east-inside", "ror--edge-north-inside"]);
    for (const site of page.items) expect(site.distanceKm).toBeCloseTo(19.99, 1);
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
    [{ texte: "MÉMOIRE" }, ["ror--adj-5km"]],
    [{ texte: "100%" }, ["ror--mas-19km"]],
    // In SQL LIKE "_" and "%" are wildcards ("1_0%" would match "100%"); here they are the characters typed.
    [{ texte: "1_0%" }, []],
    [{ texte: "100%_" }, []],
    [{ groupe: "en-etablissement", prixMax: 3000, aideSociale: true }, ["ror--ehpad-2km"]],
  ])("filters %j", async (filter, expected) => {
    expect(await ids(filter)).toEqual(expected);
  });

  it("pages through sites and keeps the total", async () => {
    const second = await search({}, 2, 2);
    expect(offerIds(second)).toEqual(["ror--temp-8km", "ror--ssiad-10km"]);
    expect(second).toMatchObject({ total: 5, pageCount: 3, page: 2, pageSize: 2 });
    const beyond = await search({}, 9, 2);
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(5);
  });

  it("groups the offers of one site in one result, and never counts a PASA as a stay", async () => {
    const page = await search({ radiusKm: 60 });
    const site = page.items.find((item) => item.id === "st-shared");
    expect(site?.offers.map((offer) => offer.id)).toEqual(["ror--site-permanent", "ror--site-pasa"]);
    expect(site?.name).toBe("EHPAD Les Glycines");
    expect(page.total).toBe(page.offerCount - 1);
    const permanent = await ids({ radiusKm: 60, temporalite: "permanent" });
    expect(permanent).toContain("ror--site-permanent");
    expect(permanent).not.toContain("ror--site-pasa");
    expect(await ids({ radiusKm: 60, temporalite: "temporaire" })).not.toContain("ror--site-pasa");
  });

  it("sorts by monthly price, sites without a price last (nearest first among them)", async () => {
    expect(await ids({ sort: "prix" })).toEqual(["ror--ehpad-2km", "ror--temp-8km", "ror--mas-19km", "ror--adj-5km", "ror--ssiad-10km"]);
  });

  it("gives the map every matching point, not one page, with the same filters", async () => {
    const snapshot = await catalogueSnapshot(database.prisma, { maxAgeMs: 0 });
    const points = snapshotMapPoints(snapshot, { ...base, groupe: "en-etablissement" });
    expect(points.map((point) => point.id).sort()).toEqual(["ror--ehpad-2km", "ror--mas-19km"]);
    expect(points.find((point) => point.id === "ror--mas-19km")).toEqual({
      id: "ror--mas-19km",
      name: "Offre ror--mas-19km",
      typeLabel: expect.stringMatching(/MAS|maison d'accueil spécialisée/i),
      latitude: expect.closeTo(north(19).latitude, 9),
      longitude: expect.closeTo(north(19).longitude, 9),
    });
    // A page of two sites, but the map shows all five offers.
    expect(searchSnapshot(snapshot, base, 1, 2).items).toHaveLength(2);
    expect(snapshotMapPoints(snapshot, base)).toHaveLength(5);
    expect(snapshotMapPoints(snapshot, { ...base, temporalite: "permanent", radiusKm: 60 }).map((point) => point.id)).not.toContain("ror--site-pasa");
  });
});
