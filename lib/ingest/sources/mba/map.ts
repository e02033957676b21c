import { departementOfCommune, isCommuneCode, isPostalCode } from "@/lib/geo/commune";
import { isValidPoint } from "@/lib/geo/distance";
import { cleanEmail, cleanPhone, cleanText, cleanUrl, parseDate } from "@/lib/ingest/clean";
import { mapped, rejected, type MapContext, type MapResult } from "@/lib/ingest/source";
import { classifyOffer, publicSlugsFor } from "@/lib/offers/classify";
import { sourceKey, type LocationInput } from "@/lib/offers/domain";
import type { PublicSlug } from "@/lib/offers/referentials";
import { normalizeName } from "@/lib/offers/names";

import type { MbaStructure } from "./types";

/**
 * Types de structure of Ma Boussole Aidants and the portal type they belong
 * to. Unknown ids fall back on keywords of `nomTypeStructure`.
 */
export const MBA_TYPES: Readonly<Record<number, { name: string; typeSlug: string }>> = {
  1: { name: "Plateforme d'accompagnement et de répit", typeSlug: "plateforme-repit" },
  2: { name: "Association d'aidants", typeSlug: "groupe-aidants" },
  3: { name: "Point d'information et de coordination (CLIC)", typeSlug: "clic" },
  4: { name: "Accueil de jour", typeSlug: "accueil-de-jour" },
  5: { name: "Groupe de parole et formation des aidants", typeSlug: "groupe-aidants" },
  6: { name: "Service d'aide et de soins à domicile", typeSlug: "service-autonomie-domicile" },
  7: { name: "Maison départementale des personnes handicapées", typeSlug: "mdph" },
  8: { name: "Centre communal d'action sociale", typeSlug: "ccas" },
  9: { name: "Hébergement temporaire", typeSlug: "hebergement-temporaire" },
  10: { name: "Relayage et baluchonnage", typeSlug: "relayage" },
  11: { name: "Habitat inclusif", typeSlug: "habitat-inclusif" },
  12: { name: "Résidence services seniors", typeSlug: "residence-services-seniors" },
  13: { name: "Cohabitation intergénérationnelle", typeSlug: "cohabitation-intergenerationnelle" },
};

const KEYWORDS: ReadonlyArray<readonly [string, string]> = [
  ["repit", "plateforme-repit"],
  ["accueil jour", "accueil-de-jour"],
  ["hebergement temporaire", "hebergement-temporaire"],
  ["clic", "clic"],
  ["ccas", "ccas"],
  ["centre communal", "ccas"],
  ["mdph", "mdph"],
  ["relayage", "relayage"],
  ["baluchon", "relayage"],
  ["habitat inclusif", "habitat-inclusif"],
  ["residence services", "residence-services-seniors"],
  ["cohabitation", "cohabitation-intergenerationnelle"],
  ["aidant", "groupe-aidants"],
  ["domicile", "service-autonomie-domicile"],
];

export function mbaTypeSlug(typeStructure: MbaStructure["typeStructure"]): string | null {
  const id = Number(typeStructure?.idTypeStructure);
  const known = Number.isInteger(id) ? MBA_TYPES[id] : undefined;
  if (known) return known.typeSlug;
  const name = normalizeName(typeStructure?.nomTypeStructure ?? "");
  return KEYWORDS.find(([keyword]) => name.includes(keyword))?.[1] ?? null;
}

export function mapMba(structure: MbaStructure, _context: MapContext): MapResult {
  const localId = String(structure.idStructure ?? "").trim();
  if (!localId) return rejected("idStructure manquant");
  const name = cleanText(structure.nomStructure);
  if (!name) return rejected("nomStructure manquant");
  const typeSlug = mbaTypeSlug(structure.typeStructure);
  if (!typeSlug) {
    return rejected(`type de structure inconnu : ${structure.typeStructure?.idTypeStructure ?? "?"} ${structure.typeStructure?.nomTypeStructure ?? ""}`.trim());
  }
  const classification = classifyOffer({ typeSlug });
  if (!classification.ok) return rejected(classification.reason);
  const type = classification.type;

  const latitude = toNumber(structure.adresse?.latitude);
  const longitude = toNumber(structure.adresse?.longitude);
  if (latitude === "invalid" || longitude === "invalid" || ((latitude !== null || longitude !== null) && !isValidPoint(latitude, longitude))) {
    return rejected(`coordonnées invalides (${String(structure.adresse?.latitude)}, ${String(structure.adresse?.longitude)})`);
  }
  const communeCode = cleanText(structure.ville?.codeCommune);
  if (communeCode && !isCommuneCode(communeCode)) return rejected(`code commune invalide : ${communeCode}`);
  const departement = cleanText(structure.departement?.codeDepartement);
  if (communeCode && departement && departementOfCommune(communeCode) !== departement) {
    return rejected(`commune ${communeCode} hors du département ${departement}`);
  }
  const ageMin = toAge(structure.ageMin);
  const ageMax = toAge(structure.ageMax);
  if (ageMin !== null && ageMax !== null && ageMin > ageMax) return rejected(`âges incohérents (${ageMin} > ${ageMax})`);
  const postalCode = cleanText(structure.adresse?.codePostal);

  const key = sourceKey("mba", localId);
  const location: LocationInput = {
    id: key,
    addressLine: cleanText(structure.adresse?.ligneAdresse),
    postalCode: postalCode && isPostalCode(postalCode) ? postalCode : null,
    city: cleanText(structure.ville?.nomVille),
    communeCode,
    latitude: latitude ?? null,
    longitude: longitude ?? null,
  };
  const services = (structure.services ?? []).map((service) => cleanText(service.nomSousThematique)).filter((value): value is string => !!value);
  const remote = (structure.services ?? []).some((service) => service.isDistanciel === true);
  const description = [
    cleanText(structure.typeStructure?.descriptionTypeStructure),
    services.length > 0 ? `Services proposés : ${[...new Set(services)].join(", ")}.` : null,
    remote ? "Certains services sont possibles à distance." : null,
  ]
    .filter(Boolean)
    .join(" ");
  const sourceUpdatedAt = parseDate(structure.lastModifiedDate);

  return mapped({
    kind: "offer",
    offer: {
      key,
      source: "mba",
      localId,
      name,
      description: description || null,
      typeOffre: null,
      typeSlug: type.slug,
      groupSlug: type.group,
      publics: [],
      publicSlugs: publicSlugsFor(type, [], situationsPublics(structure)),
      modesPriseEnCharge: [],
      temporalites: [],
      capacity: null,
      ageMin,
      ageMax,
      contact: { phone: cleanPhone(structure.telephone1), email: cleanEmail(structure.email), website: cleanUrl(structure.siteWeb) },
      openingHours: null,
      openingHoursNote: null,
      accessibility: null,
      regulated: false,
      sourceUpdatedAt,
      location,
      structure: {
        sourceKey: key,
        name,
        finessEt: null,
        finessEj: null,
        siret: null,
        categorieEtablissement: null,
        habilitationAideSociale: null,
        prices: null,
        location,
        sourceUpdatedAt,
      },
    },
  });
}

/** Ma Boussole Aidants speaks to caregivers; its situations say whom they help. */
function situationsPublics(structure: MbaStructure): PublicSlug[] {
  const slugs: PublicSlug[] = ["aidants"];
  for (const situation of structure.situations ?? []) {
    const name = normalizeName(situation.nomSituation ?? "");
    if (/\bage\b|\bagee\b|vieill|alzheimer|perte autonomie/.test(name)) slugs.push("personnes-agees");
    if (/handicap/.test(name)) slugs.push("personnes-handicapees");
  }
  return slugs;
}

function toNumber(value: number | string | null | undefined): number | null | "invalid" {
  if (value === null || value === undefined || value === "") return null;
  const number = typeof value === "number" ? value : Number(String(value).replace(",", "."));
  return Number.isFinite(number) ? number : "invalid";
}

function toAge(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 130 ? Math.round(value) : null;
}
