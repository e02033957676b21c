import { Readable } from "node:stream";

import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";

import { decodeText } from "@/lib/ingest/text";

import { mapPrixEhpad } from "./map";
import { parsePrixEhpad } from "./parse";

const context = { fetchedAt: new Date("2024-06-01T00:00:00Z") };

async function run(bytes: Buffer) {
  const prices: unknown[] = [];
  const rejections: string[] = [];
  for await (const item of parsePrixEhpad(decodeText(Readable.from([bytes])))) {
    if (!item.ok) {
      rejections.push(item.reason);
      continue;
    }
    const result = mapPrixEhpad(item.raw, context);
    if (result.status === "mapped" && result.record.kind === "price") prices.push(result.record.price);
    else if (result.status !== "mapped") rejections.push(`${item.localId}: ${result.reason}`);
  }
  return { prices, rejections };
}

describe("CNSA EHPAD prices", () => {
  it("reads the camelCase layout in Latin-1 with decimal commas", async () => {
    const csv = [
      "finessEt;raisonSociale;prixHebPermCs;prixHebPermCd;prixHebTempCs;tarifGir12;tarifGir34;tarifGir56;DATE_MAJ",
      "450099991;EHPAD LES TILLEULS D'ORLÉANS;72,50;65,10;80;22,40;14,20;6,05;2024-03-31",
      "50099999;EHPAD AU ZÉRO PERDU;;61,20;\\N;;;5,90;31/12/2023",
    ].join("\r\n");
    const { prices, rejections } = await run(iconv.encode(csv, "win1252"));
    expect(rejections).toEqual([]);
    expect(prices).toEqual([
      {
        key: "prix-ehpad--450099991",
        finessEt: "450099991",
        raisonSociale: "EHPAD LES TILLEULS D'ORLÉANS",
        prices: {
          hebergementPermanentJour: 72.5,
          hebergementTemporaireJour: 80,
          tarifGir12Jour: 22.4,
          tarifGir34Jour: 14.2,
          tarifGir56Jour: 6.05,
          accueilDeJourJour: null,
          forfaitMensuel: null,
        },
        sourceUpdatedAt: new Date("2024-03-31T00:00:00Z"),
      },
      expect.objectContaining({
        finessEt: "050099999",
        prices: expect.objectContaining({ hebergementPermanentJour: 61.2, hebergementTemporaireJour: null, tarifGir56Jour: 5.9 }),
        sourceUpdatedAt: new Date("2023-12-31T00:00:00Z"),
      }),
    ]);
  });

  it("reads the upper-case layout, comma-separated", async () => {
    const csv = "FINESS_ET,PRIX_HEB_PERM_CS,TARIF_GIR_56\n450099991,70.1,6.2\n";
    const { prices } = await run(Buffer.from(csv));
    expect(prices).toEqual([expect.objectContaining({ finessEt: "450099991", prices: expect.objectContaining({ hebergementPermanentJour: 70.1, tarifGir56Jour: 6.2 }) })]);
  });

  it("rejects malformed lines with their reason and keeps going", async () => {
    const csv = [
      "finessEt;prixHebPermCs;tarifGir56",
      "450099991;soixante;6",
      "45009999X;70;6",
      "450099992;7000;6",
      "450099993;;",
      ";70;6",
      "450099994;71;6",
    ].join("\n");
    const { prices, rejections } = await run(Buffer.from(csv));
    expect(prices).toHaveLength(1);
    expect(rejections).toEqual([
      "450099991: prixHebPermCs illisible (soixante)",
      "45009999X: numéro FINESS ET invalide : 45009999X",
      "450099992: prixHebPermCs hors limites (7000 €)",
      "450099993: aucun prix renseigné",
      "ligne 6 : numéro FINESS ET manquant",
    ]);
  });

  it("refuses an unknown layout with a clear error", async () => {
    await expect(run(Buffer.from("etablissement;prix\n1;2\n"))).rejects.toThrow(
      "Format du fichier des prix EHPAD non reconnu : aucune colonne FINESS ET (finessEt) et aucune colonne de prix (prixHebPermCs, tarifGir12…). En-tête lu : etablissement, prix",
    );
  });
});
