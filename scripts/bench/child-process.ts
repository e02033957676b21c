import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { createServer } from "node:net";

/** Runs a TypeScript script in a child Node process (through tsx) and resolves to what it printed on stdout. */
export function runScript(script: string, args: string[], env: Record<string, string>, flags: string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, "--import", "tsx", script, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`${script} ${args.join(" ")} exited with ${code}`))));
  });
}

/** A TCP port free on the loopback interface right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Resident memory of a process with its descendants, from Linux's /proc (null elsewhere or once it has ended). */
export type ProcessMemory = {
  /** Resident set size now, summed over the process and its descendants. */
  rssBytes: number;
  /** The sum of each one's own peak (VmHWM): an upper bound of the tree's peak. */
  peakRssBytes: number;
  processes: number;
};

async function statusKilobytes(pid: number, field: "VmRSS" | "VmHWM"): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) : 0;
}

export async function processTreeMemory(pid: number): Promise<ProcessMemory | null> {
  let entries: string[];
  try {
    entries = (await readdir("/proc")).filter((entry) => /^\d+$/.test(entry));
  } catch {
    return null;
  }
  const parents = new Map<number, number>();
  for (const entry of entries) {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const afterComm = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (afterComm[1]) parents.set(Number(entry), Number(afterComm[1]));
  }
  if (!parents.has(pid)) return null;
  const tree = [pid];
  for (let index = 0; index < tree.length; index++) {
    for (const [child, parent] of parents) if (parent === tree[index]) tree.push(child);
  }
  let rssKb = 0;
  let peakKb = 0;
  for (const member of tree) {
    rssKb += await statusKilobytes(member, "VmRSS").catch(() => 0);
    peakKb += await statusKilobytes(member, "VmHWM").catch(() => 0);
  }
  return { rssBytes: rssKb * 1024, peakRssBytes: peakKb * 1024, processes: tree.length };
}

/** A load average triple as the benches print it: "1.23 / 2.34 / 3.45" (1, 5 and 15 minutes). */
export function formatLoadAverages(values: number[]): string {
  return values.map((value) => value.toFixed(2)).join(" / ");
}
