import { describe, expect, it } from "vitest";

import { GROUPS, typeForTypeOffre } from "@/lib/offers/referentials";

import { OFFER_GROUPS } from "./offer-groups";

describe("editorial groups agree with the catalogue", () => {
  it("covers the catalogue's groups, in the same order", () => {
    expect(OFFER_GROUPS.map((group) => group.slug)).toEqual(GROUPS.map((group) => group.slug));
  });

  it("classifies every official type d'offre code in the same group as the importers", () => {
    const disagreements = OFFER_GROUPS.flatMap((group) =>
      group.types.flatMap((type) =>
        type.typeOffreCodes
          .map((code) => ({ code, editorial: group.slug, catalogue: typeForTypeOffre(code)?.group }))
          .filter((entry) => entry.catalogue !== undefined && entry.catalogue !== entry.editorial)
          .map((entry) => `${type.id} ${entry.code}: page ${entry.editorial}, catalogue ${entry.catalogue}`),
      ),
    );
    expect(disagreements).toEqual([]);
  });
});
