import { describe, expect, it } from "vitest";

import { isStepFree, keywordText, offerFilter, temporaliteRules, type FilterableOffer } from "./filters";

const offer = (overrides: Partial<FilterableOffer> = {}): FilterableOffer => ({
  typeSlug: "ehpad",
  groupSlug: "en-etablissement",
  typeOffre: null,
  publicSlugs: ["personnes-agees"],
  temporalites: [],
  modes: [],
  prixMensuel: null,
  habilitationAideSociale: false,
  stepFree: false,
  text: keywordText("EHPAD Les Tilleuls", null),
  ...overrides,
});

const none = { types: [], aideSociale: false } as const;

describe("temporaliteRules", () => {
  it.each([
    ["a permanent stay", offer({ temporalites: ["02"] }), { permanent: true, temporaire: false, "accueil-de-jour": false }],
    ["a temporary stay", offer({ temporalites: ["01"] }), { permanent: false, temporaire: true, "accueil-de-jour": false }],
    ["the portal's temporary-stay type without J30", offer({ typeSlug: "hebergement-temporaire" }), { permanent: false, temporaire: true, "accueil-de-jour": false }],
    ["day care by its J19 mode", offer({ modes: ["47"] }), { permanent: false, temporaire: false, "accueil-de-jour": true }],
    ["day care by the portal's type", offer({ typeSlug: "accueil-de-jour" }), { permanent: false, temporaire: false, "accueil-de-jour": true }],
    // A PASA (J238 "25") serves the EHPAD's own residents: never a stay, whatever its source says.
    ["a PASA said permanent and temporary", offer({ typeOffre: "25", temporalites: ["01", "02"] }), { permanent: false, temporaire: false, "accueil-de-jour": false }],
    ["nothing said", offer(), { permanent: false, temporaire: false, "accueil-de-jour": false }],
  ])("%s", (_name, candidate, expected) => {
    expect({
      permanent: temporaliteRules.permanent(candidate),
      temporaire: temporaliteRules.temporaire(candidate),
      "accueil-de-jour": temporaliteRules["accueil-de-jour"](candidate),
    }).toEqual(expected);
  });
});

describe("offerFilter", () => {
  it("accepts everything when nothing is asked", () => {
    expect(offerFilter(none)(offer())).toBe(true);
  });

  it.each<[string, Parameters<typeof offerFilter>[0], FilterableOffer, boolean]>([
    ["groupe: same", { ...none, groupe: "en-etablissement" }, offer(), true],
    ["groupe: other", { ...none, groupe: "vivre-a-domicile" }, offer(), false],
    ["types: one of them", { ...none, types: ["mas", "ehpad"] }, offer(), true],
    ["types: none of them", { ...none, types: ["mas"] }, offer(), false],
    ["public: served", { ...none, public: "personnes-agees" }, offer(), true],
    ["public: not served", { ...none, public: "aidants" }, offer(), false],
    ["temporalité: applies its rule", { ...none, temporalite: "permanent" }, offer({ temporalites: ["02"] }), true],
    ["temporalité: a PASA is not a stay", { ...none, temporalite: "permanent" }, offer({ temporalites: ["02"], typeOffre: "25" }), false],
    ["prixMax: at the maximum", { ...none, prixMax: 2500 }, offer({ prixMensuel: 2500 }), true],
    ["prixMax: above", { ...none, prixMax: 2500 }, offer({ prixMensuel: 2501 }), false],
    ["prixMax: unknown price never passes", { ...none, prixMax: 20_000 }, offer(), false],
    ["aideSociale: habilitated", { ...none, aideSociale: true }, offer({ habilitationAideSociale: true }), true],
    ["aideSociale: not habilitated", { ...none, aideSociale: true }, offer(), false],
    ["accessible: step-free", { ...none, accessible: true }, offer({ stepFree: true }), true],
    ["accessible: not declared", { ...none, accessible: true }, offer(), false],
    ["texte: in the name, any case", { ...none, texte: "tilleuls" }, offer(), true],
    ["texte: in the description", { ...none, texte: "Jardin" }, offer({ text: keywordText("MAS", "Un jardin 100% de plain-pied") }), true],
    ["texte: % and _ are plain characters", { ...none, texte: "1_0%" }, offer({ text: keywordText("MAS", "Un jardin 100% de plain-pied") }), false],
    ["texte: never across name and description", { ...none, texte: "tilleuls un" }, offer({ text: keywordText("EHPAD Les Tilleuls", "Un jardin") }), false],
    ["all filters together", { ...none, groupe: "en-etablissement", public: "personnes-agees", prixMax: 3000, aideSociale: true }, offer({ prixMensuel: 2400, habilitationAideSociale: true }), true],
  ])("%s", (_name, search, candidate, expected) => {
    expect(offerFilter(search)(candidate)).toBe(expected);
  });
});

describe("isStepFree", () => {
  it.each([
    ["Accessibilité des locaux : Accessible", true],
    ["Accessibilité des locaux : Conforme", true],
    ["Accessibilité des locaux : Ad'AP", false],
    ["Accessibilité des locaux : Sur demande", false],
    [null, false],
  ])("%s → %s", (text, expected) => {
    expect(isStepFree(text)).toBe(expected);
  });
});
