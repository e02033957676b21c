// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the Prisma schema at git HEAD (or --from DIR) and
// the working tree. It needs no database: the schema engine diffs the two
// datamodels. Commit each schema change together with its migration.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const fromIndex = args.indexOf("--from");
const from = fromIndex >= 0 ? args.splice(fromIndex, 2)[1] : undefined;
const name = args[0];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case> [--from <schema folder>]");
  process.exit(2);
}

let previous = from;
if (!previous) {
  previous = mkdtempSync(path.join(tmpdir(), "schema-head-"));
  const files = execFileSync("git", ["ls-tree", "--name-only", "HEAD", "prisma/schema/"], { encoding: "utf8" }).split("\n").filter(Boolean);
  for (const file of files) {
    writeFileSync(path.join(previous, path.basename(file)), execFileSync("git", ["show", `HEAD:${file}`]));
  }
}

const diff = spawnSync(
  "npx",
  ["prisma", "migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema", "--script"],
  { encoding: "utf8" },
);
if (diff.status !== 0) {
  console.error(diff.stderr);
  process.exit(diff.status ?? 1);
}
const sql = diff.stdout.trim();
if (sql === "" || sql.includes("This is an empty migration")) {
  console.log("The schema did not change: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
console.log(`Wrote ${dir}/migration.sql`);
