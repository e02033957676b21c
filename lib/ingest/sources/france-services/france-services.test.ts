import { createReadStream } from "node:fs";
import { Readable } from "node:stream";

import { describe, expect, it } from "vitest";

import { decodeText } from "@/lib/ingest/text";
import type { MapResult } from "@/lib/ingest/source";
import type { OfferInput } from "@/lib/offers/domain";
import { sharedDataPath } from "@/lib/testing/shared-data";

import { mapFranceServices } from "./map";
import { parseFranceServices } from "./parse";

const context = { fetchedAt: new Date("2024-08-02T00:00:00Z") };

async function run(texts: AsyncIterable<string>) {
  const offers: OfferInput[] = [];
  const rejections: string[] = [];
  for await (const item of parseFranceServices(texts)) {
    if (!item.ok) {
      rejections.push(item.reason);
      continue;
    }
    const result: MapResult = mapFranceServices(item.raw, context);
    if (result.status === "mapped" && result.record.kind === "offer") offers.push(result.record.offer);
    else if (result.status !== "mapped") rejections.push(`${item.localId}: ${result.reason}`);
  }
  return { offers, rejections };
}

function text(content: string): AsyncIterable<string> {
  return Readable.from([content]);
}

describe("France Services (real data.gouv.fr file, 2024-08-01)", () => {
  it("imports all 2,845 rows", async () => {
    const { offers, rejections } = await run(decodeText(createReadStream(sharedDataPath("france-services", "liste-fs-20240801.csv"))));
    expect(rejections).toEqual([]);
    expect(offers).toHaveLength(2845);
    expect(new Set(offers.map((offer) => offer.key)).size).toBe(2845);
    expect(offers.every((offer) => offer.typeSlug === "france-services" && offer.groupSlug === "s-informer-et-etre-accompagne")).toBe(true);
    expect(offers.every((offer) => offer.location.latitude !== null && offer.location.communeCode !== null)).toBe(true);
    // Every row with hours gets structured slots (the export's "00:00 - 00:00" placeholders are dropped).
    expect(offers.filter((offer) => offer.openingHours !== null)).toHaveLength(2797);
    expect(offers.filter((offer) => offer.openingHoursNote?.includes(" : "))).toEqual([]);
    expect(offers.filter((offer) => offer.location.communeCode?.startsWith("97")).length).toBe(119);
  });

  it("maps the first France Services with structured opening hours", async () => {
    const { offers } = await run(decodeText(createReadStream(sharedDataPath("france-services", "liste-fs-20240801.csv"))));
    const valserhone = offers.find((offer) => offer.key === "france-services--1");
    expect(valserhone).toMatchObject({
      name: "France services de Valserhône",
      regulated: false,
      publicSlugs: ["personnes-agees", "personnes-handicapees", "aidants"],
      contact: { phone: "04 50 56 87 49", email: "franceservices@ccpb01.fr", website: null },
      location: { addressLine: "5-9 Rue des Papetiers", postalCode: "01200", city: "Valserhône", communeCode: "01033", latitude: 46.1060711578546, longitude: 5.8260084241619 },
    });
    expect(valserhone?.openingHours).toEqual([
      { day: "lundi", opens: "13:30", closes: "17:00" },
      { day: "mardi", opens: "09:00", closes: "12:00" },
      { day: "mardi", opens: "13:30", closes: "17:00" },
      { day: "mercredi", opens: "09:00", closes: "12:00" },
      { day: "mercredi", opens: "13:30", closes: "17:00" },
      { day: "jeudi", opens: "09:00", closes: "12:00" },
      { day: "jeudi", opens: "13:30", closes: "17:00" },
      { day: "vendredi", opens: "09:00", closes: "12:00" },
      { day: "vendredi", opens: "13:30", closes: "16:00" },
    ]);
  });
});

const HEADER =
  '"id_fs","insee_dep","lib_fs","adresse","complement_adresse","insee_com","code_postal","lib_com","latitude","longitude","mail","telephone","h_lundi","h_mardi","h_mercredi","h_jeudi","h_vendredi","h_samedi","prise_rdv","commentaire","type_fs","format_fs","groupe_fs","labellisation_fs"';

describe("France Services: malformed input", () => {
  it("rejects bad lines with a reason and goes on", async () => {
    const csv = [
      HEADER,
      '"10","45","France services A","1 rue A",,"45234","45000","Orléans",47.9,1.9,"a@b.fr","02 38 00 00 00","9h00 - 12h00","matin seulement",,,,,"Oui",,"Principal","Fixe",,',
      '"11","45","France services B","1 rue B",,"45234","45000","Orléans","quarante",1.9,,,,,,,,,"Non",,"Principal","Fixe",,',
      '"12","45","France services C","1 rue C",,"4523","45000","Orléans",47.9,1.9,,,,,,,,,"Non",,"Principal","Fixe",,',
      '"13","45","France services D","1 rue "D",,"45234","45000","Orléans",47.9,1.9,,,,,,,,,"Non",,"Principal","Fixe",,',
      '"14","45","France services E"',
      '"","45","Sans identifiant","1 rue F",,"45234","45000","Orléans",47.9,1.9,,,,,,,,,"Non",,"Principal","Fixe",,',
      '"15","45","France services F","1 rue G",,"45234","45000","Orléans",47.9,1.9,,,,,,,,,"Non",,"Antenne","Itinérante",,',
    ].join("\n");
    const { offers, rejections } = await run(text(csv));
    expect(offers.map((offer) => offer.localId)).toEqual(["10", "15"]);
    expect(offers[0]).toMatchObject({ openingHours: [{ day: "lundi", opens: "09:00", closes: "12:00" }], openingHoursNote: "Sur rendez-vous. mardi : matin seulement" });
    expect(offers[1]?.description).toContain("Antenne d'une France Services. France Services itinérante");
    expect(rejections).toEqual([
      "11: coordonnées illisibles (quarante, 1.9)",
      "12: code commune INSEE invalide : 4523",
      "ligne 5 : guillemet mal placé",
      "ligne 6 : nombre de champs différent de l'en-tête",
      "ligne 7 : identifiant id_fs manquant",
    ]);
  });

  it("refuses a file whose columns are not the France Services layout", async () => {
    await expect(run(text('"id","nom"\n"1","x"\n'))).rejects.toThrow(
      "Format du fichier France Services non reconnu : colonne(s) manquante(s) id_fs, lib_fs, adresse, insee_com, code_postal, lib_com, latitude, longitude",
    );
  });
});
