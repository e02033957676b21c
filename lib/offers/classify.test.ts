import { describe, expect, it } from "vitest";

import { classifyOffer, publicSlugsFor } from "./classify";
import { offerType } from "./referentials";

describe("classifyOffer", () => {
  it.each([
    [{ typeOffre: "21", modes: ["46"], temporalites: ["02"] }, "ehpad"],
    [{ typeOffre: "24", modes: ["46"], temporalites: ["02"] }, "ehpad"],
    [{ typeOffre: "21", modes: ["47"], temporalites: ["02"] }, "accueil-de-jour"],
    [{ typeOffre: "21", modes: ["46"], temporalites: ["01"] }, "hebergement-temporaire"],
    [{ typeOffre: "21", modes: ["46"], temporalites: ["01", "02"] }, "ehpad"],
    [{ typeOffre: "28" }, "ssiad"],
    [{ typeOffre: "38", temporalites: ["01"] }, "plateforme-repit"],
    [{ typeOffre: "22" }, "residence-autonomie"],
    [{ categorie: "500" }, "ehpad"],
    [{ categorie: "207" }, "accueil-de-jour"],
    [{ categorie: "609" }, "mdph"],
    [{ typeSlug: "france-services" }, "france-services"],
  ])("%j → %s", (input, expected) => {
    const result = classifyOffer(input);
    expect(result.ok && result.type.slug).toBe(expected);
  });

  it("rejects hospital types with a reason a data steward understands", () => {
    const result = classifyOffer({ typeOffre: "156" });
    expect(result).toEqual({ ok: false, reason: "type d'offre 156 hors du champ de l'autonomie (soins hospitaliers)", outOfScope: true });
  });

  it("rejects a type d'offre outside the subset (the IG's gynaecology example)", () => {
    expect(classifyOffer({ typeOffre: "157" })).toEqual({ ok: false, reason: "type d'offre 157 hors du champ de l'autonomie", outOfScope: true });
  });

  it("does not let the catégorie override an out-of-scope type d'offre", () => {
    expect(classifyOffer({ typeOffre: "157", categorie: "460" }).ok).toBe(false);
  });

  it("uses the catégorie when the offer has no type d'offre", () => {
    const result = classifyOffer({ typeOffre: null, categorie: "500", modes: ["46"] });
    expect(result.ok && result.type.slug).toBe("ehpad");
  });

  it("rejects an unknown catégorie", () => {
    expect(classifyOffer({ categorie: "101" })).toEqual({ ok: false, reason: "catégorie d'établissement 101 hors du champ de l'autonomie", outOfScope: true });
  });
});

describe("publicSlugsFor", () => {
  const ehpad = offerType("ehpad")!;
  const repit = offerType("plateforme-repit")!;
  it("maps J29 codes to public slugs", () => {
    expect(publicSlugsFor(ehpad, ["01"])).toEqual(["personnes-agees"]);
    expect(publicSlugsFor(ehpad, ["05"])).toEqual(["personnes-agees", "personnes-handicapees"]);
    expect(publicSlugsFor(ehpad, ["07"])).toEqual(["personnes-agees", "personnes-handicapees", "aidants"]);
  });
  it("uses the type's defaults when the source gives no usable public", () => {
    expect(publicSlugsFor(ehpad, [])).toEqual(["personnes-agees"]);
    expect(publicSlugsFor(ehpad, ["08"])).toEqual(["personnes-agees"]);
  });
  it("adds aidants to caregiver support offers", () => {
    expect(publicSlugsFor(repit, ["01"])).toEqual(["personnes-agees", "aidants"]);
  });
});
