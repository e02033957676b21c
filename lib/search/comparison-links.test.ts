import { describe, expect, it } from "vitest";

import { compareHref, offerHref, queryOf, searchHref, withSelection } from "./comparison-links";

describe("comparison links", () => {
  it("keep the search and replace the selection", () => {
    expect(withSelection("/recherche?lieu=Lyon&comparer=a&comparer=b&groupe=x", ["b"])).toBe("/recherche?lieu=Lyon&groupe=x&comparer=b");
    expect(withSelection("/recherche", [])).toBe("/recherche");
  });

  it("give offer pages and the list the whole search", () => {
    const query = { lieu: "Lyon", rayon: 30, type: ["ehpad"], comparer: ["ror--1"] };
    expect(searchHref(query)).toBe("/recherche?lieu=Lyon&rayon=30&type=ehpad&comparer=ror--1");
    expect(offerHref("ror--2", query)).toBe("/offres/ror--2?lieu=Lyon&rayon=30&type=ehpad&comparer=ror--1");
    expect(queryOf("/recherche?lieu=Lyon")).toBe("?lieu=Lyon");
    expect(compareHref(["a", "b"], "/recherche?lieu=Lyon")).toBe("/comparer?offres=a&offres=b&retour=%2Frecherche%3Flieu%3DLyon");
  });
});
