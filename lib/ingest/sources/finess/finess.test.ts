import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";

import { distanceMeters } from "@/lib/geo/distance";
import type { ParsedItem } from "@/lib/ingest/source";
import type { OfferInput } from "@/lib/offers/domain";

import { mapFiness } from "./map";
import { parseFinessFile, type FinessEtablissement } from "./parse";

const FIXTURE = path.join(import.meta.dirname, "fixtures", "etalab-extrait-latin1.csv");
const context = { fetchedAt: new Date("2024-06-01T00:00:00Z") };

const folders: string[] = [];
function temporaryFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function readAll(file: string): Promise<{ items: ParsedItem<FinessEtablissement>[]; encodings: string[] }> {
  const items: ParsedItem<FinessEtablissement>[] = [];
  const encodings: string[] = [];
  const signal = new AbortController().signal;
  for await (const item of parseFinessFile(file, { signal, onProgress: () => {}, onEncoding: (e) => encodings.push(e) })) items.push(item);
  return { items, encodings };
}

function offers(items: ParsedItem<FinessEtablissement>[]): Map<string, OfferInput> {
  const result = new Map<string, OfferInput>();
  for (const item of items) {
    if (!item.ok) continue;
    const mapped = mapFiness(item.raw, context);
    if (mapped.status === "mapped" && mapped.record.kind === "offer") result.set(mapped.record.offer.localId, mapped.record.offer);
  }
  return result;
}

describe("FINESS extraction (etalab format)", () => {
  it("reads the Latin-1 file, joins Lambert-93 coordinates and rejects malformed lines with their number", async () => {
    const { items, encodings } = await readAll(FIXTURE);
    expect(encodings).toEqual(["win1252"]);
    const rejections = items.filter((item) => !item.ok);
    expect(rejections).toEqual([
      { ok: false, localId: "690099990", reason: "ligne 12 : coordonnées illisibles (abc ; def)" },
      { ok: false, localId: "130099994", reason: "ligne 7 : 24 champs au lieu de 32" },
    ]);
    expect(items.filter((item) => item.ok).map((item) => item.ok && item.localId)).toEqual(["450099991", "2A0099995", "350099993", "970499997", "690099990"]);
  });

  it("maps an EHPAD with its accents, address, SIRET and WGS84 point", async () => {
    const ehpad = offers((await readAll(FIXTURE)).items).get("450099991");
    expect(ehpad).toMatchObject({
      key: "finess--450099991",
      name: "EHPAD LES TILLEULS D'ORLÉANS",
      typeSlug: "ehpad",
      groupSlug: "en-etablissement",
      regulated: true,
      publicSlugs: ["personnes-agees"],
      contact: { phone: "02 38 00 00 00", email: null, website: null },
      sourceUpdatedAt: new Date("2024-03-12T00:00:00Z"),
      structure: { finessEt: "450099991", finessEj: "450099983", siret: "12345678900012", categorieEtablissement: "500", sourceKey: "finess--450099991" },
      location: { addressLine: "12 rue DES FAUVETTES", postalCode: "45000", city: "ORLEANS", communeCode: "45234" },
    });
    const point = { latitude: ehpad!.location.latitude!, longitude: ehpad!.location.longitude! };
    expect(distanceMeters(point, { latitude: 47.9029, longitude: 1.9093 })).toBeLessThan(1);
  });

  it("handles Corsica and overseas départements (UTM)", async () => {
    const byId = offers((await readAll(FIXTURE)).items);
    expect(byId.get("2A0099995")).toMatchObject({
      typeSlug: "ssiad",
      location: { communeCode: "2A004", city: "AJACCIO", postalCode: "20000", addressLine: "3 avenue DU PREMIER CONSUL, BP 12" },
    });
    const reunion = byId.get("970499997")!;
    expect(reunion.location.communeCode).toBe("97411");
    expect(distanceMeters({ latitude: reunion.location.latitude!, longitude: reunion.location.longitude! }, { latitude: -20.8823, longitude: 55.4504 })).toBeLessThan(1);
    expect(byId.get("690099990")).toMatchObject({ typeSlug: "residence-autonomie", location: { latitude: null, longitude: null } });
  });

  it("skips establishments outside the PA/PH/medico-social categories", async () => {
    const { items } = await readAll(FIXTURE);
    const hospital = items.find((item) => item.ok && item.localId === "350099993");
    expect(hospital?.ok && mapFiness(hospital.raw, context)).toEqual({ status: "skipped", reason: "catégorie 355 hors du champ de l'autonomie" });
  });

  it("reads the same file in UTF-8 identically", async () => {
    const dir = temporaryFolder("finess-utf8-");
    const utf8 = path.join(dir, "etalab.csv");
    writeFileSync(utf8, iconv.decode(readFileSync(FIXTURE), "win1252"), "utf8");
    const latin = await readAll(FIXTURE);
    const unicode = await readAll(utf8);
    expect(unicode.encodings).toEqual(["utf8"]);
    expect([...offers(unicode.items).values()]).toEqual([...offers(latin.items).values()]);
  });

  it("refuses a file that is not a FINESS extraction", async () => {
    const dir = temporaryFolder("finess-bad-");
    const file = path.join(dir, "autre.csv");
    writeFileSync(file, "id;nom\n1;x\n");
    await expect(readAll(file)).rejects.toThrow('Format FINESS non reconnu : la première ligne devrait commencer par "finess;etalab"');
  });
});
