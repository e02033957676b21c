import { describe, expect, it } from "vitest";

import { safeCallbackUrl } from "./callback-url";

const portal = "http://localhost:3000";

describe("safeCallbackUrl", () => {
  it.each([
    ["/mes-demarches", "http://localhost:3000/mes-demarches"],
    ["/recherche?lieu=Lyon", "http://localhost:3000/recherche?lieu=Lyon"],
    ["http://localhost:3000/comprendre", "http://localhost:3000/comprendre"],
  ])("keeps the portal address %s", (candidate, expected) => {
    expect(safeCallbackUrl(candidate, portal)).toBe(expected);
  });

  it.each([
    "https://evil.example/steal",
    "//evil.example/steal",
    "/\\evil.example",
    "http://localhost:3001/other-port",
    "javascript:alert(1)",
    "not a url",
    "",
    null,
  ])("refuses %j and falls back to the dashboard", (candidate) => {
    expect(safeCallbackUrl(candidate, portal)).toBe("http://localhost:3000/mes-demarches");
  });
});
