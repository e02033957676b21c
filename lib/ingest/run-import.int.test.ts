import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";
import { monthlyPrice } from "@/lib/offers/prices";
import { emptyPrices } from "@/lib/offers/domain";

import { ingestConfigFromEnv } from "./config";
import { runImport } from "./run-import";
import { catalogueSnapshot, fakeSource, offerRecord, ok, prices, type FakeItem } from "./testing";

const config = ingestConfigFromEnv({});

describe.each(testEngines())("import engine on %s", (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.close();
  });

  async function reset() {
    await db.withRunner((runner) =>
      runner.exec('DELETE FROM "Offer"; DELETE FROM "StructureProvenance"; DELETE FROM "Structure"; DELETE FROM "Location"; DELETE FROM "EhpadPrice"; DELETE FROM "ImportRun";'),
    );
  }

  it("imports, then changes nothing on the same input, then applies changes and removals", async () => {
    await reset();
    let items: FakeItem[] = [
      ok({ kind: "offer", offer: offerRecord("france-services", "1", "france-services", { name: "France services A" }) }),
      ok({ kind: "offer", offer: offerRecord("france-services", "2", "france-services", { point: [45.76, 4.84] }) }),
      ok({ kind: "offer", offer: offerRecord("france-services", "3", "france-services", { point: [43.6, 1.44] }) }),
      { ok: false, localId: "4", reason: "ligne 5 : guillemet mal placé" },
      { ok: true, localId: "5", raw: { status: "rejected", reason: "code commune INSEE invalide : 4523" } },
    ];
    const source = fakeSource("france-services", () => items);

    const first = await runImport(db, source, config, { batchSize: 2 });
    expect(first).toMatchObject({ status: "succeeded", mode: "full", read: 5, created: 3, updated: 0, unchanged: 0, removed: 0, rejected: 2 });
    expect(first.rejections).toEqual([
      { reason: "guillemet mal placé", count: 1, examples: ["ligne 5 (4)"] },
      { reason: "code commune INSEE invalide", count: 1, examples: ["5 : 4523"] },
    ]);
    const afterFirst = await catalogueSnapshot(db);
    expect(afterFirst.Offer).toHaveLength(3);
    expect(afterFirst.Structure).toHaveLength(3);

    const second = await runImport(db, source, config, { batchSize: 2 });
    expect(second).toMatchObject({ status: "succeeded", created: 0, updated: 0, unchanged: 3, removed: 0 });
    expect(await catalogueSnapshot(db)).toEqual(afterFirst);

    items = [
      ok({ kind: "offer", offer: offerRecord("france-services", "1", "france-services", { name: "France services A (nouveau nom)" }) }),
      ok({ kind: "offer", offer: offerRecord("france-services", "2", "france-services", { point: [45.76, 4.84] }) }),
    ];
    const third = await runImport(db, source, config);
    expect(third).toMatchObject({ status: "succeeded", created: 0, updated: 1, unchanged: 1, removed: 1 });
    const offers = await db.prisma.offer.findMany({ orderBy: { id: "asc" }, include: { structure: true } });
    expect(offers.map((offer) => [offer.id, offer.name])).toEqual([
      ["france-services--1", "France services A (nouveau nom)"],
      ["france-services--2", "Offre 2"],
    ]);
    expect(await db.prisma.structure.count()).toBe(2);
    expect(await db.prisma.location.count()).toBe(2);

    const runs = await db.prisma.importRun.findMany({ orderBy: { startedAt: "asc" } });
    expect(runs.map((run) => [run.status, run.createdCount, run.updatedCount, run.unchangedCount, run.removedCount, run.rejectedCount])).toEqual([
      ["succeeded", 3, 0, 0, 0, 2],
      ["succeeded", 0, 0, 3, 0, 2],
      ["succeeded", 0, 1, 1, 1, 0],
    ]);
  });

  it("keeps the previous catalogue intact when a run fails half-way", async () => {
    await reset();
    const good = Array.from({ length: 10 }, (_, i) =>
      ok({ kind: "offer", offer: offerRecord("mba", String(i), "groupe-aidants", { point: [47 + i / 10, 2] }) }),
    );
    const source = fakeSource("mba", () => good);
    await runImport(db, source, config);
    const before = await catalogueSnapshot(db);

    const changedThenBroken: FakeItem[] = [
      ...Array.from({ length: 6 }, (_, i) => ok({ kind: "offer", offer: offerRecord("mba", String(i), "groupe-aidants", { name: `Renommée ${i}`, point: [47 + i / 10, 2] }) })),
      ok({ kind: "offer", offer: offerRecord("mba", "new", "relayage") }),
      { fail: "connexion interrompue par le partenaire" },
    ];
    const failed = await runImport(db, fakeSource("mba", () => changedThenBroken), config, { batchSize: 2 });
    expect(failed).toMatchObject({ status: "failed", error: "connexion interrompue par le partenaire", read: 7, created: 0, updated: 0 });
    expect(await catalogueSnapshot(db)).toEqual(before);
    const run = await db.prisma.importRun.findUniqueOrThrow({ where: { id: failed.runId } });
    expect(run).toMatchObject({ status: "failed", error: "connexion interrompue par le partenaire", readCount: 7 });
  });

  it("refuses to empty a source when a full run reads no valid record", async () => {
    await reset();
    await runImport(db, fakeSource("mba", () => [ok({ kind: "offer", offer: offerRecord("mba", "1", "groupe-aidants") })]), config);
    const before = await catalogueSnapshot(db);
    const report = await runImport(db, fakeSource("mba", () => [{ ok: false, localId: null, reason: "fichier vide" }]), config);
    expect(report.status).toBe("failed");
    expect(report.error).toContain("aucun enregistrement valide");
    expect(await catalogueSnapshot(db)).toEqual(before);
  });

  it("reports a key sent twice once, as a duplicate", async () => {
    await reset();
    const offer = offerRecord("mba", "7", "groupe-aidants");
    const report = await runImport(db, fakeSource("mba", () => [ok({ kind: "offer", offer }), ok({ kind: "offer", offer })]), config, { batchSize: 1 });
    expect(report).toMatchObject({ created: 1, skipped: 1 });
    expect(report.skips[0]).toMatchObject({ reason: "enregistrement déjà lu dans ce flux (identifiant en double)", examples: ["mba--7"] });
  });

  it("merges one site from ROR and FINESS, and other sources by SIRET or name within 100 m", async () => {
    await reset();
    const finessEt = "450099991";
    const finess = offerRecord("finess", finessEt, "ehpad", {
      name: "EHPAD LES TILLEULS",
      structure: { name: "EHPAD LES TILLEULS", finessEt, siret: "12345678900012", categorieEtablissement: "500" },
    });
    const ror = (id: string, typeSlug: string) =>
      offerRecord("ror", id, typeSlug, {
        structure: { sourceKey: "ror--org-1", name: "Ehpad Les Tilleuls", finessEt, habilitationAideSociale: true, prices: prices({ hebergementPermanentJour: 70, tarifGir56Jour: 6 }) },
      });
    await runImport(db, fakeSource("finess", () => [ok({ kind: "offer", offer: finess })]), config);
    await runImport(db, fakeSource("ror", () => [ok({ kind: "offer", offer: ror("hs-1", "ehpad") }), ok({ kind: "offer", offer: ror("hs-2", "accueil-de-jour") })]), config);
    // 60 m north-east of the EHPAD, same name once normalised: same site. 400 m away: another site.
    const near = offerRecord("mba", "m1", "accueil-de-jour", { name: "Accueil de jour", point: [47.9033, 1.9098], structure: { name: "Ehpad « Les Tilleuls »" } });
    const far = offerRecord("mba", "m2", "groupe-aidants", { point: [47.9065, 1.9093], structure: { name: "Ehpad Les Tilleuls" } });
    const bySiret = offerRecord("france-services", "fs1", "france-services", { point: [48.5, 2.5], structure: { name: "Autre nom", siret: "12345678900012" } });
    await runImport(db, fakeSource("mba", () => [ok({ kind: "offer", offer: near }), ok({ kind: "offer", offer: far })]), config);
    await runImport(db, fakeSource("france-services", () => [ok({ kind: "offer", offer: bySiret })]), config);

    const structures = await db.prisma.structure.findMany({ include: { provenances: true, offers: true } });
    expect(structures).toHaveLength(2);
    const site = structures.find((s) => s.finessEt === finessEt)!;
    expect(site.provenances.map((p) => p.sourceKey).sort()).toEqual(["finess--450099991", "france-services--fs1", "mba--m1", "ror--org-1"]);
    expect(site).toMatchObject({ name: "Ehpad Les Tilleuls", fieldsSource: "ror", siret: "12345678900012", categorieEtablissement: "500", habilitationAideSociale: true });
    const offers = Object.fromEntries(site.offers.map((o) => [o.id, o]));
    // The FINESS establishment is described by the ROR's offers: not listed twice.
    expect(offers["finess--450099991"]?.listed).toBe(false);
    expect(offers["ror--hs-1"]).toMatchObject({ listed: true, prixHebergementPermanent: 70, tarifGir56: 6, habilitationAideSociale: true, categorieEtablissement: "500" });
    expect(offers["ror--hs-1"]?.prixMensuel).toBe(monthlyPrice("ehpad", { ...emptyPrices(), hebergementPermanentJour: 70, tarifGir56Jour: 6 }));
    expect(offers["ror--hs-2"]?.prixMensuel).toBeNull();
  });

  it("joins CNSA prices on the FINESS number, whichever comes first, and prefers them to the ROR's", async () => {
    await reset();
    const price = {
      kind: "price" as const,
      price: {
        key: "prix-ehpad--450099991",
        finessEt: "450099991",
        raisonSociale: null,
        prices: prices({ hebergementPermanentJour: 75.5, hebergementTemporaireJour: 82, tarifGir56Jour: 6.2 }),
        sourceUpdatedAt: null,
      },
    };
    await runImport(db, fakeSource("prix-ehpad", () => [ok(price)]), config);
    const ror = offerRecord("ror", "hs-1", "ehpad", {
      structure: { sourceKey: "ror--org-1", finessEt: "450099991", prices: prices({ hebergementPermanentJour: 70, tarifGir56Jour: 6 }) },
    });
    const temporary = offerRecord("ror", "hs-2", "hebergement-temporaire", { structure: { sourceKey: "ror--org-1", finessEt: "450099991" } });
    await runImport(db, fakeSource("ror", () => [ok({ kind: "offer", offer: ror }), ok({ kind: "offer", offer: temporary })]), config);
    const hs1 = await db.prisma.offer.findUniqueOrThrow({ where: { id: "ror--hs-1" } });
    expect(hs1).toMatchObject({ prixHebergementPermanent: 75.5, tarifGir56: 6.2, prixMensuel: monthlyPrice("ehpad", prices({ hebergementPermanentJour: 75.5, tarifGir56Jour: 6.2 })) });
    const hs2 = await db.prisma.offer.findUniqueOrThrow({ where: { id: "ror--hs-2" } });
    expect(hs2.prixMensuel).toBe(monthlyPrice("hebergement-temporaire", prices({ hebergementTemporaireJour: 82, tarifGir56Jour: 6.2 })));

    // The CNSA file no longer lists the EHPAD: the ROR's own prices apply again.
    await runImport(db, fakeSource("prix-ehpad", () => [ok({ ...price, price: { ...price.price, key: "prix-ehpad--999999999", finessEt: "999999999" } })]), config);
    expect(await db.prisma.offer.findUniqueOrThrow({ where: { id: "ror--hs-1" } })).toMatchObject({ prixHebergementPermanent: 70, tarifGir56: 6 });
  });

  it("syncs incrementally from the last high-water mark, applying removals", async () => {
    await reset();
    const since: Date[] = [];
    let items: FakeItem[] = [
      ok({ kind: "offer", offer: offerRecord("ror", "a", "ssiad", { sourceUpdatedAt: new Date("2024-02-01T00:00:00Z") }) }),
      ok({ kind: "offer", offer: offerRecord("ror", "b", "ssiad", { sourceUpdatedAt: new Date("2024-03-01T00:00:00Z") }) }),
    ];
    const source = { ...fakeSource("ror", () => items, true) };
    const read = source.read;
    source.read = (cfg, options) => {
      if (options.since) since.push(options.since);
      return read(cfg, options);
    };
    const full = await runImport(db, source, config);
    expect(full).toMatchObject({ mode: "full", created: 2, highWaterMark: new Date("2024-03-01T00:00:00Z") });

    items = [
      ok({ kind: "offer", offer: offerRecord("ror", "a", "ssiad", { capacity: 30, sourceUpdatedAt: new Date("2024-04-01T00:00:00Z") }) }),
      ok({ kind: "removal", key: "ror--b" }),
    ];
    const incremental = await runImport(db, source, config);
    expect(incremental).toMatchObject({ mode: "incremental", updated: 1, removed: 1, highWaterMark: new Date("2024-04-01T00:00:00Z") });
    expect(since).toEqual([new Date("2024-03-01T00:00:00Z")]);
    // An incremental run does not remove what it did not read.
    items = [];
    expect(await runImport(db, source, config)).toMatchObject({ status: "succeeded", mode: "incremental", removed: 0 });
    expect((await db.prisma.offer.findMany()).map((o) => [o.id, o.capacity])).toEqual([["ror--a", 30]]);
  });

  it("refuses --since on a source without incremental sync", async () => {
    const report = await runImport(db, fakeSource("finess", () => []), config, { since: new Date() });
    expect(report).toMatchObject({ status: "failed", error: "La source finess ne permet pas la synchronisation incrémentale (--since)." });
  });
});
