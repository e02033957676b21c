import { afterEach, describe, expect, it, vi } from "vitest";

describe("zod-jitless", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
    // The setting lives on globalThis: do not leave it to the next test file of this worker.
    delete globalThis.__zod_globalConfig?.jitless;
  });

  it("in a browser, makes zod (loaded later, by the page that needs it) parse without compiling", async () => {
    vi.stubGlobal("window", globalThis);
    vi.resetModules();
    await import("./zod-jitless");
    const core = await import("zod/v4/core");
    const { z } = await import("zod");
    expect(core.globalConfig.jitless).toBe(true);
    expect(z.object({ name: z.string() }).parse({ name: "Jeanne" })).toEqual({ name: "Jeanne" });
  });
});
