import { describe, expect, it } from "vitest";

import { parseSearchParams } from "./search-params";

describe("parseSearchParams", () => {
  it.each([
    [{}, {}],
    [{ lieu: "Lyon" }, { lieu: "Lyon" }],
    [{ lieu: "  69003 ", public: "aidants" }, { lieu: "69003", public: "aidants" }],
    [{ lieu: "", public: "" }, {}],
    [{ lieu: ["Nantes", "Brest"] }, { lieu: "Nantes" }],
  ])("accepts %j", (params, expected) => {
    expect(parseSearchParams(params)).toEqual({ ok: true, query: expected });
  });

  it("rejects an unknown audience with a French message and keeps the place typed", () => {
    const parsed = parseSearchParams({ lieu: "Lille", public: "martiens" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.public).toMatch(/Choisissez « Pour qui \? »/);
    expect(parsed.errors.lieu).toBeUndefined();
    expect(parsed.raw).toEqual({ lieu: "Lille", public: "martiens" });
  });

  it("rejects a place longer than 100 characters", () => {
    const parsed = parseSearchParams({ lieu: "x".repeat(101) });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.lieu).toBe("Le lieu doit faire 100 caractères au maximum.");
  });
});
