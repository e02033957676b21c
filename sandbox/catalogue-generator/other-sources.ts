import type { GeneratedCatalogue } from "./generate";
import { hash32, Random } from "./prng";
import { jitter, weightedCommune, type Commune } from "./territory";
import { PLACE_NAMES, STREET_NAMES, STREET_TYPES } from "./templates";

/** Ma Boussole Aidants structures and France Services of the demo catalogue (invented, deterministic). */

export type GeneratedMbaStructure = {
  idStructure: string;
  nomStructure: string;
  idTypeStructure: number;
  nomTypeStructure: string;
  commune: Commune;
  ligneAdresse: string;
  latitude: number;
  longitude: number;
  ageMin: number | null;
  ageMax: number | null;
  email: string | null;
  telephone1: string | null;
  siteWeb: string | null;
  services: Array<{ idSousthematiqueSolutions: number; nomSousThematique: string; isDistanciel: boolean }>;
  situations: Array<{ idSituation: number; nomSituation: string; idProfil: number }>;
  lastModifiedDate: string;
};

export const MBA_TYPE_NAMES: Readonly<Record<number, string>> = {
  1: "Plateforme d'accompagnement et de répit",
  2: "Association d'aidants",
  3: "Point d'information et de coordination (CLIC)",
  4: "Accueil de jour",
  5: "Groupe de parole et formation des aidants",
  6: "Service d'aide et de soins à domicile",
  7: "Maison départementale des personnes handicapées",
  8: "Centre communal d'action sociale",
  9: "Hébergement temporaire",
  10: "Relayage et baluchonnage",
  11: "Habitat inclusif",
  12: "Résidence services seniors",
  13: "Cohabitation intergénérationnelle",
};

const NAME_PREFIXES: Readonly<Record<number, readonly string[]>> = {
  1: ["Plateforme de répit"],
  2: ["Association des aidants", "France Alzheimer", "Aidants solidaires"],
  3: ["CLIC", "Point info seniors"],
  4: ["Accueil de jour"],
  5: ["Café des aidants", "Groupe de parole", "Formation des aidants"],
  6: ["Aide et soins à domicile"],
  7: ["Antenne MDPH"],
  8: ["CCAS"],
  9: ["Séjour de répit"],
  10: ["Relais à domicile", "Baluchon"],
  11: ["Habitat inclusif"],
  12: ["Résidence services seniors"],
  13: ["Toit partagé", "Ensemble sous le même toit"],
};

const WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [1, 12], [2, 14], [3, 6], [4, 8], [5, 12], [6, 8], [7, 2], [8, 14], [9, 4], [10, 4], [11, 5], [12, 6], [13, 5],
];

const SOUS_THEMATIQUES: ReadonlyArray<readonly [number, string]> = [
  [4, "Comprendre la situation de mon proche"], [5, "Soutien"], [9, "Relais au domicile"], [12, "Points d'information"],
  [25, "Soutien moral"], [26, "Formation de l'aidant"], [27, "Bien-être"], [30, "Convivialité"], [39, "Points d'information sur le répit"],
  [41, "Relais hors du domicile"],
];

const SITUATIONS: ReadonlyArray<readonly [number, string, number]> = [
  [1, "Mon proche est âgé et perd en autonomie", 3],
  [2, "Mon proche vit avec un handicap", 1],
  [3, "Mon proche est atteint de la maladie d'Alzheimer", 3],
  [4, "Mon proche a une maladie chronique", 2],
];

/**
 * About one Ma Boussole Aidants structure per twelve ROR offers. A share of
 * the respite platforms and day care centres are the very sites the ROR
 * describes (same name, a few metres away): the catalogue must merge them.
 */
export function generateMbaStructures(catalogue: GeneratedCatalogue, count = Math.max(60, Math.round(catalogue.offers.length / 12))): GeneratedMbaStructure[] {
  const random = new Random(catalogue.seed ^ 0x4d4241);
  const shared = catalogue.offers.filter((offer) => offer.typeOffre === "38" || (offer.typeOffre === "21" && offer.modes.includes("47")));
  const totalWeight = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  const structures: GeneratedMbaStructure[] = [];
  for (let index = 0; index < count; index++) {
    let type = 1;
    let target = random.next() * totalWeight;
    for (const [id, weight] of WEIGHTS) {
      target -= weight;
      if (target <= 0) {
        type = id;
        break;
      }
    }
    const sharedOffer = (type === 1 || type === 4) && shared.length > 0 && random.chance(0.3) ? random.pick(shared) : null;
    const site = sharedOffer ? catalogue.sites[sharedOffer.siteIndex] : undefined;
    if (sharedOffer && site) type = sharedOffer.typeOffre === "38" ? 1 : 4;
    const commune = site?.commune ?? weightedCommune(random);
    const point = site
      ? jitter(site, 30, new Random(hash32(`mba:${index}`)))
      : jitter(commune, 2_000, new Random(hash32(`mba:${index}`)));
    const name = site ? site.name : `${random.pick(NAME_PREFIXES[type] ?? ["Association"])} ${random.chance(0.5) ? commune.nom : random.pick(PLACE_NAMES)}`;
    const services = Array.from({ length: random.int(1, 3) }, () => random.pick(SOUS_THEMATIQUES));
    structures.push({
      idStructure: String(50_000 + index),
      nomStructure: name,
      idTypeStructure: type,
      nomTypeStructure: MBA_TYPE_NAMES[type] ?? "Autre",
      commune,
      ligneAdresse: `${random.int(1, 80)} ${random.pick(STREET_TYPES)} ${random.pick(STREET_NAMES)}`,
      latitude: point.latitude,
      longitude: point.longitude,
      ageMin: random.chance(0.4) ? 60 : null,
      ageMax: null,
      email: random.chance(0.8) ? `contact.${50_000 + index}@aidants.exemple.fr` : null,
      telephone1: random.chance(0.9) ? `0${random.int(1, 5)}${String(random.int(0, 99_999_999)).padStart(8, "0")}` : null,
      siteWeb: random.chance(0.5) ? `https://aidants-${50_000 + index}.exemple.fr` : null,
      services: [...new Map(services.map(([id, nom]) => [id, { idSousthematiqueSolutions: id, nomSousThematique: nom, isDistanciel: random.chance(0.3) }])).values()],
      situations: [random.pick(SITUATIONS)].map(([idSituation, nomSituation, idProfil]) => ({ idSituation, nomSituation, idProfil })),
      lastModifiedDate: new Date(Date.UTC(2024, 0, 1) + random.int(0, 500) * 86_400_000).toISOString().slice(0, 10),
    });
  }
  return structures;
}

export type GeneratedFranceServices = {
  id: number;
  name: string;
  commune: Commune;
  adresse: string;
  latitude: number;
  longitude: number;
  mail: string;
  telephone: string;
  hours: readonly [string, string, string, string, string, string];
  priseRdv: boolean;
  type: "Principal" | "Antenne";
  format: string;
};

const HOURS = [
  "09:00 - 12:00 / 14:00 - 17:00",
  "09:00 - 12:00",
  "08:30 - 12:00 / 13:30 - 17:00",
  "09:00 - 12:30 / 13:30 - 17:00",
  "13:30 - 17:00",
  "",
];

/** France Services in distinct communes, one per large town first. */
export function generateFranceServices(count: number, seed: number): GeneratedFranceServices[] {
  const random = new Random(seed ^ 0x4653);
  const used = new Set<string>();
  const result: GeneratedFranceServices[] = [];
  for (let attempt = 0; result.length < count && attempt < count * 20; attempt++) {
    const commune = weightedCommune(random);
    if (used.has(commune.code)) continue;
    used.add(commune.code);
    const point = jitter(commune, 800, new Random(hash32(`fs:${commune.code}`)));
    const id = result.length + 1;
    const week = Array.from({ length: 6 }, (_, day) => (day === 5 ? (random.chance(0.3) ? "09:00 - 12:00" : "") : random.pick(HOURS)));
    result.push({
      id,
      name: `France services de ${commune.nom}`,
      commune,
      adresse: `${random.int(1, 60)} ${random.pick(STREET_TYPES)} ${random.pick(STREET_NAMES)}`,
      latitude: point.latitude,
      longitude: point.longitude,
      mail: `france-services.${commune.code}@exemple.fr`,
      telephone: `0${random.int(1, 5)} ${String(random.int(10, 99))} ${String(random.int(10, 99))} ${String(random.int(10, 99))} ${String(random.int(10, 99))}`,
      hours: week as unknown as GeneratedFranceServices["hours"],
      priseRdv: random.chance(0.35),
      type: random.chance(0.05) ? "Antenne" : "Principal",
      format: random.pick(["Fixe", "Fixe", "Fixe", "Fixe", "Multisites", "Bus_équivalent", "Itinérante"]),
    });
  }
  return result;
}
