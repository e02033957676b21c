import { describe, expect, it } from "vitest";

import { InvalidEnvironmentError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives safe local defaults when nothing is set", () => {
    expect(parseEnv({})).toMatchObject({
      NODE_ENV: "development",
      DATABASE_URL: "pglite:./data/pglite",
      PORTAL_URL: "http://localhost:3000",
      LOG_LEVEL: "info",
      FRANCECONNECT_ISSUER: "http://localhost:4010/api/v2",
      FRANCECONNECT_ACR: "eidas1",
    });
  });

  it("refuses the local sign-in secret for a production portal outside localhost", () => {
    expect(() => parseEnv({ NODE_ENV: "production", PORTAL_URL: "https://autonomie.example.gouv.fr" })).toThrow(/AUTH_SECRET/);
    expect(
      parseEnv({ NODE_ENV: "production", PORTAL_URL: "https://autonomie.example.gouv.fr", AUTH_SECRET: "x".repeat(40) }).AUTH_SECRET,
    ).toHaveLength(40);
  });

  it("drops a trailing slash from service URLs", () => {
    expect(parseEnv({ FRANCECONNECT_ISSUER: "https://fcp-low.integ01.dev-franceconnect.fr/api/v2/" }).FRANCECONNECT_ISSUER).toBe(
      "https://fcp-low.integ01.dev-franceconnect.fr/api/v2",
    );
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

  it("session lifetimes default to 30 minutes idle and 8 hours, and refuse nonsense", () => {
    expect(parseEnv({})).toMatchObject({ SESSION_IDLE_MINUTES: 30, SESSION_MAX_HOURS: 8 });
    expect(parseEnv({ SESSION_IDLE_MINUTES: "5", SESSION_MAX_HOURS: "12" })).toMatchObject({ SESSION_IDLE_MINUTES: 5, SESSION_MAX_HOURS: 12 });
    expect(() => parseEnv({ SESSION_IDLE_MINUTES: "0" })).toThrow(/SESSION_IDLE_MINUTES/);
    expect(() => parseEnv({ SESSION_MAX_HOURS: "huit" })).toThrow(/SESSION_MAX_HOURS/);
    expect(() => parseEnv({ LOGOUT_SIGNING_KEY: "not a key" })).toThrow(/LOGOUT_SIGNING_KEY/);
  });

  it("reads the abuse limits as a count per window, with safe defaults, and names a malformed one", () => {
    expect(parseEnv({})).toMatchObject({
      RATE_LIMIT_TRUSTED_PROXIES: 0,
      RATE_LIMIT_MANDATE_CODE_PER_USER: { points: 5, durationSeconds: 3600 },
      RATE_LIMIT_JSON_API: { points: 120, durationSeconds: 60 },
    });
    expect(parseEnv({ RATE_LIMIT_SIGN_IN: "1000/1min", RATE_LIMIT_TRUSTED_PROXIES: "1" })).toMatchObject({
      RATE_LIMIT_SIGN_IN: { points: 1000, durationSeconds: 60 },
      RATE_LIMIT_TRUSTED_PROXIES: 1,
    });
    expect(() => parseEnv({ RATE_LIMIT_JSON_API: "120 per minute" })).toThrow(/RATE_LIMIT_JSON_API: must be "<count>\/<n>s"/);
  });

  it("runs job workers by default, polling every 2 s, and refuses a polling faster than pg-boss allows", () => {
    expect(parseEnv({})).toMatchObject({ JOB_WORKERS: "on", JOB_POLLING_SECONDS: 2 });
    expect(parseEnv({ JOB_WORKERS: "off", JOB_POLLING_SECONDS: "0.5" })).toMatchObject({ JOB_WORKERS: "off", JOB_POLLING_SECONDS: 0.5 });
    expect(() => parseEnv({ JOB_POLLING_SECONDS: "0.1" })).toThrow(/JOB_POLLING_SECONDS/);
    expect(() => parseEnv({ JOB_WORKERS: "yes" })).toThrow(/JOB_WORKERS/);
  });

  it("keeps scheduled syncs off unless asked, with ROR every 15 minutes and the others daily at 03:30", () => {
    expect(parseEnv({})).toMatchObject({ SYNC_SCHEDULE: "off", SYNC_ROR_EVERY_MINUTES: 15, SYNC_DAILY_AT: "03:30" });
    expect(parseEnv({ SYNC_SCHEDULE: "on", SYNC_ROR_EVERY_MINUTES: "5", SYNC_DAILY_AT: "22:05" })).toMatchObject({ SYNC_SCHEDULE: "on", SYNC_ROR_EVERY_MINUTES: 5, SYNC_DAILY_AT: "22:05" });
    expect(() => parseEnv({ SYNC_DAILY_AT: "3h30" })).toThrow(/SYNC_DAILY_AT: must be a time/);
    expect(() => parseEnv({ SYNC_ROR_EVERY_MINUTES: "60" })).toThrow(/SYNC_ROR_EVERY_MINUTES/);
  });
});
