import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { sharedDataPath } from "@/lib/testing/shared-data";

import { OFFER_GROUPS, getOfferGroup } from "./offer-groups";
import { OFFER_GROUP_SLUGS } from "./search-link";

/** Codes of JDV_J238-TypeOffre-ROR: the code is the third CSV column and never quoted. */
function typeOffreCodes(): Set<string> {
  const csv = readFileSync(sharedDataPath("nomenclatures", "JDV_J238-TypeOffre-ROR_subset-PA-PH.csv"), "utf8");
  const codes = csv
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== "")
    .map((line) => line.split(",")[2] ?? "");
  return new Set(codes);
}

describe("offer groups", () => {
  it("has one group per search group slug, in the same order", () => {
    expect(OFFER_GROUPS.map((group) => group.slug)).toEqual([...OFFER_GROUP_SLUGS]);
    expect(getOfferGroup("habiter-autrement").title).toBe("Habiter autrement");
  });

  it("gives every type a unique id and all four standard answers", () => {
    const types = OFFER_GROUPS.flatMap((group) => group.types);
    expect(new Set(types.map((type) => type.id)).size).toBe(types.length);
    for (const type of types) {
      for (const text of [type.name, type.falcName, type.what, type.forWhom, type.access, type.cost]) {
        expect(text.trim().length, type.id).toBeGreaterThan(3);
      }
      expect(type.falc.length, type.id).toBeGreaterThanOrEqual(3);
    }
  });

  it("uses only official ROR offer type codes, each in one group only", () => {
    const official = typeOffreCodes();
    expect(official.size).toBeGreaterThan(50);
    const used = OFFER_GROUPS.flatMap((group) => group.types.flatMap((type) => type.typeOffreCodes));
    expect(used.filter((code) => !official.has(code))).toEqual([]);
    expect(new Set(used).size).toBe(used.length);
  });

  it("covers the offer types named in the brief of each group", () => {
    const ids = (slug: (typeof OFFER_GROUP_SLUGS)[number]) => getOfferGroup(slug).types.map((type) => type.id);
    expect(ids("vivre-a-domicile")).toEqual(
      expect.arrayContaining(["ssiad", "service-autonomie-a-domicile", "equipe-specialisee-alzheimer", "savs", "samsah"]),
    );
    expect(ids("habiter-autrement")).toEqual(
      expect.arrayContaining([
        "residence-autonomie",
        "habitat-inclusif",
        "accueil-familial",
        "marpa",
        "residence-services-seniors",
        "cohabitation-intergenerationnelle",
      ]),
    );
    expect(ids("en-etablissement")).toEqual(
      expect.arrayContaining(["ehpad", "usld", "mas", "fam-eam", "foyer-de-vie", "ime"]),
    );
    expect(ids("soutenir-les-aidants")).toEqual(
      expect.arrayContaining(["plateforme-de-repit", "accueil-de-jour", "hebergement-temporaire", "groupes-d-aidants"]),
    );
    expect(ids("s-informer-et-etre-accompagne")).toEqual(
      expect.arrayContaining(["france-services", "point-d-information-local", "mdph", "ccas", "centre-de-ressources-territorial"]),
    );
  });
});
