import { GENERATED_DEPARTEMENTS, jitter, mainCommune, territory, weightedCommune, type Commune } from "./territory";
import { Random, hash32 } from "./prng";
import { PLACE_NAMES, SITE_TEMPLATES, STREET_NAMES, STREET_TYPES, type HoursPattern, type SiteTemplate } from "./templates";

/**
 * The sandbox's demo catalogue: sites (entités géographiques) and their offers,
 * generated deterministically from a seed. The ROR, Ma Boussole Aidants and
 * data.gouv sandboxes all derive their answers from it, so the same EHPAD
 * shows up in the ROR, the FINESS file and the CNSA prices.
 */

export type SitePrices = {
  hebergementPermanentJour: number | null;
  hebergementTemporaireJour: number | null;
  tarifGir12Jour: number | null;
  tarifGir34Jour: number | null;
  tarifGir56Jour: number | null;
  accueilDeJourJour: number | null;
  forfaitMensuel: number | null;
};

export type GeneratedSite = {
  index: number;
  /** ROR Organization id of the EG. */
  rorId: string;
  kind: string;
  categorie: string | null;
  finessEt: string | null;
  finessEj: string | null;
  siret: string | null;
  name: string;
  commune: Commune;
  street: { number: number; type: string; name: string };
  latitude: number;
  longitude: number;
  phone: string;
  email: string;
  website: string | null;
  habilitationAideSociale: boolean | null;
  /** Prices declared in the ROR (null: none declared there). */
  rorPrices: SitePrices | null;
  /** Prices published by the CNSA (EHPAD only). */
  cnsaPrices: SitePrices | null;
  /** Accessibility (JDV_J50 code). */
  accessibility: string;
  /** Listed in the ROR (false: only in the FINESS file, e.g. MDPH). */
  inRor: boolean;
  lastUpdated: string;
  createdAt: string;
  dateOuverture: string;
};

export type GeneratedOffer = {
  index: number;
  /** ROR HealthcareService id. */
  rorId: string;
  siteIndex: number;
  typeOffre: string;
  name: string;
  modes: readonly string[];
  temporalites: readonly string[];
  publics: readonly string[];
  ageMin: number;
  ageMax: number;
  capacity: number | null;
  hours: HoursPattern;
  lastUpdated: string;
  active: boolean;
};

export type GeneratedCatalogue = { seed: number; sites: GeneratedSite[]; offers: GeneratedOffer[] };

export type GenerateOptions = {
  /** Target number of ROR offers (HealthcareService). */
  offers?: number;
  seed?: number;
};

export const DEFAULT_OFFERS = 5_000;
export const DEFAULT_SEED = 20_240_801;

const EPOCH = Date.UTC(2023, 0, 1);
const DAY = 86_400_000;

export function generateCatalogue(options: GenerateOptions = {}): GeneratedCatalogue {
  const target = options.offers ?? DEFAULT_OFFERS;
  const seed = options.seed ?? DEFAULT_SEED;
  const random = new Random(seed);
  const sites: GeneratedSite[] = [];
  const offers: GeneratedOffer[] = [];
  const totalWeight = SITE_TEMPLATES.reduce((sum, template) => sum + template.weight, 0);
  const counters = new Map<string, number>();

  // Every département first (a site of a varying kind each), then by population.
  let departementIndex = 0;
  while (offers.length < target) {
    const template = pickTemplate(random, totalWeight, sites.length);
    const commune =
      departementIndex < GENERATED_DEPARTEMENTS.length
        ? mainCommune(GENERATED_DEPARTEMENTS[departementIndex++] as string)
        : weightedCommune(random);
    const site = makeSite(sites.length, template, commune, random, counters, true);
    sites.push(site);
    for (const offerTemplate of template.offers) {
      if (offers.length >= target) break;
      // The first site of each kind carries all its optional offers, so every type d'offre exists.
      const always = offerTemplate === template.offers[0] || sites.length <= SITE_TEMPLATES.length;
      if (!always && !random.chance(offerTemplate.probability)) continue;
      const [minCapacity, maxCapacity] = offerTemplate.capacity ?? [0, 0];
      const updated = EPOCH + random.int(0, 900) * DAY + random.int(0, DAY - 1);
      offers.push({
        index: offers.length,
        rorId: String(1_000_000 + offers.length),
        siteIndex: site.index,
        typeOffre: offerTemplate.typeOffre,
        name: `${offerTemplate.label} – ${site.name}`,
        modes: offerTemplate.modes,
        temporalites: offerTemplate.temporalites,
        publics: offerTemplate.publics,
        ageMin: offerTemplate.ages[0],
        ageMax: offerTemplate.ages[1],
        capacity: offerTemplate.capacity ? random.int(minCapacity, maxCapacity) : null,
        hours: offerTemplate.hours,
        lastUpdated: new Date(updated).toISOString(),
        active: true,
      });
    }
  }

  // Known to FINESS only: one MDPH per département and a few establishments the ROR does not describe yet.
  const mdph: SiteTemplate = { kind: "mdph", weight: 0, categorie: "609", prefixes: ["MDPH"], offers: [], prices: null, aideSociale: 0 };
  for (const departement of GENERATED_DEPARTEMENTS) {
    const site = makeSite(sites.length, mdph, mainCommune(departement), random, counters, false);
    site.name = `Maison départementale des personnes handicapées – ${site.commune.nom}`;
    sites.push(site);
  }
  const finessOnly = SITE_TEMPLATES.filter((template) => template.categorie && template.kind !== "hopital");
  const extra = Math.max(5, Math.round(target / 200));
  for (let i = 0; i < extra; i++) {
    sites.push(makeSite(sites.length, random.pick(finessOnly), weightedCommune(random), random, counters, false));
  }
  return { seed, sites, offers };
}

function pickTemplate(random: Random, totalWeight: number, index: number): SiteTemplate {
  // The first sites cycle through every template so small catalogues still cover all types.
  if (index < SITE_TEMPLATES.length) return SITE_TEMPLATES[index] as SiteTemplate;
  let target = random.next() * totalWeight;
  for (const template of SITE_TEMPLATES) {
    target -= template.weight;
    if (target <= 0) return template;
  }
  return SITE_TEMPLATES[0] as SiteTemplate;
}

function makeSite(
  index: number,
  template: SiteTemplate,
  commune: Commune,
  random: Random,
  counters: Map<string, number>,
  inRor: boolean,
): GeneratedSite {
  const place = random.pick(PLACE_NAMES);
  const prefix = random.pick(template.prefixes);
  const name = random.chance(0.3) ? `${prefix} ${place} de ${commune.nom}` : `${prefix} ${place}`;
  const point = jitter(commune, 1_500, new Random(hash32(`${commune.code}:${index}`)));
  const count = (counters.get(commune.departement) ?? 0) + 1;
  counters.set(commune.departement, count);
  const finessPrefix = finessDepartementPrefix(commune.departement);
  const hasFiness = template.categorie !== null;
  const rorPrices = template.prices ? pricesFor(template.prices, random) : null;
  const updated = EPOCH + random.int(0, 900) * DAY;
  const slug = place
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "-")
    .replace(/^-|-$/g, "");
  return {
    index,
    rorId: String(2_000_000 + index),
    kind: template.kind,
    categorie: template.categorie,
    finessEt: hasFiness ? `${finessPrefix}${String(count).padStart(6, "0")}` : null,
    finessEj: hasFiness ? `${finessPrefix.slice(0, -1)}9${String(count).padStart(6, "0")}` : null,
    siret: random.chance(0.7) || !hasFiness ? `${random.int(100_000_000, 999_999_999)}${String(random.int(1, 99_999)).padStart(5, "0")}` : null,
    name,
    commune,
    street: { number: random.int(1, 120), type: random.pick(STREET_TYPES), name: random.pick(STREET_NAMES) },
    latitude: point.latitude,
    longitude: point.longitude,
    phone: phoneFor(commune.departement, random),
    email: `contact@${slug}-${index}.exemple.fr`,
    website: random.chance(0.6) ? `https://www.${slug}-${index}.exemple.fr` : null,
    habilitationAideSociale: template.aideSociale > 0 ? random.chance(template.aideSociale) : null,
    // One EHPAD in ten has not filled in its prices in the ROR; the CNSA publication still has them.
    rorPrices: template.prices === "ehpad" && random.chance(0.1) ? null : rorPrices,
    cnsaPrices: template.categorie === "500" ? (rorPrices ?? pricesFor("ehpad", random)) : null,
    accessibility: random.pick(["1", "1", "1", "3", "5", "6"]),
    inRor,
    lastUpdated: new Date(updated).toISOString(),
    createdAt: new Date(EPOCH - random.int(0, 3_000) * DAY).toISOString(),
    dateOuverture: new Date(Date.UTC(1970 + random.int(0, 50), random.int(0, 11), random.int(1, 28))).toISOString().slice(0, 10),
  };
}

function pricesFor(kind: "ehpad" | "residence", random: Random): SitePrices {
  if (kind === "residence") {
    return {
      hebergementPermanentJour: null,
      hebergementTemporaireJour: null,
      tarifGir12Jour: null,
      tarifGir34Jour: null,
      tarifGir56Jour: null,
      accueilDeJourJour: null,
      forfaitMensuel: random.float(600, 1_300),
    };
  }
  const permanent = random.float(55, 95);
  return {
    hebergementPermanentJour: permanent,
    hebergementTemporaireJour: Math.round((permanent + random.float(0, 10)) * 100) / 100,
    tarifGir12Jour: random.float(18, 28),
    tarifGir34Jour: random.float(12, 18),
    tarifGir56Jour: random.float(5, 7.5),
    accueilDeJourJour: random.float(30, 60),
    forfaitMensuel: null,
  };
}

/** FINESS numbers start with the département: "45", "2A", "974"… then digits (9 characters in all). */
function finessDepartementPrefix(departement: string): string {
  if (departement.length === 3) return departement;
  return `${departement}0`;
}

const AREA_CODES: Readonly<Record<string, string>> = { "971": "0590", "972": "0596", "973": "0594", "974": "0262", "976": "0269" };

function phoneFor(departement: string, random: Random): string {
  const area = AREA_CODES[departement];
  if (area) return `${area}${String(random.int(0, 999_999)).padStart(6, "0")}`;
  const zone = ["75", "77", "78", "91", "92", "93", "94", "95"].includes(departement)
    ? "01"
    : ["02", "08", "10", "14", "22", "27", "29", "35", "37", "41", "44", "45", "49", "50", "51", "53", "56", "59", "60", "61", "62", "72", "76", "80", "85"].includes(departement)
      ? random.pick(["02", "03"])
      : random.pick(["03", "04", "05"]);
  return `${zone}${String(random.int(0, 99_999_999)).padStart(8, "0")}`;
}

/** Every commune of the generated territory (for the other generated files). */
export function generatedCommunes(): Commune[] {
  return territory().communes;
}
