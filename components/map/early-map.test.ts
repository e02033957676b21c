import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { MapDataResult } from "@/lib/map/load-offers";

type FakeMap = { box: unknown; options: unknown; removed: boolean; fire: (event: string) => void; data: Map<string, unknown> };
const created: FakeMap[] = [];
let webgl = true;
let constructorRefuses = false;
let answer: (result: MapDataResult) => void = () => undefined;
const asked: string[] = [];

vi.mock("@/lib/map/webgl", () => ({ supportsWebGL2: () => webgl }));
vi.mock("./early-points", () => ({
  loadPointsEarly: (query: string) => {
    asked.push(query);
    return new Promise<MapDataResult>((resolve) => (answer = resolve));
  },
}));
vi.mock("./create-map", () => ({
  createOffersMap: (box: unknown, options: unknown) => {
    if (constructorRefuses) throw new Error("Failed to initialize WebGL");
    const listeners = new Map<string, Array<() => void>>();
    const record: FakeMap = {
      box,
      options,
      removed: false,
      data: new Map(),
      fire: (event) => {
        const waiting = listeners.get(event) ?? [];
        listeners.delete(event);
        for (const listener of waiting) listener();
      },
    };
    created.push(record);
    return {
      once: (event: string, listener: () => void) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
      remove: () => (record.removed = true),
      getStyle: () => ({ layers: [] }),
      addSource: (id: string) => record.data.set(id, undefined),
      addLayer: () => undefined,
      getSource: (id: string) => (record.data.has(id) ? { setData: (value: unknown) => record.data.set(id, value) } : undefined),
      fitBounds: () => undefined,
    };
  },
}));

const { MAP_BOX_ATTRIBUTE, startEarlyMaps, takeMapStart } = await import("./early-map");
const { OVERLAY_SOURCES } = await import("@/lib/map/layers");
const { PALETTES } = await import("@/lib/map/palette");

/** A map box as the server renders it: its settings in an attribute, nothing inside yet. */
function box(settings: object) {
  return {
    isConnected: true,
    childElementCount: 0,
    clientHeight: 544,
    dataset: {} as Record<string, string>,
    getAttribute: (name: string) => (name === MAP_BOX_ATTRIBUTE ? JSON.stringify(settings) : null),
  };
}

function pageWith(boxes: object[], theme = "light") {
  vi.stubGlobal("document", {
    documentElement: { getAttribute: (name: string) => (name === "data-fr-theme" ? theme : null) },
    querySelectorAll: () => boxes,
  });
  vi.stubGlobal("window", { location: { origin: "https://portail.example" } });
}

const lyon = { centre: [4.835, 45.758] as [number, number], rayonKm: 20 };
const settings = { area: lyon, query: "?lieu=Lyon" };
const points = { type: "FeatureCollection", features: [], recherche: { lieu: "Lyon", ...lyon } } as const;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  created.length = 0;
  asked.length = 0;
  webgl = true;
  constructorRefuses = false;
});
afterEach(() => vi.unstubAllGlobals());

describe("maps started before hydration", () => {
  it("starts the map in the server's box with its search area and theme, draws the points once the style is loaded, and hands the map over once", async () => {
    const server = box(settings);
    pageWith([server], "dark");
    startEarlyMaps();
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ box: server, options: { area: lyon, palette: PALETTES.dark } });
    expect(asked).toEqual(["?lieu=Lyon"]);

    answer({ ok: true, data: points as never });
    await flush();
    expect(created[0]?.data.get(OVERLAY_SOURCES.offers), "no source before the style is loaded").toBeUndefined();
    created[0]?.fire("load");
    await flush();
    expect(created[0]?.data.get(OVERLAY_SOURCES.offers)).toBe(points);

    const first = takeMapStart(server as unknown as HTMLElement, settings, PALETTES.light);
    expect(first).toMatchObject({ status: "created", styleReady: true, drawn: points });
    expect(created).toHaveLength(1);
    // Handed over once: a later map (a new style) is a new one.
    const second = takeMapStart(server as unknown as HTMLElement, settings, PALETTES.light);
    expect(second).not.toBe(first);
    expect(created).toHaveLength(2);
  });

  it("leaves a failed answer to React, which shows its message", async () => {
    pageWith([box(settings)]);
    startEarlyMaps();
    created[0]?.fire("load");
    answer({ ok: false, message: "La carte n'a pas pu être chargée." });
    await flush();
    expect(created[0]?.data.get(OVERLAY_SOURCES.offers)).toBeUndefined();
  });

  it("says why there is no map: no WebGL 2 at all, or MapLibre's constructor refusing it", () => {
    webgl = false;
    pageWith([box(settings)]);
    startEarlyMaps();
    expect(created).toHaveLength(0);
    expect(asked).toHaveLength(0);
    expect(takeMapStart(box(settings) as unknown as HTMLElement, settings, PALETTES.light)).toEqual({ status: "no-webgl" });
    webgl = true;
    constructorRefuses = true;
    expect(takeMapStart(box(settings) as unknown as HTMLElement, settings, PALETTES.light)).toEqual({ status: "failed" });
  });

  it("removes the map of a box React replaced, and leaves alone a box MapLibre already fills", () => {
    const replaced = box(settings);
    const filled = { ...box(settings), childElementCount: 3 };
    pageWith([replaced, filled]);
    startEarlyMaps();
    expect(created).toHaveLength(1);
    replaced.isConnected = false;
    takeMapStart(box(settings) as unknown as HTMLElement, settings, PALETTES.light);
    expect(created[0]?.removed).toBe(true);
  });

  it("ignores a box whose settings are not JSON, or that has no height yet (its stylesheet still loading)", () => {
    pageWith([{ ...box(settings), getAttribute: () => "{" }, { ...box(settings), clientHeight: 0 }]);
    startEarlyMaps();
    expect(created).toHaveLength(0);
  });
});
