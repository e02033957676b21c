import { Readable } from "node:stream";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { logger } from "@/lib/logger";
import { createTestDatabase } from "@/lib/testing/test-database";
import { startBanSandbox, type BanSandbox } from "@/sandbox/ban/server";
import { territory } from "@/sandbox/catalogue-generator/territory";

import { importCommunes } from "../communes/import-communes";

import { searchMunicipalities, BanApiError } from "./ban-client";
import { banPlaceResolver, localPlaceResolver, type PlaceResolver } from "./place-resolver";

/** A small local index (La Poste layout) where Villeurbanne is not where the BAN stand-in puts it: answers tell which side spoke. */
const LOCAL_CSV = [
  "Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;coordonnees_gps",
  "69266;VILLEURBANNE;69100;;VILLEURBANNE;45.7707,4.8890",
  "29019;BREST;29200;;BREST;48.4,-4.49",
].join("\n");

describe("place resolution with the Base Adresse Nationale (stand-in on a free port)", () => {
  let database: Database;
  let ban: BanSandbox;
  let local: PlaceResolver;
  const villeurbanne = territory().communes.find((commune) => commune.code === "69266");

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    await importCommunes(database.prisma, Readable.from([LOCAL_CSV]));
    local = localPlaceResolver(database.prisma);
    ban = await startBanSandbox({ port: 0 });
  });
  afterAll(async () => {
    await ban?.close();
    await database?.close();
  });
  // A BAN that answers must be read even on a loaded machine (the test suite runs files in parallel):
  // the production timeout is tested below with a stand-in that answers late.
  const answering = () => ({ baseUrl: ban.url, timeoutMs: 10_000 });

  it("reads the BAN's municipalities as places", async () => {
    const resolver = banPlaceResolver(answering(), local);
    const resolution = await resolver.resolve("villeurbanne");
    expect(resolution).toEqual({
      status: "found",
      place: { label: "Villeurbanne (69100)", communeCode: "69266", postalCode: "69100", latitude: expect.closeTo(villeurbanne?.latitude ?? 0, 5), longitude: expect.closeTo(villeurbanne?.longitude ?? 0, 5) },
      others: [],
    });
    expect(await resolver.resolve("Lyon (69003)")).toMatchObject({ status: "found", place: { label: "Lyon (69003)", communeCode: "69123" } });
    expect(await resolver.resolve("69003")).toMatchObject({ status: "found", place: { communeCode: "69123", postalCode: "69003" } });
    const homonyms = await resolver.resolve("Saint-Denis");
    expect(homonyms).toMatchObject({ status: "found", place: { communeCode: "97411" } });
    if (homonyms.status === "found") expect(homonyms.others.map((other) => other.communeCode)).toContain("93066");
    expect(await resolver.resolve("Xyzzyville")).toEqual({ status: "not-found" });
    expect((await resolver.resolve("Villeurb")).status).toBe("found");
    expect((await resolver.suggest("villeurb")).map((place) => place.label)).toEqual(["Villeurbanne (69100)"]);
  });

  it("reads « commune + code postal » as the BAN's postcode filter, and asks the local index when the BAN finds nothing", async () => {
    const resolver = banPlaceResolver(answering(), local);
    expect(await resolver.resolve("Villeurbanne 69100")).toMatchObject({ status: "found", place: { communeCode: "69266" }, others: [] });
    expect(await resolver.resolve("69100 Villeurbanne")).toMatchObject({ status: "found", place: { communeCode: "69266" } });
    // The local index's answer (its own coordinates): the same "Vouliez-vous dire … ?" as without the BAN.
    expect(await resolver.resolve("villeurbane")).toMatchObject({ status: "not-found", didYouMean: { communeCode: "69266", latitude: 45.7707 } });
  });

  it("falls back to the local index, with an English log, when the BAN is down", async () => {
    const down = await startBanSandbox({ port: 0 });
    const url = down.url;
    await down.close();
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    try {
      const resolution = await banPlaceResolver({ baseUrl: url }, local).resolve("Villeurbanne");
      expect(resolution).toMatchObject({ status: "found", place: { communeCode: "69266", latitude: 45.7707, longitude: 4.889 } });
      expect(warn).toHaveBeenCalledWith("BAN place resolution failed, using the local commune index", expect.objectContaining({ errorName: "BanApiError" }));
    } finally {
      warn.mockRestore();
    }
  });

  it("gives up on a slow BAN after its timeout and answers from the local index", async () => {
    const slow = await startBanSandbox({ port: 0, delayMs: 2_000 });
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    try {
      const started = performance.now();
      const suggestions = await banPlaceResolver({ baseUrl: slow.url, timeoutMs: 200 }, local).suggest("brest");
      expect(performance.now() - started).toBeLessThan(1_500);
      expect(suggestions.map((place) => place.label)).toEqual(["Brest (29200)"]);
      expect(warn).toHaveBeenCalledWith("BAN suggestion failed, using the local commune index", expect.objectContaining({ error: expect.stringMatching(/within 200 ms/) }));
    } finally {
      warn.mockRestore();
      await slow.close();
    }
  });

  it("reports HTTP errors and foreign bodies as typed errors", async () => {
    await expect(searchMunicipalities("ab", 5, answering())).rejects.toMatchObject({ name: "BanApiError", status: 400 });
    await expect(searchMunicipalities("Lyon", 5, { baseUrl: `${ban.url}/ailleurs` })).rejects.toBeInstanceOf(BanApiError);
  });
});
