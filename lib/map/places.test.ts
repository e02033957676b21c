import { describe, expect, it } from "vitest";

import { parseBBox } from "./places";

describe("parseBBox", () => {
  it("reads west,south,east,north and rounds outwards to 0.05°", () => {
    expect(parseBBox("4.51,45.52,5.16,46.01")).toEqual([4.5, 45.5, 5.2, 46.05]);
  });

  it.each([null, "", "1,2,3", "a,b,c,d", "1,2,,4", "5,45,4,46", "4,46,5,45", "-190,0,1,1", "0,0,7,1", "0,0,1,7", "1,2,3,4,5"])("refuses %j", (value) => {
    expect(parseBBox(value)).toBeUndefined();
  });
});
