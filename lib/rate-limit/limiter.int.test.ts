import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { openDatabase, type Database } from "@/lib/database/open-database";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";

import { createRateLimits, LIMIT_NAMES, type LimitName, type RateLimits } from "./limiter";
import type { LimitSpec } from "./limit-spec";

const specs = (overrides: Partial<Record<LimitName, LimitSpec>> = {}): Record<LimitName, LimitSpec> => ({
  ...(Object.fromEntries(LIMIT_NAMES.map((name) => [name, { points: 100, durationSeconds: 3600 }])) as Record<LimitName, LimitSpec>),
  ...overrides,
});

const mandateSpecs = specs({
  "code-mandat-personne": { points: 5, durationSeconds: 3600 },
  "code-mandat-adresse": { points: 8, durationSeconds: 3600 },
  "code-mandat-global": { points: 12, durationSeconds: 3600 },
});

const codeAttempt = (user: string, address: string) => [
  { limit: "code-mandat-personne" as const, subject: user },
  { limit: "code-mandat-adresse" as const, subject: address },
  { limit: "code-mandat-global" as const, subject: "portail" },
];

describe.each(testEngines())("rate limits on %s", (engine) => {
  let database: Database;
  let prisma: PrismaClient;
  // A second portal instance: on PostgreSQL its own connection pool and Prisma
  // client; PGlite is one process by design, so there it is a second limiter
  // over the same database — either way nothing is shared but the table.
  let secondDatabase: Database | null = null;
  let secondPrisma: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    prisma = database.prisma;
    if (database.target.kind === "postgres") {
      secondDatabase = await openDatabase(database.target.url, { poolSize: 2 });
      secondPrisma = secondDatabase.prisma;
    } else {
      secondPrisma = prisma;
    }
  });
  afterAll(async () => {
    await secondDatabase?.close();
    await database?.close();
  });
  beforeEach(async () => {
    await prisma.rateLimit.deleteMany();
  });

  const instance = (client: PrismaClient, limits = mandateSpecs, failClosed: LimitName[] = []): RateLimits =>
    createRateLimits(client, { specs: limits, failClosed: new Set(failClosed) });

  it("counts the attempts of one person across two portal instances and refuses the 6th code of the hour", async () => {
    const first = instance(prisma);
    const second = instance(secondPrisma);
    const decisions = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      decisions.push(await (attempt % 2 === 0 ? first : second).consume(codeAttempt("user-paul", "203.0.113.7")));
    }
    expect(decisions.slice(0, 5).every((decision) => decision.allowed)).toBe(true);
    expect(decisions[5]).toMatchObject({ allowed: false, limit: "code-mandat-personne" });
    const refused = decisions[5] as { retryAfterSeconds: number };
    expect(refused.retryAfterSeconds).toBeGreaterThan(3500);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(3600);
  });

  it("counts parallel attempts from both instances exactly: none slips through", async () => {
    const first = instance(prisma);
    const second = instance(secondPrisma);
    const decisions = await Promise.all(
      Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? first : second).consume([{ limit: "code-mandat-personne", subject: "user-lea" }])),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
    expect((await prisma.rateLimit.findUniqueOrThrow({ where: { key: "code-mandat-personne:user-lea" } })).points).toBe(20);
  });

  it("stops many people at one address, and many addresses portal-wide, each on its own limit", async () => {
    const limits = instance(prisma);
    const sameDesk = [];
    for (let person = 0; person < 9; person += 1) sameDesk.push(await limits.consume(codeAttempt(`user-${person}`, "198.51.100.20")));
    expect(sameDesk.slice(0, 8).every((decision) => decision.allowed)).toBe(true);
    expect(sameDesk[8]).toMatchObject({ allowed: false, limit: "code-mandat-adresse" });

    // 8 counted portal-wide so far (the refused one stopped at the address): 4 more pass, then the guard.
    const elsewhere = [];
    for (let person = 0; person < 5; person += 1) elsewhere.push(await limits.consume(codeAttempt(`user-far-${person}`, `192.0.2.${person}`)));
    expect(elsewhere.slice(0, 4).every((decision) => decision.allowed)).toBe(true);
    expect(elsewhere[4]).toMatchObject({ allowed: false, limit: "code-mandat-global" });
  });

  it("starts a new window once the previous one has ended", async () => {
    const limits = instance(prisma, specs({ api: { points: 2, durationSeconds: 60 } }));
    const attempt = () => limits.consume([{ limit: "api", subject: "203.0.113.50" }]);
    expect((await attempt()).allowed).toBe(true);
    expect((await attempt()).allowed).toBe(true);
    expect((await attempt()).allowed).toBe(false);
    // The window ends (moved to the past rather than waiting a minute).
    await prisma.rateLimit.updateMany({ where: { key: "api:203.0.113.50" }, data: { expire: new Date(Date.now() - 1000) } });
    expect((await attempt()).allowed).toBe(true);
    expect((await prisma.rateLimit.findUniqueOrThrow({ where: { key: "api:203.0.113.50" } })).points).toBe(1);
  });

  it("keeps the counters of different limits and subjects apart", async () => {
    const limits = instance(prisma, specs({ api: { points: 1, durationSeconds: 60 }, webhook: { points: 1, durationSeconds: 60 } }));
    expect((await limits.consume([{ limit: "api", subject: "203.0.113.1" }])).allowed).toBe(true);
    expect((await limits.consume([{ limit: "api", subject: "203.0.113.2" }])).allowed).toBe(true);
    expect((await limits.consume([{ limit: "webhook", subject: "via-trajectoire:203.0.113.1" }])).allowed).toBe(true);
    expect((await limits.consume([{ limit: "api", subject: "203.0.113.1" }])).allowed).toBe(false);
  });
});

describe("rate limits when the counters cannot be read", () => {
  it("refuses mandate codes (fail closed) but lets the other requests through, and reports the error", async () => {
    const database = await createTestDatabase("pglite");
    const errors: LimitName[] = [];
    const limits = createRateLimits(database.prisma, {
      specs: mandateSpecs,
      failClosed: new Set<LimitName>(["code-mandat-personne"]),
      onStoreError: (limit) => errors.push(limit),
    });
    await database.withRunner((runner) => runner.exec('DROP TABLE "RateLimit"'));
    expect(await limits.consume([{ limit: "api", subject: "203.0.113.9" }])).toEqual({ allowed: true });
    expect(await limits.consume([{ limit: "code-mandat-personne", subject: "user-paul" }])).toMatchObject({ allowed: false, retryAfterSeconds: 60 });
    expect(errors).toEqual(["api", "code-mandat-personne"]);
    await database.close();
  });
});
