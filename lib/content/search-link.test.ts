import { describe, expect, it } from "vitest";

import { type SearchFilter, buildSearchHref } from "./search-link";

describe("buildSearchHref", () => {
  it.each<[SearchFilter, string]>([
    [{ groupe: "vivre-a-domicile" }, "/recherche?groupe=vivre-a-domicile"],
    [{ groupe: "s-informer-et-etre-accompagne" }, "/recherche?groupe=s-informer-et-etre-accompagne"],
    [{ groupe: "en-etablissement", public: "personnes-agees" }, "/recherche?groupe=en-etablissement&public=personnes-agees"],
    [{ groupe: "soutenir-les-aidants", public: "aidants" }, "/recherche?groupe=soutenir-les-aidants&public=aidants"],
  ])("builds the search link for %j", (filter, href) => {
    expect(buildSearchHref(filter)).toBe(href);
  });
});
