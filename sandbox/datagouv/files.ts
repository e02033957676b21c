import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import { finessDepartementOf } from "@/lib/geo/commune";
import { projectionForDepartement, wgs84ToProjected } from "@/lib/geo/projection";
import { J55_CATEGORIE_ETABLISSEMENT } from "@/lib/offers/nomenclatures";
import type { GeneratedCatalogue, GeneratedSite } from "@/sandbox/catalogue-generator/generate";
import type { Commune } from "@/sandbox/catalogue-generator/territory";
import type { GeneratedFranceServices } from "@/sandbox/catalogue-generator/other-sources";

/**
 * Writers of the data.gouv.fr files in their published layouts, fed by the
 * generated catalogue: the ANCT France Services list, the FINESS "extraction
 * du fichier des établissements" (etalab flavour) and the CNSA EHPAD prices.
 * They yield lines, so files of any size stream without being held in memory.
 */

const FRANCE_SERVICES_HEADER = [
  "id_fs", "insee_dep", "lib_fs", "adresse", "complement_adresse", "insee_com", "code_postal", "lib_com", "latitude", "longitude", "mail",
  "telephone", "h_lundi", "h_mardi", "h_mercredi", "h_jeudi", "h_vendredi", "h_samedi", "prise_rdv", "commentaire", "type_fs", "format_fs",
  "groupe_fs", "labellisation_fs",
];

function quoted(value: string | number | null): string {
  if (value === null || value === "") return "";
  if (typeof value === "number") return String(value);
  return `"${value.replace(/"/g, '""')}"`;
}

export function* franceServicesCsv(rows: GeneratedFranceServices[]): Iterable<string> {
  yield `${FRANCE_SERVICES_HEADER.map((name) => quoted(name)).join(",")}\n`;
  for (const fs of rows) {
    yield `${[
      quoted(String(fs.id)),
      quoted(fs.commune.departement),
      quoted(fs.name),
      quoted(fs.adresse),
      "",
      quoted(fs.commune.code),
      quoted(fs.commune.codePostal),
      quoted(fs.commune.nom),
      fs.latitude,
      fs.longitude,
      quoted(fs.mail),
      quoted(fs.telephone),
      ...fs.hours.map((hours) => quoted(hours)),
      quoted(fs.priseRdv ? "Oui" : "Non"),
      "",
      quoted(fs.type),
      quoted(fs.format),
      "",
      quoted(`Espace labellisé 01/0${(fs.id % 9) + 1}/2020`),
    ].join(",")}\n`;
  }
}

const STREET_CODES: Readonly<Record<string, string>> = {
  rue: "R", avenue: "AV", place: "PL", chemin: "CHE", "allée": "ALL", boulevard: "BD", impasse: "IMP", route: "RTE",
};

const AGGREGATES: Readonly<Record<string, readonly [string, string]>> = {
  PA: ["4401", "Etab. et Services pour Personnes Agées"],
  PH_ADULTES: ["4301", "Etab. et Services d'Hébergement pour Adultes Handicapés"],
  PH_ENFANTS: ["4101", "Etab. et Services pour l'Enfance Handicapée"],
  DOMICILE: ["4403", "Services de Soins et d'Aide à Domicile"],
  AUTRES: ["4601", "Autres Etablissements Sociaux ou Médico-sociaux"],
  HOPITAL: ["1102", "Centres Hospitaliers"],
};

function aggregateOf(categorie: string): readonly [string, string] {
  if (categorie === "355") return AGGREGATES.HOPITAL as readonly [string, string];
  if (["500", "501", "502", "202", "207", "362", "381"].includes(categorie)) return AGGREGATES.PA as readonly [string, string];
  if (["354", "460", "209", "640"].includes(categorie)) return AGGREGATES.DOMICILE as readonly [string, string];
  if (["182", "183", "186", "188", "189", "190", "192", "194", "195", "196", "377", "390", "396", "402"].includes(categorie)) {
    return AGGREGATES.PH_ENFANTS as readonly [string, string];
  }
  if (["252", "253", "255", "370", "379", "382", "395", "437", "445", "446", "448", "449", "246", "249", "198", "464"].includes(categorie)) {
    return AGGREGATES.PH_ADULTES as readonly [string, string];
  }
  return AGGREGATES.AUTRES as readonly [string, string];
}

let departementNames: Map<string, string> | null = null;
function departementName(code: string): string {
  if (!departementNames) {
    const require = createRequire(import.meta.url);
    const list = JSON.parse(readFileSync(require.resolve("@etalab/decoupage-administratif/data/departements.json"), "utf8")) as Array<{ code: string; nom: string }>;
    departementNames = new Map(list.map((d) => [d.code, d.nom]));
  }
  return departementNames.get(code) ?? code;
}

function upper(value: string): string {
  return value.normalize("NFC").toUpperCase();
}

/** Sites known to FINESS: every site with a catégorie (the PA/PH ones, MDPH, and the hospitals the importer skips). */
export function finessSites(catalogue: GeneratedCatalogue): GeneratedSite[] {
  return catalogue.sites.filter((site) => site.finessEt !== null && site.categorie !== null);
}

export function* finessCsv(catalogue: GeneratedCatalogue, extractionDate: string): Iterable<string> {
  const sites = finessSites(catalogue);
  yield `finess;etalab;100;${extractionDate}\n`;
  for (const site of sites) {
    const categorie = site.categorie as string;
    const { departement, commune } = finessDepartementOf(site.commune.code);
    const [aggregate, aggregateLabel] = aggregateOf(categorie);
    const name = upper(site.name);
    yield `${[
      "structureet",
      site.finessEt,
      site.finessEj,
      name.slice(0, 38),
      name,
      "",
      "",
      String(site.street.number),
      STREET_CODES[site.street.type] ?? upper(site.street.type),
      upper(site.street.name),
      "",
      "",
      commune,
      departement,
      upper(departementName(site.commune.departement)),
      `${site.commune.codePostal} ${upper(site.commune.nom)}`,
      site.phone,
      "",
      categorie,
      J55_CATEGORIE_ETABLISSEMENT.concepts.get(categorie) ?? "Centre Hospitalier (C.H.)",
      aggregate,
      aggregateLabel,
      site.siret ?? "",
      categorie === "355" ? "8610Z" : "8710A",
      "45",
      "ARS / Conseil Départemental tarif global",
      categorie === "355" ? "1" : "0",
      categorie === "355" ? "Etablissement public de santé" : "Non concerné",
      site.dateOuverture,
      site.dateOuverture,
      site.lastUpdated.slice(0, 10),
      "",
    ].join(";")}\n`;
  }
  for (const site of sites) {
    const projection = projectionForDepartement(site.commune.departement);
    const { x, y } = wgs84ToProjected(projection, site);
    yield `geolocalisation;${site.finessEt};${x.toFixed(1)};${y.toFixed(1)};1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,${projection};${site.lastUpdated.slice(0, 10)}\n`;
  }
}

const PRICE_HEADER = [
  "finessEt", "raisonSociale", "prixHebPermCs", "prixHebPermCd", "prixHebPermCsa", "prixHebPermCda", "prixHebTempCs", "prixHebTempCd",
  "prixHebTempCsa", "prixHebTempCda", "TARIF_GIR_12", "TARIF_GIR_34", "TARIF_GIR_56", "DATE_MAJ",
];

function frenchDecimal(value: number | null): string {
  return value === null ? "" : value.toFixed(2).replace(".", ",");
}

export function* prixEhpadCsv(catalogue: GeneratedCatalogue): Iterable<string> {
  yield `${PRICE_HEADER.join(";")}\n`;
  for (const site of catalogue.sites) {
    const prices = site.cnsaPrices;
    if (!prices || !site.finessEt) continue;
    const double = prices.hebergementPermanentJour === null ? null : prices.hebergementPermanentJour - 6;
    yield `${[
      site.finessEt,
      upper(site.name),
      frenchDecimal(prices.hebergementPermanentJour),
      frenchDecimal(double),
      site.habilitationAideSociale ? frenchDecimal(prices.hebergementPermanentJour) : "\\N",
      "\\N",
      frenchDecimal(prices.hebergementTemporaireJour),
      "",
      "\\N",
      "\\N",
      frenchDecimal(prices.tarifGir12Jour),
      frenchDecimal(prices.tarifGir34Jour),
      frenchDecimal(prices.tarifGir56Jour),
      site.lastUpdated.slice(0, 10),
    ].join(";")}\n`;
  }
}

/**
 * La Poste "base officielle des codes postaux" layout, with the sandbox's
 * synthetic commune points: a place index built from it puts each commune
 * where the generated offers of that commune are.
 */
export function* codesPostauxCsv(communes: readonly Commune[]): Iterable<string> {
  yield "Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;coordonnees_gps\n";
  for (const commune of communes) {
    const name = upper(commune.nom.normalize("NFD").replace(/[\u0300-\u036f]/g, "")).replace(/[-']/g, " ");
    for (const codePostal of commune.codesPostaux) {
      yield `${commune.code};${name};${codePostal};;${name};${commune.latitude},${commune.longitude}\n`;
    }
  }
}
