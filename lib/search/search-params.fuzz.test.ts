import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { anyParamValue, anyText, expectFrenchMessage, FUZZ_PARAMETERS } from "@/lib/testing/fuzz";

import { searchQueryString } from "./query-string";
import { parseSearchParams } from "./search-params";

/** Every parameter the search pages and the map endpoint read, plus unknown ones. */
const SEARCH_KEYS = ["lieu", "lat", "lon", "rayon", "public", "groupe", "type", "temporalite", "prixMax", "aideSociale", "accessible", "tri", "q", "comparer", "page"] as const;

const anySearch = fc.record(
  Object.fromEntries([...SEARCH_KEYS, "inconnu"].map((key) => [key, anyParamValue])) as Record<string, typeof anyParamValue>,
  { requiredKeys: [] },
);

describe("search parameters, fuzzed", () => {
  it("never throw, and refuse bad values with a French message on the field at fault", () => {
    fc.assert(
      fc.property(anySearch, (params) => {
        const parsed = parseSearchParams(params as Record<string, string | string[] | undefined>);
        if (parsed.ok) return;
        const messages = Object.entries(parsed.errors);
        expect(messages.length).toBeGreaterThan(0);
        for (const [field, message] of messages) {
          expect(SEARCH_KEYS as readonly string[]).toContain(field);
          expectFrenchMessage(message);
        }
      }),
      FUZZ_PARAMETERS,
    );
  });

  it("give back a query string that reads the same search (shareable URLs)", () => {
    fc.assert(
      fc.property(anySearch, (params) => {
        const parsed = parseSearchParams(params as Record<string, string | string[] | undefined>);
        if (!parsed.ok) return;
        const again = parseSearchParams(Object.fromEntries(new URLSearchParams(searchQueryString(parsed.query))));
        expect(again.ok).toBe(true);
      }),
      FUZZ_PARAMETERS,
    );
  });

  it.each(["lat", "lon", "page", "comparer", "rayon", "prixMax"])("refuse an out-of-range %s in French", (key) => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), anyText.map((text) => text.repeat(10))), (value) => {
        const parsed = parseSearchParams({ lieu: "Lyon", [key]: String(value) });
        if (!parsed.ok) for (const message of Object.values(parsed.errors)) expectFrenchMessage(message);
      }),
      FUZZ_PARAMETERS,
    );
  });
});
