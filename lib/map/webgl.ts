type CanvasLike = { getContext(kind: "webgl2"): unknown };

/**
 * MapLibre 6 draws with WebGL 2 only. Asking for a context up front lets the
 * page show its French message instead of a blank box where there is none
 * (old devices, GPU blocklists, browsers with WebGL turned off).
 */
export function supportsWebGL2(createCanvas: () => CanvasLike = () => document.createElement("canvas")): boolean {
  try {
    const context = createCanvas().getContext("webgl2") as { getExtension?: (name: string) => { loseContext?: () => void } | null } | null;
    if (!context) return false;
    // Give the probe's context back at once: browsers cap how many may be alive.
    context.getExtension?.("WEBGL_lose_context")?.loseContext?.();
    return true;
  } catch {
    return false;
  }
}
