import { describe, expect, it } from "vitest";

import { PALETTES, type MapPalette } from "./palette";

/** WCAG 2.x relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe.each(Object.entries(PALETTES) as Array<[string, MapPalette]>)("%s palette", (_theme, palette) => {
  it("uses #rrggbb colours only (what this test can measure)", () => {
    for (const colour of Object.values(palette)) expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it("gives cluster counts at least 4.5:1 against their circle (WCAG 1.4.3)", () => {
    expect(contrast(palette.clusterText, palette.offer)).toBeGreaterThanOrEqual(4.5);
  });

  it("gives offers at least 3:1 against land and sea (WCAG 1.4.11)", () => {
    expect(contrast(palette.offer, palette.land)).toBeGreaterThanOrEqual(3);
    expect(contrast(palette.offer, palette.background)).toBeGreaterThanOrEqual(3);
  });

  it("gives place names at least 4.5:1 against their halo", () => {
    expect(contrast(palette.placeLabel, palette.placeHalo)).toBeGreaterThanOrEqual(4.5);
  });

  it("draws borders that can be told from the land", () => {
    expect(contrast(palette.border, palette.land)).toBeGreaterThanOrEqual(2);
  });
});

it("measures contrast like WCAG does", () => {
  expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
  // #767676 on white is the well-known smallest grey that passes AA (4.54:1).
  expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
});
