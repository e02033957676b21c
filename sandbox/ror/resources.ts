import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import type { GeneratedOffer, GeneratedSite, SitePrices } from "@/sandbox/catalogue-generator/generate";
import type { HoursPattern } from "@/sandbox/catalogue-generator/templates";
import {
  J19_MODE_PRISE_EN_CHARGE,
  J238_TYPE_OFFRE,
  J29_PUBLIC,
  J30_TEMPORALITE,
  J55_CATEGORIE_ETABLISSEMENT,
  J50_ACCESSIBILITE,
} from "@/lib/offers/nomenclatures";

/**
 * Renders generated sites and offers as FHIR R4 resources following the ANS
 * ROR implementation guide profiles (ror-healthcareservice, ror-organization,
 * ror-location) and the extensions the importer reads.
 */

const SD = "https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition";
const NOS = "https://mos.esante.gouv.fr/NOS";

const coding = (system: string, code: string, display?: string) => ({ coding: [{ system, code, ...(display ? { display } : {}) }] });

let regions: Map<string, string> | null = null;
/** Région code (TRE_R30) of a département, for `meta.tag`, from @etalab/decoupage-administratif. */
function regionOf(departement: string): string | undefined {
  if (!regions) {
    const require = createRequire(import.meta.url);
    const list = JSON.parse(readFileSync(require.resolve("@etalab/decoupage-administratif/data/departements.json"), "utf8")) as Array<{ code: string; region: string }>;
    regions = new Map(list.map((d) => [d.code, d.region]));
  }
  return regions.get(departement);
}

function meta(lastUpdated: string, profile: string, departement: string) {
  const region = regionOf(departement);
  return {
    lastUpdated,
    profile: [`${SD}/${profile}`],
    ...(region ? { tag: [{ system: `${NOS}/TRE_R30-RegionOM/FHIR/TRE-R30-RegionOM`, code: region }] } : {}),
  };
}

export function healthcareService(offer: GeneratedOffer, site: GeneratedSite, malformed: "name" | null = null): Record<string, unknown> {
  return {
    resourceType: "HealthcareService",
    id: offer.rorId,
    meta: meta(offer.lastUpdated, "ror-healthcareservice", site.commune.departement),
    extension: [
      { url: `${SD}/ror-healthcareservice-sensitive-unit`, valueBoolean: false },
      {
        url: `${SD}/ror-healthcareservice-patient-type`,
        extension: [
          {
            url: "ageRange",
            valueRange: {
              low: { value: offer.ageMin, system: `${NOS}/TRE_R247-UcumUniteMesure/FHIR/TRE-R247-UcumUniteMesure`, code: "a" },
              high: { value: offer.ageMax, system: `${NOS}/TRE_R247-UcumUniteMesure/FHIR/TRE-R247-UcumUniteMesure`, code: "a" },
            },
          },
          ...offer.publics.map((code) => ({
            url: "supportedPatientInfo",
            valueCodeableConcept: coding(J29_PUBLIC.system, code, J29_PUBLIC.concepts.get(code)),
          })),
        ],
      },
      { url: `${SD}/ror-meta-creation-date`, valueDateTime: site.createdAt },
      {
        url: `${SD}/ror-healthcareservice-contact`,
        extension: [
          { url: "purposeContact", valueCodeableConcept: coding(`${NOS}/TRE_R287-NatureContact/FHIR/TRE-R287-NatureContact`, "06", "Standard") },
          {
            url: `${SD}/ror-healthcareservice-contact-telecom`,
            extension: [
              { url: `${SD}/ror-telecom-communication-channel`, valueCodeableConcept: coding(`${NOS}/TRE_R200-CanalCommunication/FHIR/TRE-R200-CanalCommunication`, "2", "Téléphone fixe") },
              { url: `${SD}/ror-telecom-confidentiality-level`, valueCodeableConcept: coding(`${NOS}/TRE_R283-NiveauConfidentialite/FHIR/TRE-R283-NiveauConfidentialite`, "1", "Accès libre") },
              { url: "telecomAddress", valueString: site.phone },
            ],
          },
        ],
      },
    ],
    identifier: [
      {
        type: coding(`${NOS}/TRE_R355-TypeIdentifiantOffre/FHIR/TRE-R355-TypeIdentifiantOffre`, "35", "Identifiant fonctionnel de l'offre connu par l'instance ROR"),
        value: `${regionOf(site.commune.departement) ?? "00"}/${offer.rorId}`,
      },
    ],
    active: offer.active,
    providedBy: { reference: `Organization/${site.rorId}` },
    category: [coding(J238_TYPE_OFFRE.system, offer.typeOffre, J238_TYPE_OFFRE.concepts.get(offer.typeOffre))],
    type: [coding(`${NOS}/TRE_R227-ChampActivite/FHIR/TRE-R227-ChampActivite`, "04", "Médico-social (MS)")],
    location: [{ reference: `Location/${locationId(offer)}` }],
    ...(malformed === "name" ? {} : { name: offer.name }),
    characteristic: [
      ...offer.modes.map((code) => coding(J19_MODE_PRISE_EN_CHARGE.system, code, J19_MODE_PRISE_EN_CHARGE.concepts.get(code))),
      ...offer.temporalites.map((code) => coding(J30_TEMPORALITE.system, code, J30_TEMPORALITE.concepts.get(code))),
    ],
    availableTime: availableTime(offer.hours),
  };
}

const WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const WORKDAYS = ["mon", "tue", "wed", "thu", "fri"];

function availableTime(pattern: HoursPattern): Array<Record<string, unknown>> {
  const typeOfTime = {
    url: `${SD}/ror-available-time-type-of-time`,
    valueCodeableConcept: coding(`${NOS}/TRE_R252-TypeHoraire/FHIR/TRE-R252-TypeHoraire`, "01", "Horaire d'ouverture"),
  };
  const slot = (days: string[], start: string, end: string) => ({ extension: [typeOfTime], daysOfWeek: days, availableStartTime: start, availableEndTime: end });
  switch (pattern) {
    case "always":
      return WEEK.map((day) => slot([day], "00:00:00", "23:59:00"));
    case "office":
      return [slot(WORKDAYS, "09:00:00", "12:30:00"), slot(WORKDAYS, "13:30:00", "17:30:00")];
    case "day":
      return [slot(WORKDAYS, "09:30:00", "17:00:00")];
    case "none":
      return [];
  }
}

export function locationId(offer: GeneratedOffer): string {
  return String(3_000_000 + offer.index);
}

export function location(offer: GeneratedOffer, site: GeneratedSite, malformed: "position" | null = null): Record<string, unknown> {
  return {
    resourceType: "Location",
    id: locationId(offer),
    meta: meta(offer.lastUpdated, "ror-location", site.commune.departement),
    extension: [
      {
        url: `${SD}/ror-commune-cog`,
        valueCodeableConcept: coding(`${NOS}/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM`, site.commune.code, site.commune.nom),
      },
      ...(offer.capacity === null
        ? []
        : [
            {
              url: `${SD}/ror-location-supported-capacity`,
              extension: [
                { url: "nbCapacity", valueInteger: offer.capacity },
                { url: "capacityUpdateDate", valueDateTime: offer.lastUpdated },
                { url: "capacityStatus", valueCodeableConcept: coding(`${NOS}/TRE_R330-TypeStatutCapacite/FHIR/TRE-R330-TypeStatutCapacite`, "01", "Installé") },
                { url: "capacityType", valueCodeableConcept: coding(`${NOS}/TRE_R329-NatureCapacite/FHIR/TRE-R329-NatureCapacite`, "02", "Place") },
              ],
            },
          ]),
      { url: `${SD}/ror-meta-creation-date`, valueDateTime: site.createdAt },
    ],
    identifier: [
      {
        type: coding(
          `${NOS}/TRE_R354-TypeIdentifiantRessourceOperationnelle/FHIR/TRE-R354-TypeIdentifiantRessourceOperationnelle`,
          "25",
          "Identifiant du lieu de réalisation de l'offre connu par l'instance ROR",
        ),
        value: `${regionOf(site.commune.departement) ?? "00"}/${locationId(offer)}`,
      },
    ],
    status: "active",
    name: site.name,
    type: [coding(`${NOS}/TRE_R343-FonctionLieu/FHIR/TRE-R343-FonctionLieu`, "001", "Hébergement")],
    address: { line: [streetLine(site)], city: site.commune.nom, postalCode: site.commune.codePostal },
    position: malformed === "position" ? { latitude: 147.5, longitude: site.longitude } : { latitude: site.latitude, longitude: site.longitude },
  };
}

function streetLine(site: GeneratedSite): string {
  return `${site.street.number} ${site.street.type} ${site.street.name}`;
}

export function organization(site: GeneratedSite): Record<string, unknown> {
  const identifiers: Array<Record<string, unknown>> = [];
  if (site.finessEt) {
    identifiers.push(
      {
        use: "official",
        type: coding(`${NOS}/TRE_G07-TypeIdentifiantStructure/FHIR/TRE-G07-TypeIdentifiantStructure`, "40", "Identifiant national de structure"),
        system: "urn:oid:1.2.250.1.71.4.2.2",
        value: `1${site.finessEt}`,
      },
      {
        type: coding(`${NOS}/TRE_G07-TypeIdentifiantStructure/FHIR/TRE-G07-TypeIdentifiantStructure`, "1", "FINESS"),
        system: "https://finess.esante.gouv.fr",
        value: site.finessEt,
      },
    );
  }
  if (site.siret) {
    identifiers.push({
      type: coding(`${NOS}/TRE_G07-TypeIdentifiantStructure/FHIR/TRE-G07-TypeIdentifiantStructure`, "3", "SIRET"),
      system: "https://sirene.fr",
      value: site.siret,
    });
  }
  return {
    resourceType: "Organization",
    id: site.rorId,
    meta: meta(site.lastUpdated, "ror-organization", site.commune.departement),
    extension: [
      { url: `${SD}/ror-meta-creation-date`, valueDateTime: site.createdAt },
      ...(site.habilitationAideSociale
        ? [
            {
              url: `${SD}/ror-organization-financial-help-type`,
              valueCodeableConcept: coding(`${NOS}/TRE_R241-AideFinanciere/FHIR/TRE-R241-AideFinanciere`, "02", "Habilité Aide Sociale"),
            },
          ]
        : []),
      {
        url: `${SD}/ror-organization-accessibility-location`,
        valueCodeableConcept: coding(`${NOS}/TRE_R202-AccessibiliteLieu/FHIR/TRE-R202-AccessibiliteLieu`, site.accessibility, J50_ACCESSIBILITE.concepts.get(site.accessibility)),
      },
      ...priceExtensions(site.rorPrices),
    ],
    identifier: identifiers,
    type: site.categorie
      ? [coding(J55_CATEGORIE_ETABLISSEMENT.system, site.categorie, J55_CATEGORIE_ETABLISSEMENT.concepts.get(site.categorie) ?? "Centre Hospitalier (C.H.)")]
      : [],
    name: site.name,
    address: [{ line: [streetLine(site)], city: site.commune.nom.toUpperCase(), postalCode: site.commune.codePostal }],
    telecom: [
      { system: "phone", value: site.phone },
      { system: "email", value: site.email },
      ...(site.website ? [{ system: "url", value: site.website }] : []),
    ],
  };
}

function priceExtensions(prices: SitePrices | null): Array<Record<string, unknown>> {
  if (!prices) return [];
  const price = (type: string, unit: string, amount: number | null, extra: Array<Record<string, unknown>> = []) =>
    amount === null
      ? []
      : [
          {
            url: `${SD}/ror-organization-price`,
            extension: [
              { url: "priceType", valueCodeableConcept: coding(`${NOS}/TRE_R246-TypeTarif/FHIR/TRE-R246-TypeTarif`, type) },
              { url: "priceUnit", valueCodeableConcept: coding(`${NOS}/TRE_R228-UnitePrix/FHIR/TRE-R228-UnitePrix`, unit) },
              { url: "amount", valueMoney: { value: amount, currency: "EUR" } },
              ...extra,
            ],
          },
        ];
  const welcome = (code: string) => ({ url: "welcomeType", valueCodeableConcept: coding(J30_TEMPORALITE.system, code) });
  const gir = (code: string) => ({
    url: "dependencyLevel",
    valueCodeableConcept: coding(`${NOS}/TRE_R237-GroupeTarifaireDependance/FHIR/TRE-R237-GroupeTarifaireDependance`, code),
  });
  return [
    ...price("02", "2", prices.hebergementPermanentJour, [welcome("02"), { url: "under60", valueBoolean: false }]),
    ...price("02", "2", prices.hebergementTemporaireJour, [welcome("01"), { url: "under60", valueBoolean: false }]),
    ...price("02", "3", prices.forfaitMensuel, [welcome("02")]),
    ...price("03", "2", prices.tarifGir12Jour, [gir("01"), welcome("02")]),
    ...price("03", "2", prices.tarifGir34Jour, [gir("02"), welcome("02")]),
    ...price("03", "2", prices.tarifGir56Jour, [gir("03"), welcome("02")]),
    ...price("05", "2", prices.accueilDeJourJour),
  ];
}

export function operationOutcome(code: string, diagnostics: string, severity: "error" | "warning" = "error"): Record<string, unknown> {
  return { resourceType: "OperationOutcome", issue: [{ severity, code, diagnostics }] };
}
