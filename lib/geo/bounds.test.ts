import { describe, expect, it } from "vitest";

import { boundsIntersect, boundsOf, type BBox } from "./bounds";

describe("boundsOf", () => {
  it("is the smallest box holding every position", () => {
    expect(
      boundsOf([
        [4.8357, 45.764],
        [2.3522, 48.8566],
        [5.3698, 43.2965],
      ]),
    ).toEqual([2.3522, 43.2965, 5.3698, 48.8566]);
  });

  it("is a point for a single position, and undefined for none", () => {
    expect(boundsOf([[1.9093, 47.9029]])).toEqual([1.9093, 47.9029, 1.9093, 47.9029]);
    expect(boundsOf([])).toBeUndefined();
  });

  it("reads any iterable, e.g. a generator over offers", () => {
    function* positions(): Generator<[number, number]> {
      yield [-1, -2];
      yield [3, 4];
    }
    expect(boundsOf(positions())).toEqual([-1, -2, 3, 4]);
  });
});

describe("boundsIntersect", () => {
  const france: BBox = [-5.2, 41.3, 9.6, 51.1];
  it.each<[string, BBox, boolean]>([
    ["overlapping", [8, 50, 12, 54], true],
    ["touching at an edge", [9.6, 45, 12, 46], true],
    ["inside", [2, 45, 3, 46], true],
    ["apart", [55, -21.5, 56, -20.8], false],
  ])("%s boxes: %s", (_name, other, expected) => {
    expect(boundsIntersect(france, other)).toBe(expected);
    expect(boundsIntersect(other, france)).toBe(expected);
  });
});
