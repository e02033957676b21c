import { describe, expect, it } from "vitest";

import { InvalidEnvironmentError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives safe local defaults when nothing is set", () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: "development",
      DATABASE_URL: "pglite:./data/pglite",
      PORTAL_URL: "http://localhost:3000",
      LOG_LEVEL: "info",
    });
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", LOG_LEVEL: "" }).DATABASE_URL).toBe("pglite:./data/pglite");
  });

  it("names every invalid variable in one error", () => {
    let caught: unknown;
    try {
      parseEnv({ DATABASE_URL: "mysql://db/x", PORTAL_URL: "ftp://portal", LOG_LEVEL: "verbose" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidEnvironmentError);
    const error = caught as InvalidEnvironmentError;
    expect(error.problems.map((problem) => problem.split(":")[0])).toEqual(["DATABASE_URL", "PORTAL_URL", "LOG_LEVEL"]);
    expect(error.message).toContain("See .env.example");
  });
});
