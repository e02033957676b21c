import { describe, expect, it } from "vitest";

import { ifNoneMatchSatisfied, MAP_CACHE_CONTROL, weakEtag } from "./http-cache";

describe("weakEtag", () => {
  it("is a weak validator that changes with the body and only with it", () => {
    const etag = weakEtag('{"a":1}');
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
    expect(weakEtag('{"a":1}')).toBe(etag);
    expect(weakEtag('{"a":2}')).not.toBe(etag);
  });
});

describe("ifNoneMatchSatisfied", () => {
  const etag = weakEtag("body");
  const opaque = etag.slice(2);
  it.each([
    [null, false],
    ["", false],
    [etag, true],
    [opaque, true],
    [`"other", ${etag}`, true],
    [` W/"other" ,${opaque} `, true],
    ["*", true],
    ['W/"other"', false],
  ])("%j → %s", (header, expected) => {
    expect(ifNoneMatchSatisfied(header, etag)).toBe(expected);
  });
});

it("caches successes for a minute, then serves stale while revalidating", () => {
  expect(MAP_CACHE_CONTROL).toBe("public, max-age=60, stale-while-revalidate=300");
});
