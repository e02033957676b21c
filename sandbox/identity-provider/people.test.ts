import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { SANDBOX_PEOPLE, SANDBOX_SUBS, ageOn, claimsOf, displayName, findPersonBySub, isSandboxSub } from "./people";

describe("sandbox people", () => {
  it("have stable FranceConnect-shaped subs derived from their key", () => {
    for (const person of SANDBOX_PEOPLE) {
      const expected = `${createHash("sha256").update(`portail-autonomie-sandbox:${person.key}`).digest("hex")}v1`;
      expect(person.sub).toBe(expected);
      expect(person.sub).toMatch(/^[0-9a-f]{64}v1$/);
    }
    expect(new Set(SANDBOX_PEOPLE.map((person) => person.sub)).size).toBe(SANDBOX_PEOPLE.length);
  });

  it("are the expected invented people, with FranceConnect claim formats", () => {
    const names = SANDBOX_PEOPLE.map((person) => `${displayName(person)} ${ageOn(person.claims.birthdate, new Date("2026-11-25"))}`);
    expect(names).toEqual([
      "Jeanne Martin 84",
      "Karim Benali 36",
      "Sophie Martin 52",
      "André Lefebvre 82",
      "Nadia Haddad 43",
      "Lucie Bernard 87",
      "Marc Bernard 60",
      "Claire Moreau 55",
      "Hélène Roux 55",
      "Yvonne Perrin 86",
      "Odette Lambert 82",
      "Yves Perrin 69",
      "Inès Fontaine 29",
    ]);
    for (const { claims } of SANDBOX_PEOPLE) {
      expect(claims.birthdate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(claims.birthcountry).toMatch(/^99\d{3}$/);
      expect(claims.birthplace).toMatch(claims.birthcountry === "99100" ? /^\d[\dAB]\d{3}$/ : /^$/);
      expect(claims.email).toMatch(/@example\.org$/);
    }
  });

  it("link the aidant to the person she helps; Marc Bernard starts without any link", () => {
    expect(findPersonBySub(SANDBOX_SUBS.sophieMartin)?.aidantOf).toEqual([SANDBOX_SUBS.jeanneMartin]);
    expect(findPersonBySub(SANDBOX_SUBS.marcBernard)?.aidantOf).toEqual([]);
    expect(SANDBOX_PEOPLE.map((person) => person.key)).toEqual(expect.arrayContaining(["andre-lefebvre", "nadia-haddad", "lucie-bernard", "marc-bernard"]));
  });

  it("expose claims with sub and without undefined values", () => {
    const karim = findPersonBySub(SANDBOX_SUBS.karimBenali);
    expect(karim).toBeDefined();
    const claims = claimsOf(karim!);
    expect(claims.sub).toBe(SANDBOX_SUBS.karimBenali);
    expect(claims.birthplace).toBe("");
    expect("preferred_username" in claims).toBe(false);
    expect(isSandboxSub(SANDBOX_SUBS.karimBenali)).toBe(true);
    expect(isSandboxSub("someone")).toBe(false);
  });
});

describe("ageOn", () => {
  it.each([
    ["1942-04-17", "2026-04-16", 83],
    ["1942-04-17", "2026-04-17", 84],
    ["2000-02-29", "2026-02-28", 25],
  ])("born %s, on %s: %i", (birthdate, on, expected) => {
    expect(ageOn(birthdate, new Date(`${on}T12:00:00Z`))).toBe(expected);
  });

  it("rejects malformed dates", () => {
    expect(() => ageOn("17/04/1942")).toThrow(RangeError);
  });
});
