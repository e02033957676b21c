import { describe, expect, it } from "vitest";

import { mapMba, mbaTypeSlug } from "./map";
import type { MbaStructure } from "./types";

const context = { fetchedAt: new Date("2024-06-01T00:00:00Z") };

const structure: MbaStructure = {
  idStructure: "4821",
  nomStructure: "Plateforme de répit du Loiret",
  adresse: { ligneAdresse: "3 rue des Aidants", codePostal: "45000", latitude: 47.9, longitude: 1.91 },
  ville: { codeCommune: "45234", nomVille: "Orléans" },
  departement: { codeDepartement: "45", nomDepartement: "Loiret" },
  ageMin: 60,
  ageMax: null,
  email: "Contact@Repit45.example",
  telephone1: "+33 2 38 00 00 01",
  siteWeb: "repit45.example",
  typeStructure: { idTypeStructure: 1, nomTypeStructure: "Plateforme d'accompagnement et de répit" },
  services: [
    { idSousthematiqueSolutions: 25, nomSousThematique: "Soutien moral", isDistanciel: true },
    { idSousthematiqueSolutions: 26, nomSousThematique: "Formation de l'aidant", isDistanciel: false },
  ],
  situations: [{ idSituation: 3, nomSituation: "Mon proche est âgé et perd en autonomie", idProfil: 3 }],
  lastModifiedDate: "2024-05-14",
};

describe("Ma Boussole Aidants mapping", () => {
  it("maps a structure to a caregiver offer", () => {
    const result = mapMba(structure, context);
    expect(result.status === "mapped" && result.record.kind === "offer" && result.record.offer).toMatchObject({
      key: "mba--4821",
      name: "Plateforme de répit du Loiret",
      typeSlug: "plateforme-repit",
      groupSlug: "soutenir-les-aidants",
      publicSlugs: ["personnes-agees", "aidants"],
      ageMin: 60,
      ageMax: null,
      regulated: false,
      description: "Services proposés : Soutien moral, Formation de l'aidant. Certains services sont possibles à distance.",
      contact: { phone: "02 38 00 00 01", email: "contact@repit45.example", website: "https://repit45.example/" },
      location: { communeCode: "45234", city: "Orléans", postalCode: "45000", latitude: 47.9, longitude: 1.91 },
      sourceUpdatedAt: new Date("2024-05-14T00:00:00Z"),
    });
  });

  it("classifies unknown type ids by the type's name", () => {
    expect(mbaTypeSlug({ idTypeStructure: 99, nomTypeStructure: "Centre Communal d'Action Sociale" })).toBe("ccas");
    expect(mbaTypeSlug({ idTypeStructure: 98, nomTypeStructure: "Garage solidaire" })).toBeNull();
  });

  it.each([
    [{ ...structure, idStructure: undefined }, "idStructure manquant"],
    [{ ...structure, nomStructure: "" }, "nomStructure manquant"],
    [{ ...structure, typeStructure: { idTypeStructure: 98, nomTypeStructure: "Garage solidaire" } }, "type de structure inconnu : 98 Garage solidaire"],
    [{ ...structure, adresse: { ...structure.adresse, latitude: "nord" } }, "coordonnées invalides (nord, 1.91)"],
    [{ ...structure, ville: { codeCommune: "75056" } }, "commune 75056 hors du département 45"],
    [{ ...structure, ageMin: 70, ageMax: 20 }, "âges incohérents (70 > 20)"],
  ] as Array<[MbaStructure, string]>)("rejects %#", (input, reason) => {
    expect(mapMba(input, context)).toEqual({ status: "rejected", reason });
  });
});
