import { createHash } from "node:crypto";

import { SANDBOX_SUBS } from "../identity-provider/people";
import { addMonths, demoClock, type DemoClock } from "../partner-kit/demo-clock";
import { ControlError, RequestStore, type Advanced } from "../partner-kit/requests-store";

// Demo admission requests (demandes d'admission) held by the ViaTrajectoire
// stand-in, in the wire format of ADR 0006 (plus the partner's own aidant
// list), and the CDAPH orientation decisions it knows for disabled people.
// Statuses use the ANS nomenclature TRE_R357 "Statut de la personne prise en
// charge". Establishments are those of the sandbox catalogue generator
// (same FINESS ET, name, category and commune; a test checks them), so the
// portal finds the offer behind each request. Dates are relative to the
// current day; each server owns a mutable store.

export const TRE_R357_SYSTEM = "https://mos.esante.gouv.fr/NOS/TRE_R357-StatutPersonnePriseCharge/FHIR/TRE-R357-StatutPersonnePriseCharge";

export type StatusTone = "info" | "success" | "warning" | "error";

interface StatusDefinition {
  /** Official TRE_R357 display. */
  label: string;
  /** Plain-language French label for the person. */
  plainLabel: string;
  tone: StatusTone;
  /** What comes next, for `prochaineEtape` (null: nothing more happens). */
  next: string | null;
}

export const TRE_R357 = {
  "39": { label: "Notification envoyée", plainLabel: "Demande envoyée à l’établissement", tone: "info", next: "Lecture de la demande par l’établissement" },
  "40": { label: "Notification lue", plainLabel: "Demande lue par l’établissement", tone: "info", next: "Prise de contact par l’établissement" },
  "41": { label: "Contact effectué", plainLabel: "L’établissement vous a contacté·e", tone: "info", next: "Étude du dossier d’admission" },
  "42": { label: "Liste d'attente. En cours d'analyse, demande d'admission reçue dans l'ESMS", plainLabel: "Demande en cours d’examen", tone: "info", next: "Réponse de l’établissement sur l’admission" },
  "43": { label: "Période d'essai en cours dans l'ESMS", plainLabel: "Période d’essai en cours", tone: "info", next: "Bilan de la période d’essai" },
  "44": { label: "Période d'essai non concluante dans l'ESMS", plainLabel: "Période d’essai non concluante", tone: "warning", next: null },
  "45": { label: "Admission impossible signalée", plainLabel: "Admission impossible (en cours de confirmation)", tone: "warning", next: "Confirmation par la MDPH" },
  "46": { label: "Admission impossible entérinée", plainLabel: "Admission impossible", tone: "error", next: null },
  "47": { label: "Usager entré", plainLabel: "Entrée dans l’établissement", tone: "success", next: null },
  "48": { label: "Usager sorti", plainLabel: "Sortie de l’établissement", tone: "info", next: null },
  "71": { label: "Liste d'attente. Admis dans l'ESMS", plainLabel: "Admission proposée : à confirmer", tone: "success", next: "Confirmation de l’admission auprès de l’établissement" },
  "72": { label: "Liste d'attente. Admissible dans l'ESMS", plainLabel: "Inscrit·e sur liste d’attente", tone: "info", next: "Proposition d’admission quand une place se libère" },
  "180": { label: "Retiré de la liste d'attente ou accompagnement annulé", plainLabel: "Demande retirée", tone: "warning", next: null },
} as const satisfies Record<string, StatusDefinition>;

export type StatusCode = keyof typeof TRE_R357;

export function isStatusCode(code: string): code is StatusCode {
  return Object.hasOwn(TRE_R357, code);
}

/** The natural next status ("avancer" without a code). */
export const NEXT_STATUS: Partial<Record<StatusCode, StatusCode>> = {
  "39": "40",
  "40": "41",
  "41": "42",
  "42": "72",
  "72": "71",
  "71": "47",
  "43": "47",
  "45": "46",
  "47": "48",
};

/** Days the person has to confirm a proposed admission (status 71). */
const CONFIRMATION_DAYS = 14;

/** FINESS category (catégorie d'établissement) of the establishments used here. */
export const CATEGORIES = {
  "500": { libelle: "Établissement d’hébergement pour personnes âgées dépendantes", sigle: "EHPAD" },
  "437": { libelle: "Foyer d’accueil médicalisé pour adultes handicapés", sigle: "FAM" },
  "255": { libelle: "Maison d’accueil spécialisée", sigle: "MAS" },
  "446": { libelle: "Service d’accompagnement à la vie sociale", sigle: "SAVS" },
} as const;

export type CategoryCode = keyof typeof CATEGORIES;

export type Secteur = "personnes-agees" | "personnes-handicapees";

export interface Etablissement {
  /** FINESS ET number, the key the portal links requests to catalogue offers with. */
  finess: string;
  nom: string;
  categorie: { code: CategoryCode; libelle: string };
  codePostal: string;
  commune: string;
}

/** A request as ADR 0006 puts it on the wire. */
export interface ViaTrajectoireDemande {
  partenaire: "via-trajectoire";
  id: string;
  personneSub: string;
  titre: string;
  secteur: Secteur;
  accueil: string;
  etablissement: Etablissement;
  statut: { system: typeof TRE_R357_SYSTEM; code: StatusCode; display: string };
  historique: { date: string; statut: { code: StatusCode; display: string }; commentaire?: string }[];
  prochaineEtape: { libelle: string; dateEstimee: string | null } | null;
  reponseAttendueAvant: string | null;
  misAJourLe: string;
  lien: string;
}

/** A CDAPH orientation decision (PH), as ADR 0006 puts it on the wire. */
export interface Orientation {
  id: string;
  personneSub: string;
  libelle: string;
  categorieCible: { code: CategoryCode; libelle: string };
  dateDecision: string;
  finValidite: string;
}

/** What the stand-in stores: the wire record without its link, plus its own list of aidants. */
export type AdmissionRequest = Omit<ViaTrajectoireDemande, "lien"> & { aidantSubs: readonly string[] };

export function toWire(request: AdmissionRequest, baseUrl: string): ViaTrajectoireDemande {
  const { aidantSubs: _aidants, ...demande } = request;
  return { ...demande, lien: `${baseUrl}/demandes/${encodeURIComponent(request.id)}` };
}

function establishment(finess: string, nom: string, code: CategoryCode, codePostal: string, commune: string): Etablissement {
  return { finess, nom, categorie: { code, libelle: CATEGORIES[code].libelle }, codePostal, commune };
}

/**
 * Sites of the sandbox catalogue (sandbox/catalogue-generator, default seed),
 * all among the first 600 offers so that even a small test catalogue holds them.
 */
export const ESTABLISHMENTS = {
  lyonAcacias: establishment("690000001", "Résidence Les Acacias", "500", "69001", "Lyon"),
  vaulxPeupliers: establishment("690000008", "EHPAD Les Peupliers", "500", "69120", "Vaulx-en-Velin"),
  saintGeorgesVerger: establishment("690000002", "Maison de retraite Le Verger", "500", "69830", "Saint-Georges-de-Reneins"),
  marseillePinede: establishment("130000001", "Foyer d'accueil médicalisé La Pinède", "437", "13001", "Marseille"),
  marseilleCamelias: establishment("130000004", "Foyer d'accueil médicalisé Les Camélias", "437", "13001", "Marseille"),
  lilleEscale: establishment("590000001", "Résidence L'Escale de Lille", "500", "59000", "Lille"),
  lilleMimosas: establishment("590000007", "Résidence Les Mimosas de Lille", "500", "59000", "Lille"),
  strasbourgBergerie: establishment("670000001", "SAVS La Bergerie", "446", "67000", "Strasbourg"),
  marckolsheimPasserelle: establishment("670000002", "Maison d'accueil spécialisée La Passerelle de Marckolsheim", "255", "67390", "Marckolsheim"),
  saintGelyHortensias: establishment("340000002", "Résidence Les Hortensias", "500", "34980", "Saint-Gély-du-Fesc"),
  balarucFontaine: establishment("340000003", "EHPAD La Fontaine", "500", "34540", "Balaruc-les-Bains"),
  charentonCoquelicots: establishment("940000004", "EHPAD Les Coquelicots", "500", "94220", "Charenton-le-Pont"),
  boulogneNoisetiers: establishment("920000001", "Foyer d'accueil médicalisé Les Noisetiers", "437", "92100", "Boulogne-Billancourt"),
} as const satisfies Record<string, Etablissement>;

function statusOnWire(code: StatusCode) {
  return { code, display: TRE_R357[code].label };
}

/** What comes next after `code`, with the confirmation deadline for a proposed admission. */
function nextStepFor(code: StatusCode, clock: DemoClock, reponseAttendueAvant: string | null): AdmissionRequest["prochaineEtape"] {
  const libelle = TRE_R357[code].next;
  if (libelle === null) return null;
  if (code === "71") return { libelle, dateEstimee: reponseAttendueAvant };
  if (code === "72") return { libelle, dateEstimee: clock.day(60) };
  return { libelle, dateEstimee: null };
}

interface RequestSeed {
  id: string;
  personneSub: string;
  aidantSubs?: readonly string[];
  accueil: string;
  etablissement: Etablissement;
  /** Oldest first; `days` from today. The last entry is the current status. */
  historique: readonly { days: number; code: StatusCode; commentaire?: string }[];
  /** For status 71: days left to confirm. */
  reponseDans?: number;
}

function buildRequest(seed: RequestSeed, clock: DemoClock): AdmissionRequest {
  const historique = seed.historique.map(({ days, code, commentaire }, index) => ({
    date: clock.instant(days, 10, index),
    statut: statusOnWire(code),
    ...(commentaire ? { commentaire } : {}),
  }));
  const last = seed.historique.at(-1);
  const lastEntry = historique.at(-1);
  if (!last || !lastEntry) throw new Error(`request ${seed.id} needs a history`);
  const reponseAttendueAvant = last.code === "71" ? clock.day(seed.reponseDans ?? CONFIRMATION_DAYS) : null;
  return {
    partenaire: "via-trajectoire",
    id: seed.id,
    personneSub: seed.personneSub,
    aidantSubs: seed.aidantSubs ?? [],
    titre: `Demande d’admission en ${CATEGORIES[seed.etablissement.categorie.code].sigle} — ${seed.etablissement.nom}`,
    secteur: seed.etablissement.categorie.code === "500" ? "personnes-agees" : "personnes-handicapees",
    accueil: seed.accueil,
    etablissement: seed.etablissement,
    statut: { system: TRE_R357_SYSTEM, ...statusOnWire(last.code) },
    historique,
    prochaineEtape: nextStepFor(last.code, clock, reponseAttendueAvant),
    reponseAttendueAvant,
    misAJourLe: lastEntry.date,
  };
}

const S = SANDBOX_SUBS;
const E = ESTABLISHMENTS;

/** The demo requests, dated relative to the clock's current day. */
export function demoAdmissionRequests(clock: DemoClock): AdmissionRequest[] {
  const seeds: RequestSeed[] = [
    {
      id: "VT-2026-004211",
      personneSub: S.jeanneMartin,
      aidantSubs: [S.sophieMartin],
      accueil: "Hébergement permanent",
      etablissement: E.lyonAcacias,
      historique: [
        { days: -90, code: "39" },
        { days: -88, code: "40" },
        { days: -74, code: "42" },
        { days: -48, code: "72", commentaire: "Dossier complet. Une place en unité de vie classique pourrait se libérer d’ici trois mois." },
      ],
    },
    {
      id: "VT-2026-004212",
      personneSub: S.jeanneMartin,
      aidantSubs: [S.sophieMartin],
      accueil: "Hébergement permanent",
      etablissement: E.vaulxPeupliers,
      historique: [
        { days: -90, code: "39" },
        { days: -82, code: "40" },
        { days: -28, code: "42", commentaire: "Visite de préadmission effectuée." },
        { days: -2, code: "71", commentaire: "Une chambre se libère : l’établissement vous propose une admission. Merci de confirmer votre réponse." },
      ],
      reponseDans: 12,
    },
    {
      id: "VT-2026-004213",
      personneSub: S.jeanneMartin,
      aidantSubs: [S.sophieMartin],
      accueil: "Hébergement temporaire",
      etablissement: E.saintGeorgesVerger,
      historique: [
        { days: -103, code: "39" },
        { days: -101, code: "40" },
        { days: -91, code: "45", commentaire: "Aucune place d’hébergement temporaire disponible avant plusieurs mois." },
        { days: -84, code: "46" },
      ],
    },
    {
      id: "VT-2026-007801",
      personneSub: S.karimBenali,
      accueil: "Hébergement permanent",
      etablissement: E.marseillePinede,
      historique: [
        { days: -61, code: "39" },
        { days: -56, code: "40" },
        { days: -19, code: "41", commentaire: "Entretien téléphonique réalisé ; rencontre sur place à programmer." },
      ],
    },
    {
      id: "VT-2025-012990",
      personneSub: S.karimBenali,
      accueil: "Accueil de jour",
      etablissement: E.marseilleCamelias,
      historique: [
        { days: -391, code: "39" },
        { days: -389, code: "40" },
        { days: -351, code: "71" },
        { days: -323, code: "47" },
      ],
    },
    {
      id: "VT-2026-005120",
      personneSub: S.andreLefebvre,
      accueil: "Hébergement permanent",
      etablissement: E.lilleEscale,
      historique: [
        { days: -30, code: "39" },
        { days: -27, code: "40" },
        { days: -9, code: "42", commentaire: "Dossier reçu ; la commission d’admission l’étudiera prochainement." },
      ],
    },
    {
      id: "VT-2026-005121",
      personneSub: S.andreLefebvre,
      accueil: "Hébergement permanent",
      etablissement: E.lilleMimosas,
      historique: [
        { days: -30, code: "39" },
        { days: -20, code: "40" },
      ],
    },
    {
      id: "VT-2026-008840",
      personneSub: S.nadiaHaddad,
      accueil: "Accompagnement à domicile",
      etablissement: E.strasbourgBergerie,
      historique: [
        { days: -60, code: "39" },
        { days: -58, code: "40" },
        { days: -40, code: "41" },
        { days: -21, code: "42" },
        { days: -6, code: "72", commentaire: "Accompagnement possible dès qu’une place se libère." },
      ],
    },
    {
      id: "VT-2026-008841",
      personneSub: S.nadiaHaddad,
      accueil: "Hébergement permanent",
      etablissement: E.marckolsheimPasserelle,
      historique: [
        { days: -60, code: "39" },
        { days: -45, code: "40" },
      ],
    },
    {
      id: "VT-2026-006230",
      personneSub: S.lucieBernard,
      accueil: "Hébergement permanent",
      etablissement: E.saintGelyHortensias,
      historique: [
        { days: -70, code: "39" },
        { days: -66, code: "40" },
        { days: -45, code: "42" },
        { days: -30, code: "72" },
        { days: -1, code: "71", commentaire: "Une chambre est disponible : l’établissement vous propose une admission. Merci de confirmer votre réponse." },
      ],
      reponseDans: 9,
    },
    {
      id: "VT-2026-006231",
      personneSub: S.lucieBernard,
      accueil: "Hébergement temporaire",
      etablissement: E.balarucFontaine,
      historique: [
        { days: -70, code: "39" },
        { days: -63, code: "40" },
        { days: -50, code: "42" },
      ],
    },
    {
      // Advanced step by step by the Mon espace santé journey: 42 → 72 (a date appears) → 71 (the date moves).
      id: "VT-2026-007310",
      personneSub: S.yvesPerrin,
      accueil: "Hébergement permanent",
      etablissement: E.saintGelyHortensias,
      historique: [
        { days: -40, code: "39" },
        { days: -35, code: "40" },
        { days: -10, code: "42" },
      ],
    },
  ];
  return seeds.map((seed) => buildRequest(seed, clock));
}

/** CDAPH orientation decisions known to ViaTrajectoire (disabled people only), relative to the clock's current day. */
export function demoOrientations(clock: DemoClock): Orientation[] {
  const orientation = (id: string, personneSub: string, code: CategoryCode, decidedDays: number, months: number): Orientation => ({
    id,
    personneSub,
    libelle: `Orientation en ${CATEGORIES[code].libelle.charAt(0).toLocaleLowerCase("fr")}${CATEGORIES[code].libelle.slice(1)} (${CATEGORIES[code].sigle})`,
    categorieCible: { code, libelle: CATEGORIES[code].libelle },
    dateDecision: clock.day(decidedDays),
    finValidite: addMonths(clock.day(decidedDays), months),
  });
  return [
    orientation("ORI-13-2025-000412", S.karimBenali, "437", -400, 60),
    orientation("ORI-67-2026-000977", S.nadiaHaddad, "446", -75, 60),
    orientation("ORI-67-2026-000978", S.nadiaHaddad, "255", -75, 60),
  ];
}

// Any other sub (e.g. a FranceConnect integration test user) gets one stable,
// generated request on the partner's pages, so the stand-in never looks broken.
export function generatedAdmissionRequests(sub: string, clock: DemoClock): AdmissionRequest[] {
  const digest = createHash("sha256").update(`via-trajectoire:${sub}`).digest();
  const number = String(digest.readUInt32BE(0) % 1_000_000).padStart(6, "0");
  const elderly = (digest[4] ?? 0) % 2 === 0;
  return [
    buildRequest(
      {
        id: `VT-2026-${number}`,
        personneSub: sub,
        accueil: "Hébergement permanent",
        etablissement: elderly ? E.charentonCoquelicots : E.boulogneNoisetiers,
        historique: [
          { days: -57, code: "39" },
          { days: -53, code: "40" },
          { days: -32, code: "42" },
        ],
      },
      clock,
    ),
  ];
}

/** Moves a request to `code` (or its natural next status), as the establishment would. */
export function advanceAdmissionRequest(request: AdmissionRequest, code: string | undefined, clock: DemoClock): Advanced<AdmissionRequest> {
  if (code !== undefined && !isStatusCode(code)) {
    throw new ControlError(422, `Statut TRE_R357 inconnu ou non géré : « ${code} ». Statuts possibles : ${Object.keys(TRE_R357).join(", ")}.`);
  }
  const target = code ?? NEXT_STATUS[request.statut.code];
  if (!target) {
    throw new ControlError(409, `La demande ${request.id} a le statut « ${request.statut.display} » (${request.statut.code}), qui n’a pas de suite : précisez le statut voulu.`);
  }
  if (target === request.statut.code) throw new ControlError(409, `La demande ${request.id} a déjà le statut ${target}.`);
  const misAJourLe = clock.now().toISOString();
  const reponseAttendueAvant = target === "71" ? clock.day(CONFIRMATION_DAYS) : null;
  const updated: AdmissionRequest = {
    ...request,
    statut: { system: TRE_R357_SYSTEM, ...statusOnWire(target) },
    historique: [...request.historique, { date: misAJourLe, statut: statusOnWire(target), commentaire: "Statut modifié depuis le bac à sable." }],
    prochaineEtape: nextStepFor(target, clock, reponseAttendueAvant),
    reponseAttendueAvant,
    misAJourLe,
  };
  return { request: updated, resume: `Votre demande d’admission à ${request.etablissement.nom} : ${TRE_R357[target].plainLabel}.` };
}

export interface AdmissionStore extends RequestStore<AdmissionRequest> {
  orientationsFor(sub: string): Orientation[];
}

/** A fresh store of this server instance's requests and orientations. */
export function createAdmissionStore(clock: DemoClock = demoClock()): AdmissionStore {
  const store = new RequestStore<AdmissionRequest>({
    seed: () => demoAdmissionRequests(clock),
    generate: (sub) => generatedAdmissionRequests(sub, clock),
    advance: (request, code) => advanceAdmissionRequest(request, code, clock),
  });
  return Object.assign(store, {
    orientationsFor: (sub: string) => demoOrientations(clock).filter((orientation) => orientation.personneSub === sub),
  });
}
