import { isCommuneCode, isPostalCode } from "@/lib/geo/commune";
import { isValidPoint } from "@/lib/geo/distance";
import { cleanEmail, cleanFiness, cleanPhone, cleanSiret, cleanText, cleanUrl, parseDate } from "@/lib/ingest/clean";
import { mapped, rejected, skipped, type MapContext, type MapResult } from "@/lib/ingest/source";
import { classifyOffer, publicSlugsFor } from "@/lib/offers/classify";
import { emptyPrices, hasAnyPrice, sourceKey, type LocationInput, type OfferContact, type OpeningSlot, type StructurePrices, type Weekday } from "@/lib/offers/domain";
import { accessibilityText } from "@/lib/offers/accessibility";
import { J31_AIDE_FINANCIERE_HABILITATION_AIDE_SOCIALE } from "@/lib/offers/nomenclatures";

import { codeOf, codesIn, EXT, extension, extensions, type Address, type ContactPoint, type Extension, type HealthcareService, type Location, type Organization } from "./fhir";
import type { RorRecord } from "./parse";

const TRE = {
  typeOffre: "TRE_R244-CategorieOrganisation",
  categorie: "TRE_R66-CategorieEtablissement",
  mode: "TRE_R213-ModePriseEnCharge",
  temporalite: "TRE_R240-TemporaliteAccueil",
  public: "TRE_R239-PublicPrisEnCharge",
  typeIdentifiantStructure: "TRE_G07-TypeIdentifiantStructure",
  capacityStatus: "TRE_R330-TypeStatutCapacite",
  typeHoraire: "TRE_R252-TypeHoraire",
} as const;

const FINESS_SYSTEMS = ["https://finess.esante.gouv.fr", "urn:oid:1.2.250.1.71.4.2.2"];

/** Maps a ROR offer (HealthcareService + its EG Organization + Location) to a catalogue offer. */
export function mapRor(record: RorRecord, _context: MapContext): MapResult {
  const { service, organization, location } = record;
  const localId = service.id ?? "";
  const key = sourceKey("ror", localId);
  if (service.active === false) return mapped({ kind: "removal", key });
  const name = cleanText(service.name);
  if (!name) return rejected("nom de l'offre (HealthcareService.name) manquant");
  if (!organization) return rejected(`structure porteuse ${service.providedBy?.reference ?? "(providedBy absent)"} absente de la réponse`);
  const organizationName = cleanText(organization.name);
  if (!organization.id || !organizationName) return rejected("structure porteuse sans identifiant ou sans nom");

  const typeOffre = codesIn(service.category, TRE.typeOffre)[0] ?? codeOf(service.category?.[0]) ?? null;
  const categorie = codesIn(organization.type, TRE.categorie)[0] ?? null;
  const modes = unique(codesIn(service.characteristic, TRE.mode));
  const temporalites = unique(codesIn(service.characteristic, TRE.temporalite));
  const classification = classifyOffer({ typeOffre, categorie, modes, temporalites });
  if (!classification.ok) return classification.outOfScope ? skipped(classification.reason) : rejected(classification.reason);
  const type = classification.type;

  const patient = extension(service, EXT.patientType);
  const publics = unique(
    extensions(patient, "supportedPatientInfo").flatMap((item) => codesIn(item.valueCodeableConcept ? [item.valueCodeableConcept] : [], TRE.public)),
  );
  const ageRange = extension(patient, "ageRange")?.valueRange;

  const structureLocation = organizationLocation(organization);
  const offerLocation = location ? locationOf(location) : structureLocation;
  if (offerLocation instanceof Error) return rejected(offerLocation.message);
  const structureLoc = structureLocation instanceof Error ? offerLocation : mergeLocation(structureLocation, offerLocation);

  const prices = organizationPrices(organization);
  if (prices instanceof Error) return rejected(prices.message);
  const sourceUpdatedAt = parseDate(service.meta?.lastUpdated);

  return mapped({
    kind: "offer",
    offer: {
      key,
      source: "ror",
      localId,
      name,
      description: cleanText(service.comment),
      typeOffre,
      typeSlug: type.slug,
      groupSlug: type.group,
      publics,
      publicSlugs: publicSlugsFor(type, publics),
      modesPriseEnCharge: modes,
      temporalites,
      capacity: location ? installedCapacity(location) : null,
      ageMin: integerOrNull(ageRange?.low?.value),
      ageMax: integerOrNull(ageRange?.high?.value),
      contact: contactOf(service, organization),
      openingHours: openingHours(service),
      openingHoursNote: null,
      accessibility: accessibilityOf(organization),
      regulated: true,
      sourceUpdatedAt,
      location: offerLocation,
      structure: {
        sourceKey: sourceKey("ror", organization.id),
        name: organizationName,
        finessEt: identifier(organization, { codes: ["1"], systems: FINESS_SYSTEMS, clean: cleanFiness }),
        finessEj: null,
        siret: identifier(organization, { codes: ["3"], systems: ["https://sirene.fr", "http://sirene.fr"], clean: cleanSiret }),
        categorieEtablissement: categorie,
        habilitationAideSociale: habilitation(organization),
        prices: hasAnyPrice(prices) ? prices : null,
        location: structureLoc,
        sourceUpdatedAt: parseDate(organization.meta?.lastUpdated),
      },
    },
  });
}

function identifier(
  organization: Organization,
  spec: { codes: string[]; systems: string[]; clean: (value: string) => string | null },
): string | null {
  for (const id of organization.identifier ?? []) {
    const typeCode = codeOf(id.type, TRE.typeIdentifiantStructure);
    const bySystem = id.system && spec.systems.includes(id.system) && !(typeCode && !spec.codes.includes(typeCode));
    if ((typeCode && spec.codes.includes(typeCode)) || bySystem) {
      const value = spec.clean(id.value ?? "");
      if (value) return value;
    }
  }
  return null;
}

function habilitation(organization: Organization): boolean | null {
  const helps = extensions(organization, EXT.financialHelp);
  if (helps.length === 0) return null;
  return helps.some((help) => codeOf(help.valueCodeableConcept) === J31_AIDE_FINANCIERE_HABILITATION_AIDE_SOCIALE);
}

function accessibilityOf(organization: Organization): string | null {
  return accessibilityText(codeOf(extension(organization, EXT.accessibility)?.valueCodeableConcept));
}

/**
 * Reads the `ror-organization-price` extensions: forfait socle hébergement
 * (J36 02) per temporalité, dépendance (J36 03) per GIR group, accueil de jour
 * (J36 05). Prices for under-60s are ignored; the lowest price of a kind wins.
 */
export function organizationPrices(organization: Organization): StructurePrices | Error {
  const prices = emptyPrices();
  const keep = (field: keyof StructurePrices, amount: number) => {
    const current = prices[field];
    prices[field] = current === null ? amount : Math.min(current, amount);
  };
  for (const price of extensions(organization, EXT.price)) {
    const part = (url: string) => extension(price, url);
    const priceType = codeOf(part("priceType")?.valueCodeableConcept);
    const unit = codeOf(part("priceUnit")?.valueCodeableConcept);
    const amount = part("amount")?.valueMoney?.value;
    if (!priceType || amount === undefined) continue;
    if (typeof amount !== "number" || !Number.isFinite(amount) || amount < 0) return new Error(`tarif illisible (${String(amount)})`);
    if (part("under60")?.valueBoolean === true) continue;
    const temporalite = codeOf(part("welcomeType")?.valueCodeableConcept);
    if (priceType === "02") {
      if (unit === "3") keep("forfaitMensuel", amount);
      else if (unit === "2" || unit === undefined) keep(temporalite === "01" ? "hebergementTemporaireJour" : "hebergementPermanentJour", amount);
    } else if (priceType === "03" && (unit === "2" || unit === undefined) && temporalite !== "01") {
      const level = codeOf(part("dependencyLevel")?.valueCodeableConcept);
      if (level === "01") keep("tarifGir12Jour", amount);
      else if (level === "02") keep("tarifGir34Jour", amount);
      else if (level === "03") keep("tarifGir56Jour", amount);
    } else if (priceType === "05" && (unit === "2" || unit === undefined)) {
      keep("accueilDeJourJour", amount);
    }
  }
  return prices;
}

function locationOf(location: Location): LocationInput | Error {
  const address = addressOf(location.address);
  const cog = codeOf(extension(location, EXT.communeCog)?.valueCodeableConcept) ?? null;
  if (cog && !isCommuneCode(cog)) return new Error(`code commune (COG) invalide : ${cog}`);
  const latitude = location.position?.latitude ?? null;
  const longitude = location.position?.longitude ?? null;
  if ((latitude !== null || longitude !== null) && !isValidPoint(latitude, longitude)) {
    return new Error(`position hors limites (${String(latitude)}, ${String(longitude)})`);
  }
  return {
    id: sourceKey("ror", `Location-${location.id ?? "sans-id"}`),
    ...address,
    communeCode: cog,
    latitude,
    longitude,
  };
}

function organizationLocation(organization: Organization): LocationInput | Error {
  return {
    id: sourceKey("ror", `Organization-${organization.id ?? "sans-id"}`),
    ...addressOf(organization.address?.[0]),
    communeCode: null,
    latitude: null,
    longitude: null,
  };
}

/** The structure's postal address, completed with the commune and point of its offer's location. */
function mergeLocation(structure: LocationInput, offer: LocationInput): LocationInput {
  if (!structure.addressLine) return offer;
  return {
    ...structure,
    communeCode: structure.communeCode ?? offer.communeCode,
    latitude: structure.latitude ?? offer.latitude,
    longitude: structure.longitude ?? offer.longitude,
  };
}

function addressOf(address: Address | undefined): Pick<LocationInput, "addressLine" | "postalCode" | "city"> {
  const postalCode = cleanText(address?.postalCode);
  const city = cleanText(address?.city);
  const lines = (address?.line ?? [])
    .map((line) => cleanText(line))
    .filter((line): line is string => !!line)
    // "45 rue X, 92270 BOIS-COLOMBES" or a separate "45000 ORLEANS" line repeat the postal code and city.
    .map((line) => (postalCode ? line.replace(new RegExp(`,?\\s*${postalCode}\\s+.*$`), "").trim() : line))
    .filter((line) => line.length > 0);
  return {
    addressLine: lines.length > 0 ? lines.join(", ") : null,
    postalCode: postalCode && isPostalCode(postalCode) ? postalCode : null,
    city,
  };
}

function installedCapacity(location: Location): number | null {
  let total: number | null = null;
  for (const capacity of extensions(location, EXT.supportedCapacity)) {
    const status = codeOf(extension(capacity, "capacityStatus")?.valueCodeableConcept, TRE.capacityStatus);
    const count = extension(capacity, "nbCapacity")?.valueInteger;
    // TRE_R330 01 = "Installé": the places the site runs (02 "Disponible" are free places today).
    if (status === "01" && typeof count === "number") total = (total ?? 0) + count;
  }
  return total;
}

function contactOf(service: HealthcareService, organization: Organization): OfferContact {
  const values: string[] = [];
  for (const contact of extensions(service, EXT.serviceContact)) {
    for (const telecom of extensions(contact, EXT.serviceContactTelecom)) {
      const address = extension(telecom, "telecomAddress")?.valueString;
      if (address) values.push(address);
    }
  }
  const points: ContactPoint[] = [...(organization.telecom ?? []), ...(organization.contact ?? []).flatMap((contact) => contact.telecom ?? [])];
  const bySystem = (system: string) => points.filter((point) => point.system === system).map((point) => point.value ?? "");
  const phone = [...values.filter((value) => /^[\d\s.+()-]{8,}$/.test(value)), ...bySystem("phone")].map(cleanPhone).find(Boolean) ?? null;
  const email = [...values.filter((value) => value.includes("@")), ...bySystem("email")].map(cleanEmail).find(Boolean) ?? null;
  const website = [...values.filter((value) => /^https?:\/\//i.test(value)), ...bySystem("url")].map(cleanUrl).find(Boolean) ?? null;
  return { phone, email, website };
}

const DAYS: Readonly<Record<string, Weekday>> = {
  mon: "lundi",
  tue: "mardi",
  wed: "mercredi",
  thu: "jeudi",
  fri: "vendredi",
  sat: "samedi",
  sun: "dimanche",
};

function openingHours(service: HealthcareService): OpeningSlot[] | null {
  const slots: OpeningSlot[] = [];
  for (const time of service.availableTime ?? []) {
    const typeOfTime = codeOf(extension(time as { extension?: Extension[] }, EXT.typeOfTime)?.valueCodeableConcept, TRE.typeHoraire);
    // TRE_R252 01 = "Horaire d'ouverture"; other kinds (e.g. visiting hours) are not opening hours.
    if (typeOfTime && typeOfTime !== "01") continue;
    const opens = time.allDay ? "00:00" : hhmm(time.availableStartTime);
    const closes = time.allDay ? "23:59" : hhmm(time.availableEndTime);
    if (!opens || !closes) continue;
    for (const day of time.daysOfWeek ?? []) {
      const weekday = DAYS[day];
      if (weekday) slots.push({ day: weekday, opens, closes });
    }
  }
  return slots.length > 0 ? slots : null;
}

function hhmm(value: string | undefined): string | null {
  const match = /^(\d{2}):(\d{2})/.exec(value ?? "");
  return match ? `${match[1]}:${match[2]}` : null;
}

function integerOrNull(value: number | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? Math.round(value) : null;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
