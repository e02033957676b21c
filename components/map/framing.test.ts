import { describe, expect, it } from "vitest";

import { searchBounds } from "@/lib/map/geometry";
import { OVERLAY_SOURCES } from "@/lib/map/layers";
import { BASEMAP_SOURCES } from "@/lib/map/style";

import { areaKey, frameSearchArea, type FramedMap } from "./framing";

/** A map that records what framing asks of it. */
function recordingMap(sources: string[]) {
  const data = new Map<string, unknown>();
  const fits: unknown[][] = [];
  const map = {
    getSource: (id: string) => (sources.includes(id) ? { setData: (value: unknown) => data.set(id, value) } : undefined),
    fitBounds: (...args: unknown[]) => fits.push(args),
  } as unknown as FramedMap;
  return { map, data, fits };
}

const lyon = { centre: [4.835, 45.758] as [number, number], rayonKm: 20 };

describe("frameSearchArea", () => {
  it("draws the disc, asks for the commune names around it and fits the view to the disc", () => {
    const { map, data, fits } = recordingMap([OVERLAY_SOURCES.searchArea, BASEMAP_SOURCES.places]);
    frameSearchArea(map, lyon, { animate: false, placeLabelsOrigin: "https://portail.example" });
    expect(data.get(OVERLAY_SOURCES.searchArea)).toMatchObject({ features: [{ geometry: { type: "Polygon" } }] });
    expect(String(data.get(BASEMAP_SOURCES.places))).toMatch(/^https:\/\/portail\.example\/api\/carte\/lieux\?bbox=/);
    expect(fits).toEqual([[searchBounds(lyon.centre, lyon.rayonKm), { padding: 16, animate: false, duration: 0 }]]);
  });

  it("glides when asked to animate", () => {
    const { map, fits } = recordingMap([OVERLAY_SOURCES.searchArea]);
    frameSearchArea(map, lyon, { animate: true });
    expect(fits[0]?.[1]).toEqual({ padding: 16, animate: true, duration: 400 });
  });

  it("leaves the commune names to an external style", () => {
    const { map, data } = recordingMap([OVERLAY_SOURCES.searchArea, BASEMAP_SOURCES.places]);
    frameSearchArea(map, lyon, { animate: false });
    expect(data.has(BASEMAP_SOURCES.places)).toBe(false);
  });
});

describe("areaKey", () => {
  it("tells a new area from the one already framed", () => {
    expect(areaKey(lyon)).toBe(areaKey({ centre: [4.835, 45.758], rayonKm: 20 }));
    expect(areaKey(lyon)).not.toBe(areaKey({ ...lyon, rayonKm: 30 }));
  });
});
