import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, testEngines } from "@/lib/testing/test-database";
import { demoPeople, seedDatabase } from "@/prisma/seed";

import { MigrationError, readMigrations } from "./migrate";
import type { Database } from "./open-database";

describe.each(testEngines())("database on %s", (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("records every migration in Prisma's _prisma_migrations table with its checksum", async () => {
    const migrations = await readMigrations();
    const rows = await database.withRunner((runner) =>
      runner.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
      ),
    );
    expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(
      migrations.map((migration) => [migration.name, migration.checksum]),
    );
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    const report = await database.migrate();
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied.length).toBeGreaterThan(0);
  });

  it("seeds the same demo people however many times it runs", async () => {
    await seedDatabase(database.prisma);
    await seedDatabase(database.prisma);
    const users = await database.prisma.user.findMany({ orderBy: { subject: "asc" } });
    expect(users.map((user) => user.subject)).toEqual(demoPeople.map((person) => person.subject).sort());
    expect(users.find((user) => user.givenName === "Jeanne Marie")?.familyName).toBe("Martin");
  });

  it("round-trips dates through the driver adapter", async () => {
    const before = await database.prisma.user.findFirstOrThrow({ where: { givenName: "Karim" } });
    const updated = await database.prisma.user.update({ where: { id: before.id }, data: { givenName: "Karim" } });
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    const found = await database.prisma.user.findMany({ where: { updatedAt: { gte: before.updatedAt } } });
    expect(found.some((user) => user.id === before.id)).toBe(true);
  });

  it("rolls back a failing migration, reports it, and keeps earlier data", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    for (const migration of await readMigrations()) {
      await mkdir(path.join(dir, migration.name));
      await writeFile(path.join(dir, migration.name, "migration.sql"), migration.sql);
    }
    await mkdir(path.join(dir, "99999999999999_broken"));
    await writeFile(
      path.join(dir, "99999999999999_broken", "migration.sql"),
      'CREATE TABLE "Half" ("id" TEXT);\nSELECT * FROM "no_such_table";',
    );
    await expect(database.migrate(dir)).rejects.toThrow(MigrationError);
    await expect(database.migrate(dir)).rejects.toThrow(/99999999999999_broken failed and was rolled back/);
    const half = await database.withRunner((runner) =>
      runner.query<{ exists: boolean }>("SELECT to_regclass('\"Half\"') IS NOT NULL AS exists"),
    );
    expect(half[0]?.exists).toBe(false);
    expect(await database.prisma.user.count()).toBe(demoPeople.length);
  });

  it("refuses to run when an applied migration was edited", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    const [first] = await readMigrations();
    if (!first) throw new Error("no migration in prisma/migrations");
    await mkdir(path.join(dir, first.name));
    await writeFile(path.join(dir, first.name, "migration.sql"), `${first.sql}\n-- edited`);
    await expect(database.migrate(dir)).rejects.toThrow(/modified after it was applied/);
  });
});
