import { describe, expect, it } from "vitest";

import type { OfferFeature } from "@/lib/map/feature-collection";

import { mapSummary } from "./summary";

const recherche = { lieu: "Lyon", centre: [4.8, 45.7] as [number, number], rayonKm: 20 };
const offers = (count: number): OfferFeature[] =>
  Array.from({ length: count }, (_, index) => ({ type: "Feature", geometry: { type: "Point", coordinates: [4.8, 45.7] }, properties: { id: `ror--${index}`, nom: "Les Tilleuls", type: "EHPAD" } }));

describe("mapSummary", () => {
  it.each([
    [0, "Aucune solution ne correspond à votre recherche dans un rayon de 20 km autour de Lyon."],
    [1, "1 solution affichée sur la carte, dans un rayon de 20 km autour de Lyon. Sélectionnez un groupe pour zoomer, ou un point pour voir la solution."],
    [1234, "1\u202f234 solutions affichées sur la carte, dans un rayon de 20 km autour de Lyon. Sélectionnez un groupe pour zoomer, ou un point pour voir la solution."],
  ])("%i offers", (count, sentence) => {
    expect(mapSummary({ features: offers(count), recherche })).toBe(sentence);
  });
});
