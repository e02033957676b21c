import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A throw-away PostgreSQL cluster for benchmarks, started the way `npm test`
 * starts one (scripts/test.mjs): Debian's binaries, a temporary folder, trust
 * authentication on 127.0.0.1, fsync off (nothing here needs to survive a crash).
 */
export type TemporaryPostgres = { url: string; version: string; stop(): void };

function postgresBin(): { bin: string; version: string } {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? readdirSync(base).filter((name) => existsSync(path.join(base, name, "bin", "initdb"))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  const version = versions[0];
  if (!version) throw new Error("PostgreSQL is not installed (apt-get install postgresql), or pass --database postgres://…");
  return { bin: path.join(base, version, "bin"), version };
}

export function startTemporaryPostgres(port: number): TemporaryPostgres {
  const { bin, version } = postgresBin();
  const isRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(tmpdir(), "bench-pg-"));
  // initdb refuses to run as root: the cluster belongs to the postgres user then.
  const run = (command: string, args: string[]) => {
    const [file, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, command), ...args]] : [path.join(bin, command), args];
    const result = spawnSync(file, argv, { stdio: "ignore" });
    if (result.status !== 0) throw new Error(`${command} failed (see ${dir})`);
  };
  if (isRoot) execFileSync("chown", ["postgres", dir]);
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  run("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    version,
    stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
