import { describe, expect, it } from "vitest";

import { emptyPrices } from "./domain";
import { monthlyPrice } from "./prices";

describe("monthlyPrice", () => {
  const prices = { ...emptyPrices(), hebergementPermanentJour: 70, hebergementTemporaireJour: 80, tarifGir56Jour: 6 };
  it("adds the GIR 5-6 fee to accommodation over 365/12 days", () => {
    expect(monthlyPrice("ehpad", prices)).toBe(2311.67);
  });
  it("uses the temporary price for temporary stays", () => {
    expect(monthlyPrice("hebergement-temporaire", prices)).toBe(2615.83);
  });
  it("uses a monthly fee when the residence prices by month", () => {
    expect(monthlyPrice("residence-autonomie", { ...emptyPrices(), forfaitMensuel: 850 })).toBe(850);
  });
  it("is null for services at home and unknown prices", () => {
    expect(monthlyPrice("ssiad", prices)).toBeNull();
    expect(monthlyPrice("ehpad", emptyPrices())).toBeNull();
    expect(monthlyPrice("ehpad", null)).toBeNull();
  });
});
