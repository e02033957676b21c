import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { addCompileHints, COMPILE_HINT } from "./compile-hints";

describe("addCompileHints", () => {
  let dist: string;
  beforeEach(async () => {
    dist = await mkdtemp(path.join(tmpdir(), "compile-hints-"));
    await mkdir(path.join(dist, "static", "chunks"), { recursive: true });
    await writeFile(path.join(dist, "static", "chunks", "react.js"), "console.log(1);");
    await writeFile(path.join(dist, "static", "chunks", "page.js"), "console.log(2);");
    await writeFile(
      path.join(dist, "build-manifest.json"),
      JSON.stringify({ rootMainFiles: ["static/chunks/react.js"], polyfillFiles: ["static/chunks/page.js"] }),
    );
  });
  afterEach(() => rm(dist, { recursive: true, force: true }));

  it("marks the files every page loads first, and only those", async () => {
    expect(addCompileHints(dist)).toEqual(["static/chunks/react.js"]);
    expect(await readFile(path.join(dist, "static", "chunks", "react.js"), "utf8")).toBe(`${COMPILE_HINT}console.log(1);`);
    expect(await readFile(path.join(dist, "static", "chunks", "page.js"), "utf8")).toBe("console.log(2);");
  });

  it("marks a file once when the build step runs again", async () => {
    addCompileHints(dist);
    expect(addCompileHints(dist)).toEqual([]);
    expect(await readFile(path.join(dist, "static", "chunks", "react.js"), "utf8")).toBe(`${COMPILE_HINT}console.log(1);`);
  });

  it("refuses a build whose manifest lists no root files", async () => {
    await writeFile(path.join(dist, "build-manifest.json"), JSON.stringify({ pages: {} }));
    expect(() => addCompileHints(dist)).toThrow(/lists no root main files/);
  });
});
