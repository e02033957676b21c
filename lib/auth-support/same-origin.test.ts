import { describe, expect, it } from "vitest";

import { isSameOriginRequest } from "./same-origin";

describe("isSameOriginRequest", () => {
  it.each([
    [{ origin: "http://localhost:3000" }, true],
    [{ origin: "http://localhost:3001" }, false],
    [{ origin: "https://evil.example" }, false],
    [{ "sec-fetch-site": "same-origin" }, true],
    [{ "sec-fetch-site": "cross-site" }, false],
    [{}, false],
  ])("%j → %s", (headers, expected) => {
    expect(isSameOriginRequest(new Headers(headers), "http://localhost:3000/")).toBe(expected);
  });
});
