import { describe, expect, it } from "vitest";

import { parseArguments, UsageError } from "./cli";
import { SOURCES } from "./registry";

describe("ingest CLI arguments", () => {
  it("`all` runs every offer source, then rebuilds the commune index", () => {
    const parsed = parseArguments(["all"]);
    expect(parsed.sources.map((source) => source.id)).toEqual(SOURCES.map((source) => source.id));
    expect(parsed.communes).toBe(true);
  });

  it("`communes` rebuilds only the commune index, from a file or an address", () => {
    expect(parseArguments(["communes", "--file", "codes.csv"])).toEqual({ sources: [], communes: true, options: { file: "codes.csv" } });
    expect(parseArguments(["ror"]).communes).toBe(false);
  });

  it.each([
    [["communes", "--since", "2026-01-01"], "la source communes se reconstruit toujours en entier"],
    [["communes", "--file", "a.csv", "--url", "http://x"], "--file et --url sont incompatibles"],
    [["martiens"], "source inconnue : martiens"],
  ])("refuses %j with a French message", (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(UsageError);
    expect(() => parseArguments(argv)).toThrow(message);
  });
});
