import { createHash } from "node:crypto";

import { SANDBOX_SUBS } from "../identity-provider/people";
import { requestAccess } from "../partner-kit/request-access";

// Demo admission requests (demandes d'admission) held by the ViaTrajectoire
// stand-in. Statuses use the ANS nomenclature TRE_R357 "Statut de la personne
// prise en charge" (codes of the JDV_J252 value set for ESMS); establishments
// are invented. A later issue exposes the same records through a JSON API and
// webhooks, so pages only read them through the functions below.

export const TRE_R357_SYSTEM = "https://mos.esante.gouv.fr/NOS/TRE_R357-StatutPersonnePriseCharge/FHIR/TRE-R357-StatutPersonnePriseCharge";

export type StatusTone = "info" | "success" | "warning" | "error";

interface StatusDefinition {
  /** Official TRE_R357 display. */
  label: string;
  /** Plain-language French label for the person. */
  plainLabel: string;
  tone: StatusTone;
}

export const TRE_R357 = {
  "39": { label: "Notification envoyée", plainLabel: "Demande envoyée à l’établissement", tone: "info" },
  "40": { label: "Notification lue", plainLabel: "Demande lue par l’établissement", tone: "info" },
  "41": { label: "Contact effectué", plainLabel: "L’établissement vous a contacté·e", tone: "info" },
  "42": { label: "Liste d'attente. En cours d'analyse, demande d'admission reçue dans l'ESMS", plainLabel: "Demande en cours d’examen", tone: "info" },
  "45": { label: "Admission impossible signalée", plainLabel: "Admission impossible (en cours de confirmation)", tone: "warning" },
  "46": { label: "Admission impossible entérinée", plainLabel: "Admission impossible", tone: "error" },
  "47": { label: "Usager entré", plainLabel: "Entrée dans l’établissement", tone: "success" },
  "71": { label: "Liste d'attente. Admis dans l'ESMS", plainLabel: "Admission acceptée", tone: "success" },
  "72": { label: "Liste d'attente. Admissible dans l'ESMS", plainLabel: "Inscrit·e sur liste d’attente", tone: "info" },
  "180": { label: "Retiré de la liste d'attente ou accompagnement annulé", plainLabel: "Demande retirée", tone: "warning" },
} as const satisfies Record<string, StatusDefinition>;

export type StatusCode = keyof typeof TRE_R357;

export interface AdmissionStatus {
  system: typeof TRE_R357_SYSTEM;
  code: StatusCode;
  label: string;
  plainLabel: string;
  tone: StatusTone;
}

export function statusOf(code: StatusCode): AdmissionStatus {
  return { system: TRE_R357_SYSTEM, code, ...TRE_R357[code] };
}

/** FINESS category of the establishment (catégorie d'établissement). */
export const CATEGORIES = {
  "500": { label: "Établissement d’hébergement pour personnes âgées dépendantes", acronym: "EHPAD" },
  "437": { label: "Foyer d’accueil médicalisé pour adultes handicapés", acronym: "FAM" },
  "255": { label: "Maison d’accueil spécialisée", acronym: "MAS" },
  "445": { label: "Service d’accompagnement médico-social pour adultes handicapés", acronym: "SAMSAH" },
} as const;

export type CategoryCode = keyof typeof CATEGORIES;

export interface Establishment {
  /** Invented FINESS-like number: these establishments do not exist. */
  finess: string;
  name: string;
  categoryCode: CategoryCode;
  categoryLabel: string;
  categoryAcronym: string;
  postalCode: string;
  city: string;
}

export type Sector = "personnes-agees" | "personnes-handicapees";

export interface HistoryEntry {
  /** YYYY-MM-DD. */
  date: string;
  status: AdmissionStatus;
  comment?: string;
}

export interface AdmissionRequest {
  /** ViaTrajectoire request number, used in URLs. */
  id: string;
  /** The person the request is for (FranceConnect sub). */
  personSub: string;
  /** Aidants allowed to follow the request. */
  aidantSubs: readonly string[];
  title: string;
  sector: Sector;
  /** e.g. "Hébergement permanent". */
  accommodation: string;
  establishment: Establishment;
  status: AdmissionStatus;
  createdAt: string;
  updatedAt: string;
  /** Oldest first; the last entry is the current status. */
  history: readonly HistoryEntry[];
}

function establishment(finess: string, name: string, categoryCode: CategoryCode, postalCode: string, city: string): Establishment {
  const category = CATEGORIES[categoryCode];
  return { finess, name, categoryCode, categoryLabel: category.label, categoryAcronym: category.acronym, postalCode, city };
}

interface RequestSeed {
  id: string;
  personSub: string;
  aidantSubs?: readonly string[];
  sector: Sector;
  accommodation: string;
  establishment: Establishment;
  history: readonly { date: string; code: StatusCode; comment?: string }[];
}

function buildRequest(seed: RequestSeed): AdmissionRequest {
  const history = seed.history.map(({ date, code, comment }) => ({ date, status: statusOf(code), ...(comment ? { comment } : {}) }));
  const first = history[0];
  const last = history[history.length - 1];
  if (!first || !last) throw new Error(`request ${seed.id} needs a history`);
  return {
    id: seed.id,
    personSub: seed.personSub,
    aidantSubs: seed.aidantSubs ?? [],
    title: `Demande d’admission en ${seed.establishment.categoryAcronym} — ${seed.establishment.name}`,
    sector: seed.sector,
    accommodation: seed.accommodation,
    establishment: seed.establishment,
    status: last.status,
    createdAt: first.date,
    updatedAt: last.date,
    history,
  };
}

const JEANNE = SANDBOX_SUBS.jeanneMartin;
const KARIM = SANDBOX_SUBS.karimBenali;
const SOPHIE = SANDBOX_SUBS.sophieMartin;

export const ADMISSION_REQUESTS: readonly AdmissionRequest[] = [
  buildRequest({
    id: "VT-2026-004211",
    personSub: JEANNE,
    aidantSubs: [SOPHIE],
    sector: "personnes-agees",
    accommodation: "Hébergement permanent",
    establishment: establishment("690999101", "Résidence Les Tilleuls", "500", "69100", "Villeurbanne"),
    history: [
      { date: "2026-09-02", code: "39" },
      { date: "2026-09-04", code: "40" },
      { date: "2026-09-18", code: "42" },
      { date: "2026-10-14", code: "72", comment: "Dossier complet. Une place en unité de vie classique pourrait se libérer d’ici trois mois." },
    ],
  }),
  buildRequest({
    id: "VT-2026-004212",
    personSub: JEANNE,
    aidantSubs: [SOPHIE],
    sector: "personnes-agees",
    accommodation: "Hébergement permanent",
    establishment: establishment("690999102", "Maison de retraite Le Clos Fleuri", "500", "69003", "Lyon"),
    history: [
      { date: "2026-09-02", code: "39" },
      { date: "2026-09-10", code: "40" },
      { date: "2026-11-03", code: "42", comment: "Visite de préadmission proposée le 2 décembre à 14 h." },
    ],
  }),
  buildRequest({
    id: "VT-2026-004213",
    personSub: JEANNE,
    aidantSubs: [SOPHIE],
    sector: "personnes-agees",
    accommodation: "Hébergement temporaire",
    establishment: establishment("690999103", "EHPAD Les Balcons du Rhône", "500", "69300", "Caluire-et-Cuire"),
    history: [
      { date: "2026-08-20", code: "39" },
      { date: "2026-08-22", code: "40" },
      { date: "2026-09-01", code: "45", comment: "Aucune place d’hébergement temporaire disponible avant 2027." },
      { date: "2026-09-08", code: "46" },
    ],
  }),
  buildRequest({
    id: "VT-2026-007801",
    personSub: KARIM,
    sector: "personnes-handicapees",
    accommodation: "Accueil de jour",
    establishment: establishment("130999201", "Foyer Les Calanques", "437", "13015", "Marseille"),
    history: [
      { date: "2026-10-01", code: "39" },
      { date: "2026-10-06", code: "40" },
      { date: "2026-11-12", code: "41", comment: "Entretien téléphonique réalisé ; rencontre sur place à programmer." },
    ],
  }),
  buildRequest({
    id: "VT-2025-012990",
    personSub: KARIM,
    sector: "personnes-handicapees",
    accommodation: "Accompagnement à domicile",
    establishment: establishment("130999202", "SAMSAH Phocéen", "445", "13008", "Marseille"),
    history: [
      { date: "2025-11-05", code: "39" },
      { date: "2025-11-07", code: "40" },
      { date: "2025-12-15", code: "71" },
      { date: "2026-01-12", code: "47" },
    ],
  }),
];

// Any other sub (e.g. a FranceConnect integration test user) gets one stable,
// generated request, so the stand-in never looks broken.
function generatedRequests(sub: string): AdmissionRequest[] {
  const digest = createHash("sha256").update(`via-trajectoire:${sub}`).digest();
  const number = String(digest.readUInt32BE(0) % 1_000_000).padStart(6, "0");
  const elderly = (digest[4] ?? 0) % 2 === 0;
  return [
    buildRequest({
      id: `VT-2026-${number}`,
      personSub: sub,
      sector: elderly ? "personnes-agees" : "personnes-handicapees",
      accommodation: "Hébergement permanent",
      establishment: elderly
        ? establishment("750999301", "Résidence Les Glycines", "500", "75012", "Paris")
        : establishment("750999302", "Maison d’accueil spécialisée Les Peupliers", "255", "75020", "Paris"),
      history: [
        { date: "2026-10-05", code: "39" },
        { date: "2026-10-09", code: "40" },
        { date: "2026-10-30", code: "42" },
      ],
    }),
  ];
}

const access = requestAccess(ADMISSION_REQUESTS, generatedRequests);

/** Requests of the person, and those of the people they help as an aidant. Newest activity first. */
export const admissionRequestsFor: (sub: string) => { own: AdmissionRequest[]; asAidant: AdmissionRequest[] } = access.requestsFor;

/** A request the person may see (their own or as an aidant), or undefined. */
export const findAdmissionRequest: (id: string, sub: string) => AdmissionRequest | undefined = access.find;
