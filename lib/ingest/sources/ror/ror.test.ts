import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { sharedDataPath } from "@/lib/testing/shared-data";

import type { Bundle, Extension, HealthcareService, Location, Organization } from "./fhir";
import { mapRor, organizationPrices } from "./map";
import { parseRorBundle, type RorRecord } from "./parse";

const context = { fetchedAt: new Date("2025-05-01T00:00:00Z") };

function example<T>(name: string): T {
  return JSON.parse(readFileSync(sharedDataPath("ror-fhir", name), "utf8")) as T;
}

const service = example<HealthcareService>("HealthcareService-1234564.json");
const organizationEg = example<Organization>("Organization-ror-organisation-exemple-eg.json");
const locationWithPosition = example<Location>("Location-ror-location-exemple-1.json");

/** The IG's HealthcareService describes a gynaecology unit (J238 157); the same resource as an EHPAD offer. */
function asEhpad(base: HealthcareService): HealthcareService {
  return {
    ...base,
    category: [{ coding: [{ system: "https://mos.esante.gouv.fr/NOS/TRE_R244-CategorieOrganisation/FHIR/TRE-R244-CategorieOrganisation", code: "21" }] }],
    characteristic: [
      ...(base.characteristic ?? []),
      { coding: [{ system: "https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/FHIR/TRE-R213-ModePriseEnCharge", code: "46" }] },
      { coding: [{ system: "https://mos.esante.gouv.fr/NOS/TRE_R240-TemporaliteAccueil/FHIR/TRE-R240-TemporaliteAccueil", code: "02" }] },
    ],
  };
}

describe("ROR FHIR: the IG examples", () => {
  it("parses the searchset bundle and resolves the included Organization and Location", () => {
    const bundle = example<Bundle>("SYNTHETIC-Bundle-searchset-HealthcareService-include.json");
    const items = [...parseRorBundle(bundle)];
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item.ok).toBe(true);
    if (!item.ok) return;
    expect(item.localId).toBe("1234564");
    expect(item.raw.organization?.id).toBe("ror-organisation-exemple-eg");
    expect(item.raw.location?.id).toBe("ror-location-exemple");
  });

  it("skips the example offer, a hospital gynaecology unit, as outside the portal", () => {
    const bundle = example<Bundle>("SYNTHETIC-Bundle-searchset-HealthcareService-include.json");
    const item = [...parseRorBundle(bundle)][0]!;
    expect(item.ok && mapRor(item.raw, context)).toEqual({ status: "skipped", reason: "type d'offre 157 hors du champ de l'autonomie" });
  });

  it("reads every field of the real resources once typed as an EHPAD offer", () => {
    const record: RorRecord = { service: asEhpad(service), organization: organizationEg, location: locationWithPosition };
    const result = mapRor(record, context);
    expect(result.status).toBe("mapped");
    if (result.status !== "mapped" || result.record.kind !== "offer") return;
    const offer = result.record.offer;
    expect(offer).toMatchObject({
      key: "ror--1234564",
      name: "5812  Chirurgie gynécologique - HOSPITALISATION COMPLETE".replace("  ", " "),
      typeOffre: "21",
      typeSlug: "ehpad",
      groupSlug: "en-etablissement",
      modesPriseEnCharge: ["46"],
      temporalites: ["02"],
      ageMin: 15,
      ageMax: 150,
      capacity: 15,
      regulated: true,
      contact: { phone: "01 99 99 99 99" },
      sourceUpdatedAt: new Date("2025-04-08T13:05:27.000Z"),
      location: { id: "ror--Location-ror-location-exemple-1", communeCode: "45234", city: "ORLEANS", postalCode: "45000", addressLine: "14 AV DE L'HOPITAL", latitude: 47.834781, longitude: 1.92204 },
      structure: {
        sourceKey: "ror--ror-organisation-exemple-eg",
        name: "Quiétude BOIS COLOMBES",
        finessEt: "458174839",
        siret: "12345687900034",
        categorieEtablissement: "460",
        habilitationAideSociale: true,
        prices: null,
        sourceUpdatedAt: new Date("2023-12-20T09:00:00.000Z"),
        location: { addressLine: "45 rue du général Leclerc", postalCode: "92270", city: "BOIS-COLOMBES" },
      },
    });
    expect(offer.openingHours).toHaveLength(7);
    expect(offer.openingHours?.[0]).toEqual({ day: "lundi", opens: "00:00", closes: "23:59" });
    expect(offer.openingHours?.[6]).toEqual({ day: "dimanche", opens: "00:00", closes: "23:59" });
  });

  it("reads the IG's legal entity (EJ) Organization: a SIREN is neither a FINESS ET nor a SIRET", () => {
    const organizationEj = example<Organization>("Organization-ror-organization-exemple-ej.json");
    const result = mapRor({ service: asEhpad(service), organization: organizationEj, location: locationWithPosition }, context);
    expect(result.status === "mapped" && result.record.kind === "offer" && result.record.offer.structure).toMatchObject({
      sourceKey: "ror--ror-organization-exemple-ej",
      name: "Quiétude",
      finessEt: null,
      siret: null,
      categorieEtablissement: null,
      habilitationAideSociale: null,
      location: { addressLine: "103 rue des Bourguignons", postalCode: "92270", city: "BOIS-COLOMBES" },
    });
  });

  it("reads the commune (COG) of the other IG Location, which has no position", () => {
    const location = example<Location>("Location-ror-location-exemple.json");
    const result = mapRor({ service: asEhpad(service), organization: organizationEg, location }, context);
    expect(result.status === "mapped" && result.record.kind === "offer" && result.record.offer.location).toMatchObject({
      communeCode: "78646",
      city: "Versailles",
      addressLine: "7 rue porte de Buc",
      latitude: null,
      longitude: null,
    });
  });
});

function price(parts: Record<string, Extension>): Extension {
  return {
    url: "https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition/ror-organization-price",
    extension: Object.entries(parts).map(([url, value]) => ({ ...value, url })),
  };
}
const cc = (code: string) => ({ valueCodeableConcept: { coding: [{ code }] } });
const money = (value: number) => ({ valueMoney: { value, currency: "EUR" } });

describe("ROR price extension (ror-organization-price)", () => {
  it("reads accommodation per temporalité, dependency per GIR and day care", () => {
    const organization: Organization = {
      ...organizationEg,
      extension: [
        price({ priceType: cc("02"), priceUnit: cc("2"), amount: money(72.5), welcomeType: cc("02") }),
        price({ priceType: cc("02"), priceUnit: cc("2"), amount: money(68.1), welcomeType: cc("02"), residentialType: cc("02") }),
        price({ priceType: cc("02"), priceUnit: cc("2"), amount: money(95), welcomeType: cc("02"), under60: { valueBoolean: true } }),
        price({ priceType: cc("02"), priceUnit: cc("2"), amount: money(80), welcomeType: cc("01") }),
        price({ priceType: cc("03"), priceUnit: cc("2"), amount: money(22.4), dependencyLevel: cc("01"), welcomeType: cc("02") }),
        price({ priceType: cc("03"), priceUnit: cc("2"), amount: money(14.2), dependencyLevel: cc("02"), welcomeType: cc("02") }),
        price({ priceType: cc("03"), priceUnit: cc("2"), amount: money(6.05), dependencyLevel: cc("03"), welcomeType: cc("02") }),
        price({ priceType: cc("05"), priceUnit: cc("2"), amount: money(38) }),
      ],
    };
    expect(organizationPrices(organization)).toEqual({
      hebergementPermanentJour: 68.1,
      hebergementTemporaireJour: 80,
      tarifGir12Jour: 22.4,
      tarifGir34Jour: 14.2,
      tarifGir56Jour: 6.05,
      accueilDeJourJour: 38,
      forfaitMensuel: null,
    });
  });
});

describe("ROR: malformed offers", () => {
  const base: RorRecord = { service: asEhpad(service), organization: organizationEg, location: locationWithPosition };
  it.each([
    [{ ...base, service: { ...base.service, name: "  " } }, "nom de l'offre (HealthcareService.name) manquant"],
    [{ ...base, organization: null }, "structure porteuse Organization/999999 absente de la réponse"],
    [{ ...base, location: { ...locationWithPosition, position: { latitude: 147.8, longitude: 1.9 } } }, "position hors limites (147.8, 1.9)"],
  ] as Array<[RorRecord, string]>)("rejects %#", (record, reason) => {
    expect(mapRor(record, context)).toEqual({ status: "rejected", reason });
  });

  it("skips hospital offers instead of rejecting them", () => {
    const record = { ...base, service: { ...base.service, category: [{ coding: [{ code: "156" }] }] } };
    expect(mapRor(record, context)).toEqual({ status: "skipped", reason: "type d'offre 156 hors du champ de l'autonomie (soins hospitaliers)" });
  });

  it("turns an inactive offer into a removal", () => {
    expect(mapRor({ ...base, service: { ...base.service, active: false } }, context)).toEqual({ status: "mapped", record: { kind: "removal", key: "ror--1234564" } });
  });

  it("rejects a HealthcareService without id at parse time", () => {
    const bundle: Bundle = { resourceType: "Bundle", entry: [{ resource: { ...service, id: undefined }, search: { mode: "match" } }] };
    expect([...parseRorBundle(bundle)]).toEqual([{ ok: false, localId: null, reason: "HealthcareService sans identifiant technique (id)" }]);
  });
});
