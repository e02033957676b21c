import { describe, expect, it } from "vitest";

import { pathWithout, safeLocalPath } from "./return-to";

describe("safeLocalPath", () => {
  it.each([
    ["/demandes/VT-2026-004211", "/demandes/VT-2026-004211"],
    ["/demandes?tri=date", "/demandes?tri=date"],
    ["/demandes/../admin", "/admin"],
    ["/", "/"],
  ])("keeps the local path %s", (candidate, expected) => {
    expect(safeLocalPath(candidate, "/accueil")).toBe(expected);
  });

  it.each([
    ["https://evil.example/demandes"],
    ["//evil.example/demandes"],
    ["/\\evil.example"],
    ["/\tevil"],
    ["javascript:alert(1)"],
    ["demandes"],
    [""],
    [null],
    [undefined],
    [`/${"a".repeat(2100)}`],
  ])("falls back for %s", (candidate) => {
    expect(safeLocalPath(candidate, "/accueil")).toBe("/accueil");
  });
});

describe("pathWithout", () => {
  it("drops the given query parameters only", () => {
    const url = new URL("http://localhost:4020/demandes/VT-1?login_hint=abc&tri=date");
    expect(pathWithout(url, "login_hint")).toBe("/demandes/VT-1?tri=date");
    expect(pathWithout(new URL("http://localhost/demandes?login_hint=abc"), "login_hint")).toBe("/demandes");
  });
});
