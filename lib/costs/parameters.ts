/**
 * The one dated table of the figures the estimates use. Each value says where it comes from
 * and the day it applies from; `parametersAt(day)` picks the values in force that day, so an
 * estimate can say which year's values it used. Add a row each April (MTP revaluation) and
 * each SMIC change; the ratios only change with a decree.
 */

export type Sourced<T> = { from: string; value: T; source: string };

/** Majoration pour aide constante d'une tierce personne (MTP), € per month. */
export const MTP: Sourced<number>[] = [
  {
    from: "2024-04-01",
    value: 1266.6,
    source:
      "MTP au 1er avril 2024 (revalorisation des pensions d'invalidité, art. L341-6 CSS) ; contrôle : 1,615 × 1 266,60 € = 2 045,56 €, plafond GIR 1 publié par pour-les-personnes-agees.gouv.fr",
  },
  {
    from: "2025-04-01",
    value: 1288.13,
    source:
      "MTP au 1er avril 2025 (revalorisation de 1,7 %) : 1 288,13 € par mois (Assurance maladie, CRAMIF, « Prestations sociales : revalorisation au 1er avril 2025 ») ; contrôle : 2,21 × 1 288,13 € = 2 846,77 € et 3,4 × 1 288,13 € = 4 379,64 €, seuils APA en établissement publiés depuis cette date",
  },
];

/** SMIC horaire brut, € — the APA is not paid below 3 times this amount (CASF D232-31). */
export const SMIC_HORAIRE_BRUT: Sourced<number>[] = [
  { from: "2024-01-01", value: 11.65, source: "Décret du 20 décembre 2023 portant relèvement du SMIC : 11,65 € de l'heure au 1er janvier 2024" },
  { from: "2024-11-01", value: 11.88, source: "Décret du 23 octobre 2024 portant relèvement du SMIC : 11,88 € de l'heure au 1er novembre 2024" },
  { from: "2026-01-01", value: 12.02, source: "Décret n° 2025-1228 du 17 décembre 2025 portant relèvement du salaire minimum de croissance : 12,02 € de l'heure au 1er janvier 2026" },
];

/** Ratios fixed by the CASF; they do not change with the yearly revaluations. */
export const RATIOS = {
  etablissement: {
    lowerThreshold: { value: 2.21, source: "CASF art. R232-19 : ressources jusqu'à 2,21 MTP, participation = tarif GIR 5-6" },
    upperThreshold: { value: 3.4, source: "CASF art. R232-19 : au-delà de 3,4 MTP, participation = tarif GIR 5-6 + 80 % de l'écart" },
    maxShareOfGap: { value: 0.8, source: "CASF art. R232-19 : la participation prend au plus 80 % de l'écart entre le tarif du GIR et le tarif GIR 5-6" },
    coupleDivisor: { value: 2, source: "CASF art. R232-19 (OpenFisca : apa_institution.division_ressources_menage_couples = 2)" },
    keptShare: { value: 0.1, source: "CASF art. R232-19 (OpenFisca : apa_institution.taux_reste_a_vivre = 0,1) : la participation laisse au moins 10 % des ressources" },
  },
  domicile: {
    noParticipationBelow: { value: 0.725, source: "CASF art. R232-11 (formule du décret n° 2016-210 du 26 février 2016) : pas de participation jusqu'à 0,725 MTP" },
    fullRateAbove: { value: 2.67, source: "CASF art. R232-11 : participation au taux de 90 % au-delà de 2,67 MTP (0,725 + 1,945)" },
    maxRate: { value: 0.9, source: "CASF art. R232-11 : taux de participation maximum de 90 %" },
    firstSplit: { value: 0.317, source: "CASF art. R232-11 : première tranche du plan jusqu'à 0,317 MTP" },
    secondSplit: { value: 0.498, source: "CASF art. R232-11 : deuxième tranche du plan de 0,317 à 0,498 MTP" },
    coupleDivisor: { value: 1.7, source: "CASF art. R232-11 (OpenFisca : apa_domicile.division_ressources_menage_couples = 1,7)" },
    planCaps: {
      value: { 1: 1.615, 2: 1.306, 3: 0.944, 4: 0.63 } as Record<1 | 2 | 3 | 4, number>,
      source:
        "Plafonds du plan d'aide en part de la MTP (CASF art. R232-10, valeurs du 1er janvier 2022 : 1,615 / 1,306 / 0,944 / 0,630) ; contrôle : 1,306 × 1 266,60 € = 1 654,18 €, plafond GIR 2 publié",
    },
  },
  nonPaymentSmicHours: { value: 3, source: "CASF art. D232-31 : l'APA n'est pas versée en dessous de 3 fois le SMIC horaire brut" },
  taxReduction: {
    rate: { value: 0.25, source: "CGI art. 199 quindecies : réduction d'impôt de 25 % des dépenses de dépendance et d'hébergement" },
    yearlyCap: { value: 10_000, source: "CGI art. 199 quindecies : dépenses retenues dans la limite de 10 000 € par an et par personne hébergée" },
  },
} as const;

export type CostParameters = {
  /** The day the newest of the dated values applies from (ISO date): what "values of …" means. */
  appliesFrom: string;
  /**
   * The 1 April revaluation of the MTP that is in force on the day asked for but not in the table
   * yet (ISO date), or null: the estimate then says its figures may be slightly off.
   */
  missingMtpRevaluation: string | null;
  mtp: Sourced<number>;
  smicHoraireBrut: Sourced<number>;
};

/** The MTP is revalued each 1 April (CSS L341-6, L161-25): the first one after `from` that `day` has reached. */
function missingRevaluation(from: string, day: string): string | null {
  const [, year, monthDay] = /^(\d{4})-(\d{2}-\d{2})$/.exec(from) ?? [];
  if (!year || !monthDay) return null;
  const next = `${Number(year) + (monthDay >= "04-01" ? 1 : 0)}-04-01`;
  return day >= next ? next : null;
}

function valueAt<T>(history: Sourced<T>[], day: string): Sourced<T> {
  const applicable = history.filter((entry) => entry.from <= day);
  // Before the first row we still answer, with the oldest values: the page says which ones.
  return applicable.at(-1) ?? (history[0] as Sourced<T>);
}

/** The values in force on `day` (default: today, in UTC). */
export function parametersAt(day: string | Date = new Date()): CostParameters {
  const iso = typeof day === "string" ? day.slice(0, 10) : day.toISOString().slice(0, 10);
  const mtp = valueAt(MTP, iso);
  const smicHoraireBrut = valueAt(SMIC_HORAIRE_BRUT, iso);
  return { appliesFrom: mtp.from > smicHoraireBrut.from ? mtp.from : smicHoraireBrut.from, missingMtpRevaluation: missingRevaluation(mtp.from, iso), mtp, smicHoraireBrut };
}
