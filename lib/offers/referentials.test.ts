import { readFileSync } from "node:fs";

import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

import { sharedDataPath } from "@/lib/testing/shared-data";

import {
  J19_MODE_PRISE_EN_CHARGE,
  J238_TYPE_OFFRE,
  J29_PUBLIC,
  J30_TEMPORALITE,
  J55_CATEGORIE_ETABLISSEMENT,
  type Nomenclature,
} from "./nomenclatures";
import { EXCLUDED_TYPES_OFFRE, GROUPS, GROUP_SLUGS, OFFER_TYPES, PUBLICS, PUBLIC_SLUGS } from "./referentials";

type Row = { valueset: string; system: string; code: string; display: string };

function official(file: string): Row[] {
  return parse(readFileSync(sharedDataPath("nomenclatures", file), "utf8"), { columns: true }) as Row[];
}

const cases: Array<[string, Nomenclature, string]> = [
  ["J238", J238_TYPE_OFFRE, "JDV_J238-TypeOffre-ROR_subset-PA-PH.csv"],
  ["J55", J55_CATEGORIE_ETABLISSEMENT, "JDV_J55-CategorieEG-ROR_subset-PA-PH.csv"],
  ["J29", J29_PUBLIC, "JDV_J29-PublicPrisEnCharge-ROR.csv"],
  ["J30", J30_TEMPORALITE, "JDV_J30-TemporaliteAccueil-ROR.csv"],
  ["J19", J19_MODE_PRISE_EN_CHARGE, "JDV_J19-ModePriseEnCharge-ROR.csv"],
];

describe.each(cases)("nomenclature %s", (_name, nomenclature, file) => {
  const rows = official(file);

  it("uses the official value set and code system", () => {
    expect(rows[0]?.valueset).toBe(nomenclature.valueSet);
    expect(new Set(rows.map((row) => row.system))).toEqual(new Set([nomenclature.system]));
  });

  it("has every code with exactly the official label", () => {
    const byCode = new Map(rows.map((row) => [row.code, row.display]));
    for (const [code, label] of nomenclature.concepts) {
      expect(byCode.get(code), `code ${code}`).toBe(label);
    }
  });
});

describe("complete transcriptions", () => {
  it.each([
    ["J238", J238_TYPE_OFFRE, "JDV_J238-TypeOffre-ROR_subset-PA-PH.csv"],
    ["J55", J55_CATEGORIE_ETABLISSEMENT, "JDV_J55-CategorieEG-ROR_subset-PA-PH.csv"],
    ["J29", J29_PUBLIC, "JDV_J29-PublicPrisEnCharge-ROR.csv"],
    ["J30", J30_TEMPORALITE, "JDV_J30-TemporaliteAccueil-ROR.csv"],
  ] as const)("%s lists every official code", (_name, nomenclature, file) => {
    expect([...nomenclature.concepts.keys()].sort()).toEqual(official(file).map((row) => row.code).sort());
  });
});

describe("portal referential", () => {
  it("exposes the five groups with stable slugs, in order", () => {
    expect(GROUPS.map((g) => g.slug)).toEqual([...GROUP_SLUGS]);
    expect(GROUP_SLUGS).toEqual([
      "vivre-a-domicile",
      "habiter-autrement",
      "en-etablissement",
      "soutenir-les-aidants",
      "s-informer-et-etre-accompagne",
    ]);
    expect(PUBLICS.map((p) => p.slug)).toEqual([...PUBLIC_SLUGS]);
  });

  it("classifies every official type d'offre exactly once, or excludes it explicitly", () => {
    const seen = new Map<string, string>();
    for (const type of OFFER_TYPES) {
      for (const code of type.typesOffre) {
        expect(seen.get(code), `J238 ${code} in ${type.slug} and ${seen.get(code)}`).toBeUndefined();
        seen.set(code, type.slug);
        expect(J238_TYPE_OFFRE.concepts.has(code), `J238 ${code} is official`).toBe(true);
      }
    }
    for (const code of J238_TYPE_OFFRE.concepts.keys()) {
      expect(seen.has(code) || EXCLUDED_TYPES_OFFRE.includes(code), `J238 ${code} classified`).toBe(true);
    }
  });

  it("classifies every official catégorie d'établissement exactly once", () => {
    const seen = new Map<string, string>();
    for (const type of OFFER_TYPES) {
      for (const code of type.categories) {
        expect(seen.has(code), `J55 ${code} twice`).toBe(false);
        seen.set(code, type.slug);
        expect(J55_CATEGORIE_ETABLISSEMENT.concepts.has(code), `J55 ${code} is official`).toBe(true);
      }
    }
    expect([...seen.keys()].sort()).toEqual([...J55_CATEGORIE_ETABLISSEMENT.concepts.keys()].sort());
  });

  it("names the types the issue expects in each group", () => {
    const slugsOf = (slug: string) => GROUPS.find((g) => g.slug === slug)?.types.map((t) => t.slug) ?? [];
    expect(slugsOf("vivre-a-domicile")).toEqual(expect.arrayContaining(["ssiad", "service-autonomie-domicile", "esa", "savs", "samsah"]));
    expect(slugsOf("habiter-autrement")).toEqual(
      expect.arrayContaining(["residence-autonomie", "habitat-inclusif", "accueil-familial", "marpa", "residence-services-seniors", "cohabitation-intergenerationnelle"]),
    );
    expect(slugsOf("en-etablissement")).toEqual(expect.arrayContaining(["ehpad", "usld", "mas", "fam-eam", "foyer-de-vie", "ime"]));
    expect(slugsOf("soutenir-les-aidants")).toEqual(expect.arrayContaining(["plateforme-repit", "accueil-de-jour", "hebergement-temporaire", "groupe-aidants"]));
    expect(slugsOf("s-informer-et-etre-accompagne")).toEqual(expect.arrayContaining(["france-services", "clic", "mdph", "ccas", "centre-ressources"]));
  });

  it("has unique type slugs and a French label for each", () => {
    const slugs = OFFER_TYPES.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const type of OFFER_TYPES) expect(type.label.length).toBeGreaterThan(3);
  });
});
