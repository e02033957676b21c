import { describe, expect, it } from "vitest";

import { PUBLIC_PORTALS, getPortal } from "./portals";

describe("the guide of public portals", () => {
  it("lists the nine portals of the guide, once each", () => {
    expect(PUBLIC_PORTALS.map((portal) => portal.id)).toEqual([
      "pour-les-personnes-agees",
      "demande-aides-autonomie",
      "mon-parcours-handicap",
      "mdph-en-ligne",
      "mon-espace-sante",
      "sante-fr",
      "mes-droits-sociaux",
      "viatrajectoire",
      "ma-boussole-aidants",
    ]);
  });

  it.each(PUBLIC_PORTALS.map((portal) => [portal.name, portal] as const))("%s is fully described", (_, portal) => {
    expect(portal.url).toMatch(/^https:\/\/[a-z0-9.-]+\.(?:gouv\.fr|fr)(?:\/|$)/);
    for (const text of [portal.purpose, portal.audience]) expect(text.trim().length).toBeGreaterThan(10);
    for (const fact of [portal.account, portal.franceConnect, portal.monEspaceSanteCatalogue]) {
      expect(fact.detail.trim().length).toBeGreaterThan(10);
    }
    expect(portal.falc.length).toBeGreaterThanOrEqual(3);
  });

  it("finds a portal by id", () => {
    expect(getPortal("viatrajectoire").url).toBe("https://trajectoire.sante-ra.fr/Trajectoire/");
  });
});
