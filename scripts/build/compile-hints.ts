// Marks the JavaScript every page loads first (Next's "root main files": React, the router, the
// Turbopack runtime) with V8's explicit compile hint, so that Chromium compiles their functions on
// a background thread while the files download, instead of one by one on the main thread when the
// page starts (https://v8.dev/blog/explicit-compile-hints, Chromium 136+; other engines read a
// comment). Measured in docs/adr/0012-page-weight.md. Run after `next build` (postbuild: scripts/build/cli.ts).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * Adds the hint at the top of each root main file of the build in `distDir` (once: running it
 * twice changes nothing). Returns the files it marked, relative to `distDir`.
 */
export function addCompileHints(distDir: string): string[] {
  const manifestPath = path.join(distDir, "build-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { rootMainFiles?: string[] };
  const files = (manifest.rootMainFiles ?? []).filter((file) => file.endsWith(".js"));
  if (files.length === 0) throw new Error(`${manifestPath} lists no root main files: is this a Next.js App Router build?`);
  const marked: string[] = [];
  for (const file of files) {
    const target = path.join(distDir, file);
    const source = readFileSync(target, "utf8");
    if (source.startsWith(COMPILE_HINT)) continue;
    writeFileSync(target, COMPILE_HINT + source);
    marked.push(file);
  }
  return marked;
}
