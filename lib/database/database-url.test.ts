import { describe, expect, it } from "vitest";

import { InvalidDatabaseUrlError, parseDatabaseUrl } from "./database-url";

describe("parseDatabaseUrl", () => {
  it.each([
    ["pglite:memory", { kind: "pglite", dataDir: null }],
    ["pglite:./data/pglite", { kind: "pglite", dataDir: "/srv/app/data/pglite" }],
    ["pglite:/var/lib/portail", { kind: "pglite", dataDir: "/var/lib/portail" }],
    ["postgres://u:p@db:5432/portail", { kind: "postgres", url: "postgres://u:p@db:5432/portail" }],
    ["postgresql://localhost/portail", { kind: "postgres", url: "postgresql://localhost/portail" }],
  ])("parses %s", (value, expected) => {
    expect(parseDatabaseUrl(value, "/srv/app")).toEqual(expected);
  });

  it.each(["mysql://localhost/x", "file:./dev.db", "pglite:", "", "postgres://"])("rejects %j with a clear message", (value) => {
    expect(() => parseDatabaseUrl(value)).toThrow(InvalidDatabaseUrlError);
  });
});
