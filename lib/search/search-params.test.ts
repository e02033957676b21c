import { describe, expect, it } from "vitest";

import { searchQueryString } from "./query-string";
import { parseSearchParams } from "./search-params";

describe("parseSearchParams", () => {
  it("reads every filter of a shared search URL", () => {
    const parsed = parseSearchParams({
      lieu: "Lyon",
      rayon: "50",
      public: "personnes-agees",
      groupe: "en-etablissement",
      type: ["ehpad", "usld"],
      temporalite: "temporaire",
      prixMax: "2500",
      aideSociale: "oui",
      q: "jardin",
      page: "3",
    });
    expect(parsed).toMatchObject({
      ok: true,
      query: { lieu: "Lyon", rayon: 50, public: "personnes-agees", groupe: "en-etablissement", type: ["ehpad", "usld"], temporalite: "temporaire", prixMax: 2500, aideSociale: "oui", q: "jardin", page: 3 },
    });
  });

  it.each([
    [{ rayon: "3" }, "rayon", "Le rayon doit être d'au moins 5 km."],
    [{ rayon: "500" }, "rayon", "Le rayon doit être de 100 km au plus."],
    [{ rayon: "loin" }, "rayon", "Le rayon doit être un nombre de kilomètres entre 5 et 100."],
    [{ prixMax: "-5" }, "prixMax", "Le prix maximum ne peut pas être négatif."],
    [{ prixMax: "beaucoup" }, "prixMax", "Le prix maximum doit être un nombre d'euros par mois."],
    [{ type: "soucoupe" }, "type", "Un type de solution demandé n'existe pas."],
    [{ groupe: "chateaux" }, "groupe", "Choisissez une famille de solutions dans la liste."],
    [{ page: "0" }, "page", "Numéro de page invalide."],
    [{ comparer: ["a", "b", "c", "d", "e"] }, "comparer", "Vous pouvez comparer 4 solutions au plus."],
    [{ lat: "91", lon: "2" }, "lat", "Number must be less than or equal to 90"],
  ])("rejects %j with a French message", (params, field, message) => {
    const parsed = parseSearchParams(params);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok && field !== "lat") expect(parsed.errors[field as keyof typeof parsed.errors]).toBe(message);
    if (!parsed.ok && field === "lat") expect(parsed.errors.lat).toBeDefined();
  });

  it("builds canonical query strings without defaults", () => {
    expect(searchQueryString({ lieu: "Lyon", rayon: 20, page: 1, type: [] })).toBe("?lieu=Lyon");
    expect(searchQueryString({ lieu: "Lyon", type: ["ehpad", "usld"] }, { page: 2 })).toBe("?lieu=Lyon&type=ehpad&type=usld&page=2");
  });

  it.each([
    [{}, {}],
    [{ lieu: "Lyon" }, { lieu: "Lyon" }],
    [{ lieu: "  69003 ", public: "aidants" }, { lieu: "69003", public: "aidants" }],
    [{ lieu: "", public: "" }, {}],
    [{ lieu: ["Nantes", "Brest"] }, { lieu: "Nantes" }],
  ])("accepts %j", (params, expected) => {
    const parsed = parseSearchParams(params);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.query).toEqual({ rayon: 20, page: 1, type: [], comparer: [], tri: "distance", ...expected });
  });

  it("rejects an unknown audience with a French message and keeps the place typed", () => {
    const parsed = parseSearchParams({ lieu: "Lille", public: "martiens" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.public).toMatch(/Choisissez « Pour qui \? »/);
    expect(parsed.errors.lieu).toBeUndefined();
    expect(parsed.raw).toMatchObject({ lieu: "Lille", public: "martiens" });
  });

  it("rejects a place longer than 100 characters", () => {
    const parsed = parseSearchParams({ lieu: "x".repeat(101) });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.lieu).toBe("Le lieu doit faire 100 caractères au maximum.");
  });
});
