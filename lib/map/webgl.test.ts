import { describe, expect, it, vi } from "vitest";

import { supportsWebGL2 } from "./webgl";

describe("supportsWebGL2", () => {
  it("is true when a WebGL 2 context can be created, and gives the probe context back", () => {
    const loseContext = vi.fn();
    const canvas = { getContext: vi.fn(() => ({ getExtension: () => ({ loseContext }) })) };
    expect(supportsWebGL2(() => canvas)).toBe(true);
    expect(canvas.getContext).toHaveBeenCalledWith("webgl2");
    expect(loseContext).toHaveBeenCalled();
  });

  it("is false without a context (MapLibre 6 has no WebGL 1 fallback)", () => {
    expect(supportsWebGL2(() => ({ getContext: () => null }))).toBe(false);
  });

  it("is false when asking throws", () => {
    const throwing = {
      getContext: () => {
        throw new Error("blocked");
      },
    };
    expect(supportsWebGL2(() => throwing)).toBe(false);
  });
});
