import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { ingestConfigFromEnv } from "@/lib/ingest/config";
import { runImport } from "@/lib/ingest/run-import";
import { fakeSource, offerRecord, ok, type FakeItem } from "@/lib/ingest/testing";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";

import { catalogueSnapshot, searchSnapshot, snapshotMapPoints } from "./catalogue-snapshot";
import type { OfferSearch } from "./offer-search";

const config = ingestConfigFromEnv({});
const orleans: OfferSearch = { origin: { latitude: 47.9029, longitude: 1.9093 }, radiusKm: 20, types: [], aideSociale: false };

describe.each(testEngines())("in-memory catalogue snapshot on %s", (engine) => {
  let database: Database;
  let items: FakeItem[] = [];
  const source = fakeSource("france-services", () => items);
  const names = async (maxAgeMs: number) => searchSnapshot(await catalogueSnapshot(database.prisma, { maxAgeMs }), orleans, 1).items.map((item) => item.name);

  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("is rebuilt after each successful import, and only then", async () => {
    expect(await names(0)).toEqual([]);

    items = [ok({ kind: "offer", offer: offerRecord("france-services", "1", "france-services", { name: "France services Orléans" }) })];
    expect(await runImport(database, source, config)).toMatchObject({ status: "succeeded", created: 1 });
    // Within its age the snapshot is trusted without asking the database…
    expect(await names(60_000)).toEqual([]);
    // …then the import log shows a new successful run and the snapshot is rebuilt.
    expect(await names(0)).toEqual(["France services Orléans"]);
    const snapshot = await catalogueSnapshot(database.prisma, { maxAgeMs: 0 });
    expect(snapshotMapPoints(snapshot, orleans).map((point) => point.name)).toEqual(["France services Orléans"]);

    // A failed run rolls back: same catalogue, same snapshot object (no reload).
    items = [ok({ kind: "offer", offer: offerRecord("france-services", "2", "france-services") }), { fail: "connection reset" }];
    expect(await runImport(database, source, config)).toMatchObject({ status: "failed" });
    expect(await catalogueSnapshot(database.prisma, { maxAgeMs: 0 })).toBe(snapshot);

    // Renames and removals show after the next successful run.
    items = [ok({ kind: "offer", offer: offerRecord("france-services", "3", "france-services", { name: "Nouvelle France services" }) })];
    expect(await runImport(database, source, config)).toMatchObject({ status: "succeeded", created: 1, removed: 1 });
    expect(await names(0)).toEqual(["Nouvelle France services"]);
  });

  it("shares one load between concurrent searches", async () => {
    const [a, b, c] = await Promise.all([0, 0, 0].map(() => catalogueSnapshot(database.prisma, { maxAgeMs: 0 })));
    expect(a).toBe(b);
    expect(b).toBe(c);
  });
});
