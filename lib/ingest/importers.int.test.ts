import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { monthlyPrice } from "@/lib/offers/prices";
import { EXCLUDED_TYPES_OFFRE } from "@/lib/offers/referentials";
import { catalogueStatistics } from "@/lib/offers/statistics";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";
import { startCataloguePartners, type CataloguePartners } from "@/sandbox/catalogue-generator/partners";
import { startDatagouvSandbox } from "@/sandbox/datagouv/server";
import { startMbaSandbox } from "@/sandbox/mba/server";
import { startRorSandbox, type RorSandboxFaults } from "@/sandbox/ror/server";

import { ingestConfigFromEnv, type IngestConfig } from "./config";
import { runImport } from "./run-import";
import { finessSource } from "./sources/finess";
import { franceServicesSource } from "./sources/france-services";
import { mbaSource } from "./sources/mba";
import { prixEhpadSource } from "./sources/prix-ehpad";
import { rorSource } from "./sources/ror";
import type { SourceDefinition } from "./source";
import { catalogueSnapshot } from "./testing";

const ror = rorSource as SourceDefinition<unknown>;
const finess = finessSource as SourceDefinition<unknown>;
const prix = prixEhpadSource as SourceDefinition<unknown>;
const franceServices = franceServicesSource as SourceDefinition<unknown>;
const mba = mbaSource as SourceDefinition<unknown>;

// These tests start their own partner stand-in and migrate a fresh database: 5–10 s alone, over
// 30 s on a busy 2-core machine (a full `npm test` beside a build).
const SLOW_TEST_MS = 90_000;

describe.each(testEngines())("importers over HTTP against the partner sandboxes (%s)", (engine) => {
  let db: Database;
  let partners: CataloguePartners;
  let config: IngestConfig;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    partners = await startCataloguePartners({ offers: 600, ports: { ror: 0, mba: 0, datagouv: 0 } });
    config = ingestConfigFromEnv(partners.env);
  });
  afterAll(async () => {
    await partners?.close();
    await db?.close();
  });

  it("ROR: a full sync maps every offer of the portal's scope, skips hospital offers, and a second run changes nothing", async () => {
    const generated = partners.ror.catalogue;
    const inScope = generated.offers.filter((offer) => !EXCLUDED_TYPES_OFFRE.includes(offer.typeOffre));
    const first = await runImport(db, ror, config);
    expect(first).toMatchObject({ status: "succeeded", mode: "full", read: 600, created: inScope.length, rejected: 0, skipped: 600 - inScope.length });
    expect(first.skips.map((skip) => skip.reason)).toEqual(expect.arrayContaining(["type d'offre 156 hors du champ de l'autonomie (soins hospitaliers)"]));

    // An EHPAD's permanent accommodation, field by field against what the sandbox served.
    const sample = generated.offers.find((offer) => offer.typeOffre === "21" && offer.temporalites.includes("02") && offer.modes.includes("46"))!;
    const site = generated.sites[sample.siteIndex]!;
    const stored = await db.prisma.offer.findUniqueOrThrow({ where: { id: `ror--${sample.rorId}` }, include: { structure: true, location: true } });
    expect(stored).toMatchObject({
      name: sample.name,
      typeOffre: "21",
      typeSlug: "ehpad",
      groupSlug: "en-etablissement",
      capacity: sample.capacity,
      publicSlugs: ["personnes-agees"],
      modesPriseEnCharge: ["46"],
      temporalites: ["02"],
      regulated: true,
      listed: true,
      latitude: site.latitude,
      longitude: site.longitude,
      communeCode: site.commune.code,
      departement: site.commune.departement,
      categorieEtablissement: "500",
      structure: { finessEt: site.finessEt, name: site.name },
    });
    if (site.rorPrices?.hebergementPermanentJour) {
      expect(stored.prixHebergementPermanent).toBe(site.rorPrices.hebergementPermanentJour);
      expect(stored.prixMensuel).toBe(monthlyPrice("ehpad", site.rorPrices));
    }
    expect(stored.openingHours).toHaveLength(7);

    const before = await catalogueSnapshot(db);
    const again = await runImport(db, ror, config, { mode: "full" });
    expect(again).toMatchObject({ status: "succeeded", created: 0, updated: 0, removed: 0, unchanged: inScope.length });
    expect(await catalogueSnapshot(db)).toEqual(before);
  });

  it("ROR: an incremental sync fetches only what changed since the last run, closures included", async () => {
    const changed = new Set(partners.ror.mutate(25, 4));
    const offers = partners.ror.catalogue.offers.filter((offer) => changed.has(offer.rorId));
    const inScope = offers.filter((offer) => !EXCLUDED_TYPES_OFFRE.includes(offer.typeOffre));
    const report = await runImport(db, ror, config);
    expect(report.mode).toBe("incremental");
    expect(report.read).toBeLessThanOrEqual(29 + 1);
    expect(report.updated).toBe(inScope.filter((offer) => offer.active).length);
    expect(report.removed).toBe(inScope.filter((offer) => !offer.active).length);
    for (const offer of inScope) {
      const stored = await db.prisma.offer.findUnique({ where: { id: `ror--${offer.rorId}` } });
      if (offer.active) expect(stored?.capacity).toBe(offer.capacity);
      else expect(stored).toBeNull();
    }
    // Nothing changed since: the next incremental run only re-reads the offers at the high-water mark.
    const quiet = await runImport(db, ror, config);
    expect(quiet).toMatchObject({ status: "succeeded", mode: "incremental", created: 0, updated: 0, removed: 0 });
  });

  it("FINESS, CNSA prices, France Services and Ma Boussole Aidants join the same catalogue, deduplicated", async () => {
    const generated = partners.datagouv.catalogue;
    const finessReport = await runImport(db, finess, config);
    const finessSites = generated.sites.filter((site) => site.finessEt && site.categorie);
    const hospitals = finessSites.filter((site) => site.categorie === "355").length;
    expect(finessReport).toMatchObject({ status: "succeeded", read: finessSites.length, created: finessSites.length - hospitals, skipped: hospitals, rejected: 0 });

    const prices = await runImport(db, prix, config);
    expect(prices).toMatchObject({ status: "succeeded", created: generated.sites.filter((site) => site.cnsaPrices).length, rejected: 0 });
    expect(await runImport(db, franceServices, config)).toMatchObject({ status: "succeeded", created: 300, rejected: 0 });
    const mbaReport = await runImport(db, mba, config);
    expect(mbaReport).toMatchObject({ status: "succeeded", created: partners.mba.structures.length, rejected: 0 });

    // A site in both the ROR and FINESS is one structure with both provenances, and its FINESS offer is not listed twice.
    const site = generated.sites.find((s) => s.inRor && s.categorie === "500")!;
    const structure = await db.prisma.structure.findUniqueOrThrow({ where: { finessEt: site.finessEt! }, include: { provenances: true, offers: true } });
    expect(structure.provenances.map((p) => p.sourceKey)).toEqual(expect.arrayContaining([`ror--${site.rorId}`, `finess--${site.finessEt}`]));
    expect(structure.offers.find((offer) => offer.source === "finess")?.listed).toBe(false);
    expect(structure.offers.filter((offer) => offer.source === "ror").every((offer) => offer.listed)).toBe(true);
    // The CNSA publication is the price shown.
    const ehpad = structure.offers.find((offer) => offer.typeSlug === "ehpad" && offer.source === "ror");
    expect(ehpad?.prixHebergementPermanent).toBe(site.cnsaPrices?.hebergementPermanentJour);

    // FINESS-only establishments (the MDPH) are listed.
    const mdph = await db.prisma.offer.findMany({ where: { typeSlug: "mdph", listed: true } });
    expect(mdph.length).toBe(generated.sites.filter((s) => s.categorie === "609").length);

    // Ma Boussole Aidants structures at a ROR site (same name, a few metres away) are merged into it.
    const rorNames = new Set(generated.sites.filter((s) => s.inRor).map((s) => s.name));
    const colocated = partners.mba.structures.filter((s) => rorNames.has(s.nomStructure)).length;
    expect(colocated).toBeGreaterThan(0);
    const merged = await db.withRunner((runner) =>
      runner.query<{ count: string }>(
        `SELECT count(DISTINCT m."structureId") AS count FROM "StructureProvenance" m JOIN "StructureProvenance" r ON r."structureId" = m."structureId" AND r.source = 'ror' WHERE m.source = 'mba'`,
      ),
    );
    expect(Number(merged[0]?.count)).toBe(colocated);

    const statistics = await catalogueStatistics(db);
    expect(statistics.byGroup.every((group) => group.offers > 0)).toBe(true);
  });

  it("rejects malformed records with their reason and imports the others", async () => {
    const faulty = await startRorSandbox({ port: 0, offers: 120, faults: { malformedEvery: 10 } });
    const faultyMba = await startMbaSandbox({ port: 0, offers: 600, structures: 40, faults: { malformedEvery: 7 } });
    const local = await createTestDatabase(engine);
    try {
      const cfg = ingestConfigFromEnv({ ROR_FHIR_BASE_URL: faulty.fhirBaseUrl, ROR_TOKEN_URL: faulty.tokenUrl, MBA_API_BASE_URL: faultyMba.url });
      const report = await runImport(local, ror, cfg);
      const broken = faulty.catalogue.offers.filter((offer) => (offer.index + 1) % 10 === 0 && !EXCLUDED_TYPES_OFFRE.includes(offer.typeOffre));
      expect(report.status).toBe("succeeded");
      expect(report.rejected).toBe(broken.length);
      expect(report.rejections.map((r) => r.reason).sort()).toEqual(["nom de l'offre (HealthcareService.name) manquant", "position hors limites"]);
      expect(report.rejections.find((r) => r.reason === "position hors limites")?.examples[0]).toMatch(/^\d+ : 147\.5, /);
      expect(await local.prisma.offer.count()).toBe(report.created);

      const mbaReport = await runImport(local, mba, cfg);
      const badMba = faultyMba.structures.filter((s) => Number(s.idStructure) % 7 === 0).length;
      expect(mbaReport).toMatchObject({ status: "succeeded", rejected: badMba, created: 40 - badMba });
      expect(mbaReport.rejections[0]?.reason).toBe("coordonnées invalides");
      expect(mbaReport.rejections[0]?.examples[0]).toMatch(/^\d+ : quarante-six, /);
      const run = await local.prisma.importRun.findUniqueOrThrow({ where: { id: mbaReport.runId } });
      expect(run.rejectedCount).toBe(badMba);
      expect(JSON.stringify(run.rejections)).toContain("coordonnées invalides");
    } finally {
      await local.close();
      await faulty.close();
      await faultyMba.close();
    }
  }, SLOW_TEST_MS);

  it("keeps the previous catalogue intact when the ROR fails half-way (HTTP 500 on page 2)", async () => {
    const faults: RorSandboxFaults = {};
    const flaky = await startRorSandbox({ port: 0, offers: 500, faults });
    const local = await createTestDatabase(engine);
    try {
      const cfg = ingestConfigFromEnv({ ROR_FHIR_BASE_URL: flaky.fhirBaseUrl, ROR_TOKEN_URL: flaky.tokenUrl, INGEST_HTTP_RETRIES: "0" });
      expect((await runImport(local, ror, cfg)).status).toBe("succeeded");
      const before = await catalogueSnapshot(local);
      flaky.mutate(300, 20);
      faults.failAtPage = 2;
      const failed = await runImport(local, ror, cfg, { mode: "full", batchSize: 50 });
      expect(failed.status).toBe("failed");
      expect(failed.error).toContain("HTTP 500");
      expect(failed.read).toBe(200);
      expect(await catalogueSnapshot(local)).toEqual(before);
      const run = await local.prisma.importRun.findUniqueOrThrow({ where: { id: failed.runId } });
      expect(run).toMatchObject({ status: "failed", readCount: 200, createdCount: 0, updatedCount: 0 });

      faults.failAtPage = undefined;
      faults.invalidJsonAtPage = 3;
      const invalid = await runImport(local, ror, cfg, { mode: "full" });
      expect(invalid.error).toMatch(/^Page du ROR illisible \(JSON invalide\)/);
      expect(await catalogueSnapshot(local)).toEqual(before);
    } finally {
      await local.close();
      await flaky.close();
    }
  }, SLOW_TEST_MS);

  it("keeps the previous catalogue intact when a download is cut, and refuses an unknown price layout", async () => {
    const files = await startDatagouvSandbox({ port: 0, offers: 600 });
    const cut = await startDatagouvSandbox({ port: 0, offers: 600, abortAfterBytes: 30_000 });
    const local = await createTestDatabase(engine);
    try {
      const good = ingestConfigFromEnv({ DATAGOUV_FINESS_URL: files.files.finess, DATAGOUV_PRIX_EHPAD_URL: files.files.prixEhpad });
      expect((await runImport(local, finess, good)).status).toBe("succeeded");
      expect((await runImport(local, prix, good)).status).toBe("succeeded");
      const before = await catalogueSnapshot(local);

      const truncated = await runImport(local, finess, good, { url: cut.files.finess });
      expect(truncated.status).toBe("failed");
      expect(await catalogueSnapshot(local)).toEqual(before);

      files.override("/prix-ehpad.csv", "etablissement;prix\n450000001;70\n");
      const layout = await runImport(local, prix, good);
      expect(layout).toMatchObject({ status: "failed" });
      expect(layout.error).toContain("Format du fichier des prix EHPAD non reconnu");
      expect(await catalogueSnapshot(local)).toEqual(before);
    } finally {
      await local.close();
      await files.close();
      await cut.close();
    }
  }, SLOW_TEST_MS);
});
