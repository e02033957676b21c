import { createReadStream } from "node:fs";
import { Readable } from "node:stream";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { sharedDataPath } from "@/lib/testing/shared-data";
import { createTestDatabase } from "@/lib/testing/test-database";

import { importCommunes, UnknownCommuneFileLayoutError, type CommuneImportReport } from "./import-communes";
import { resolvePlace, suggestPlaces } from "./resolve-place";

describe("commune index from La Poste's real postal code file", () => {
  let database: Database;
  let report: CommuneImportReport;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    report = await importCommunes(database.prisma, createReadStream(sharedDataPath("codes-postaux", "laposte_hexasmal-2020-04.csv")));
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it("reads every line and keeps one record per commune", () => {
    expect(report.read).toBe(39_192);
    expect(report.communes).toBeGreaterThan(34_000);
    // The README of the shared data counts 270 lines without coordinates.
    expect(report.rejected.filter((rejection) => rejection.reason === "missing or invalid coordinates")).toHaveLength(270);
  });

  it.each([
    ["Villeurbanne", "Villeurbanne (69100)", 45.77, 4.88],
    ["69100", "Villeurbanne (69100)", 45.77, 4.88],
    ["lyon", "Lyon (69001)", 45.76, 4.84],
    ["69003", "Lyon 3e Arrondissement (69003)", 45.76, 4.85],
    ["Saint-Étienne", "Saint-Étienne (42000)", 45.44, 4.39],
    ["st etienne", "Saint-Étienne (42000)", 45.44, 4.39],
    ["Brest (29200)", "Brest (29200)", 48.4, -4.49],
    ["Villeurbanne 69100", "Villeurbanne (69100)", 45.77, 4.88],
    ["69100 Villeurbanne", "Villeurbanne (69100)", 45.77, 4.88],
    ["Lyon 3e", "Lyon 3e Arrondissement (69003)", 45.76, 4.85],
    ["Lyon 3ème", "Lyon 3e Arrondissement (69003)", 45.76, 4.85],
    ["Paris 15", "Paris 15e Arrondissement (75015)", 48.84, 2.29],
    ["Marseille 15e arrondissement", "Marseille 15e Arrondissement (13015)", 43.36, 5.36],
  ])("finds %j", async (text, label, latitude, longitude) => {
    const resolution = await resolvePlace(database.prisma, text);
    expect(resolution.status).toBe("found");
    if (resolution.status !== "found") return;
    expect(resolution.place.label).toBe(label);
    expect(resolution.place.latitude).toBeCloseTo(latitude, 0);
    expect(resolution.place.longitude).toBeCloseTo(longitude, 0);
  });

  it("resolves homonyms to the most populated commune and offers the others", async () => {
    const resolution = await resolvePlace(database.prisma, "Saint-Denis");
    expect(resolution.status).toBe("found");
    if (resolution.status === "found") {
      // Saint-Denis (La Réunion) is more populated than Saint-Denis (Seine-Saint-Denis).
      expect(resolution.place.communeCode).toBe("97411");
      expect(resolution.others.map((other) => other.communeCode)).toContain("93066");
    }
  });

  it("says when nothing matches", async () => {
    expect(await resolvePlace(database.prisma, "Xyzzyville")).toEqual({ status: "not-found" });
    expect(await resolvePlace(database.prisma, "00000")).toEqual({ status: "not-found" });
  });

  it("offers the closest commune name for a misspelt one", async () => {
    expect(await resolvePlace(database.prisma, "villeurbane")).toMatchObject({ status: "not-found", didYouMean: { label: "Villeurbanne (69100)" } });
    expect(await resolvePlace(database.prisma, "Marseile")).toMatchObject({ status: "not-found", didYouMean: { communeCode: "13055" } });
  });

  it("suggests communes by the start of their name or postal code", async () => {
    expect((await suggestPlaces(database.prisma, "villeurb")).map((place) => place.label)).toEqual(["Villeurbanne (69100)"]);
    expect((await suggestPlaces(database.prisma, "2920")).map((place) => place.label)).toContain("Brest (29200)");
    expect(await suggestPlaces(database.prisma, "v")).toEqual([]);
  });

  it("rejects a file of another layout with a clear error and keeps the index", async () => {
    const before = await database.prisma.commune.count();
    await expect(importCommunes(database.prisma, Readable.from(["code;nom\n69100;Villeurbanne\n"]))).rejects.toThrow(UnknownCommuneFileLayoutError);
    await expect(importCommunes(database.prisma, Readable.from(["code;nom\n69100;Villeurbanne\n"]))).rejects.toThrow(/missing column\(s\) Code_commune_INSEE/);
    expect(await database.prisma.commune.count()).toBe(before);
  });

  it("rejects malformed lines with their reason and keeps the others", async () => {
    const small = await createTestDatabase("pglite");
    try {
      const csv = [
        "Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;coordonnees_gps",
        "69266;VILLEURBANNE;69100;;VILLEURBANNE;45.7707,4.8890",
        "ABCDE;NULLE PART;69100;;NULLE PART;45.0,4.0",
        "69266;VILLEURBANNE;691;;VILLEURBANNE;45.7707,4.8890",
        "29019;BREST;29200;;BREST;",
      ].join("\n");
      const result = await importCommunes(small.prisma, Readable.from([csv]));
      expect(result).toMatchObject({ read: 4, communes: 1 });
      expect(result.rejected).toEqual([
        { line: 3, reason: 'invalid INSEE code "ABCDE"' },
        { line: 4, reason: 'invalid postal code "691"' },
        { line: 5, reason: "missing or invalid coordinates" },
      ]);
    } finally {
      await small.close();
    }
  });
});
