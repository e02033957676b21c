import { communeFromFiness, departementOfCommune } from "@/lib/geo/commune";
import { isValidPoint } from "@/lib/geo/distance";
import { isProjectionName, projectedToWgs84, projectionForDepartement } from "@/lib/geo/projection";
import { cleanFiness, cleanPhone, cleanSiret, cleanText, parseDate } from "@/lib/ingest/clean";
import { mapped, rejected, skipped, type MapContext, type MapResult } from "@/lib/ingest/source";
import { classifyOffer, publicSlugsFor } from "@/lib/offers/classify";
import { sourceKey, type LocationInput } from "@/lib/offers/domain";
import { J55_CATEGORIE_ETABLISSEMENT } from "@/lib/offers/nomenclatures";

import type { FinessEtablissement } from "./parse";

const STREET_TYPES: Readonly<Record<string, string>> = {
  R: "rue",
  AV: "avenue",
  BD: "boulevard",
  PL: "place",
  CHE: "chemin",
  RTE: "route",
  ALL: "allée",
  IMP: "impasse",
  QUA: "quai",
  CRS: "cours",
  SQ: "square",
  FG: "faubourg",
  LD: "lieu-dit",
  PROM: "promenade",
  RES: "résidence",
  CITE: "cité",
  HAM: "hameau",
  VOIE: "voie",
  ZA: "zone d'activité",
  ZI: "zone industrielle",
};

/** A FINESS establishment becomes a regulated structure with one offer typed by its catégorie (J55). */
export function mapFiness(etablissement: FinessEtablissement, _context: MapContext): MapResult {
  const f = etablissement.fields;
  const finessEt = cleanFiness(f.nofinesset);
  if (!finessEt) return rejected(`numéro FINESS ET invalide : ${f.nofinesset}`);
  const categorie = f.categetab;
  if (!J55_CATEGORIE_ETABLISSEMENT.concepts.has(categorie)) {
    return skipped(`catégorie ${categorie || "absente"} hors du champ de l'autonomie`);
  }
  const classification = classifyOffer({ categorie });
  if (!classification.ok) return rejected(classification.reason);
  const type = classification.type;
  const name = cleanText(f.rslongue) ?? cleanText(f.rs);
  if (!name) return rejected("raison sociale manquante");

  const communeCode = communeFromFiness(f.departement, f.commune);
  if (!communeCode) return rejected(`commune illisible (département ${f.departement}, commune ${f.commune})`);
  const acheminement = /^(\d{5})\s+(.+)$/.exec(f.ligneacheminement.trim());

  let latitude: number | null = null;
  let longitude: number | null = null;
  if (etablissement.geolocation) {
    const { x, y, system } = etablissement.geolocation;
    const projection = system && isProjectionName(system) ? system : projectionForDepartement(departementOfCommune(communeCode));
    const point = projectedToWgs84(projection, x, y);
    if (!isValidPoint(point.latitude, point.longitude)) return rejected(`coordonnées hors limites (${x} ; ${y}, ${projection})`);
    latitude = round6(point.latitude);
    longitude = round6(point.longitude);
  }

  const key = sourceKey("finess", finessEt);
  const location: LocationInput = {
    id: key,
    addressLine: addressLine(f),
    postalCode: acheminement?.[1] ?? null,
    city: acheminement?.[2] ? cityName(acheminement[2]) : null,
    communeCode,
    latitude,
    longitude,
  };
  const sourceUpdatedAt = parseDate(f.datemaj) ?? parseDate(etablissement.extractionDate);
  return mapped({
    kind: "offer",
    offer: {
      key,
      source: "finess",
      localId: finessEt,
      name,
      description: null,
      typeOffre: null,
      typeSlug: type.slug,
      groupSlug: type.group,
      publics: [],
      publicSlugs: publicSlugsFor(type, []),
      modesPriseEnCharge: [],
      temporalites: [],
      capacity: null,
      ageMin: null,
      ageMax: null,
      contact: { phone: cleanPhone(f.telephone), email: null, website: null },
      openingHours: null,
      openingHoursNote: null,
      accessibility: null,
      regulated: true,
      sourceUpdatedAt,
      location,
      structure: {
        sourceKey: key,
        name,
        finessEt,
        finessEj: cleanFiness(f.nofinessej),
        siret: cleanSiret(f.siret),
        categorieEtablissement: categorie,
        habilitationAideSociale: null,
        prices: null,
        location,
        sourceUpdatedAt,
      },
    },
  });
}

function addressLine(f: FinessEtablissement["fields"]): string | null {
  const street = [f.numvoie, f.compvoie, STREET_TYPES[f.typvoie.toUpperCase()] ?? f.typvoie, f.voie].map((part) => part.trim()).filter(Boolean).join(" ");
  const parts = [cleanText(f.compldistrib), cleanText(street), cleanText(f.lieuditbp)].filter((part): part is string => !!part);
  return parts.length > 0 ? parts.join(", ") : null;
}

/** "ORLEANS CEDEX 1" → "ORLEANS"; the postal routing suffix is not part of the city. */
function cityName(value: string): string {
  return value.replace(/\s+CEDEX(\s+\d+)?$/i, "").trim();
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
