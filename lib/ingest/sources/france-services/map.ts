import { classifyOffer, publicSlugsFor } from "@/lib/offers/classify";
import { sourceKey, type LocationInput } from "@/lib/offers/domain";
import { isCommuneCode, isPostalCode } from "@/lib/geo/commune";
import { isValidPoint } from "@/lib/geo/distance";
import { mapped, rejected, type MapContext, type MapResult } from "@/lib/ingest/source";
import { cleanEmail, cleanPhone, cleanText } from "@/lib/ingest/clean";
import { parseDecimal } from "@/lib/ingest/csv";

import { parseOpeningHours } from "./opening-hours";
import type { FranceServicesRow } from "./parse";

const FORMATS: Readonly<Record<string, string>> = {
  Fixe: "Accueil dans un lieu fixe.",
  Multisites: "Accueil sur plusieurs sites.",
  "Fixe_antenne(s)": "Accueil dans un lieu fixe et dans des antennes.",
  Bus_équivalent: "France Services itinérante (bus) : consultez les lieux et jours de passage.",
  Itinérante: "France Services itinérante : consultez les lieux et jours de passage.",
};

const DESCRIPTION =
  "Un accueil de proximité pour être aidé dans vos démarches administratives : santé, retraite, allocations, impôts, prestations autonomie et handicap.";

export function mapFranceServices(row: FranceServicesRow, _context: MapContext): MapResult {
  const localId = row.id_fs?.trim() ?? "";
  const name = cleanText(row.lib_fs);
  if (!name) return rejected("nom (lib_fs) manquant");
  const latitude = parseDecimal(row.latitude);
  const longitude = parseDecimal(row.longitude);
  if (latitude === "invalid" || longitude === "invalid") return rejected(`coordonnées illisibles (${row.latitude}, ${row.longitude})`);
  if ((latitude !== null || longitude !== null) && !isValidPoint(latitude, longitude)) {
    return rejected(`coordonnées hors limites (${row.latitude}, ${row.longitude})`);
  }
  const communeCode = cleanText(row.insee_com);
  if (communeCode && !isCommuneCode(communeCode)) return rejected(`code commune INSEE invalide : ${communeCode}`);
  const postalCode = cleanText(row.code_postal);

  const classification = classifyOffer({ typeSlug: "france-services" });
  if (!classification.ok) return rejected(classification.reason);
  const type = classification.type;

  const hours = parseOpeningHours([
    ["lundi", row.h_lundi],
    ["mardi", row.h_mardi],
    ["mercredi", row.h_mercredi],
    ["jeudi", row.h_jeudi],
    ["vendredi", row.h_vendredi],
    ["samedi", row.h_samedi],
  ]);
  const notes = [row.prise_rdv?.trim() === "Oui" ? "Sur rendez-vous." : null, ...hours.unreadable].filter((note): note is string => !!note);

  const key = sourceKey("france-services", localId);
  const location: LocationInput = {
    id: key,
    addressLine: [cleanText(row.adresse), cleanText(row.complement_adresse)].filter(Boolean).join(", ") || null,
    postalCode: postalCode && isPostalCode(postalCode) ? postalCode : null,
    city: cleanText(row.lib_com),
    communeCode,
    latitude: latitude ?? null,
    longitude: longitude ?? null,
  };
  const format = FORMATS[row.format_fs?.trim() ?? ""];
  const description = [DESCRIPTION, row.type_fs?.trim() === "Antenne" ? "Antenne d'une France Services." : null, format, cleanText(row.commentaire)]
    .filter(Boolean)
    .join(" ");

  return mapped({
    kind: "offer",
    offer: {
      key,
      source: "france-services",
      localId,
      name,
      description,
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
      contact: { phone: cleanPhone(row.telephone), email: cleanEmail(row.mail), website: null },
      openingHours: hours.slots.length > 0 ? hours.slots : null,
      openingHoursNote: notes.length > 0 ? notes.join(" ") : null,
      accessibility: null,
      regulated: false,
      sourceUpdatedAt: null,
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
        sourceUpdatedAt: null,
      },
    },
  });
}
