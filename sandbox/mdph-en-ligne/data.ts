import { createHash } from "node:crypto";

import { SANDBOX_SUBS } from "../identity-provider/people";
import { addMonths, demoClock, type DemoClock } from "../partner-kit/demo-clock";
import { ControlError, RequestStore, type Advanced } from "../partner-kit/requests-store";

// Demo requests (demandes) held by the MDPH en ligne stand-in, in the wire
// format of ADR 0006 (plus the partner's own aidant list): rights asked for,
// the step the file has reached (the step codes the portal explains in
// lib/requests), pieces asked for, the legal deadline and the decisions.
// Dates are relative to the current day; each server owns a mutable store.

export const RIGHTS = {
  AAH: "Allocation aux adultes handicapés (AAH)",
  PCH: "Prestation de compensation du handicap (PCH)",
  CMI: "Carte mobilité inclusion (CMI)",
  RQTH: "Reconnaissance de la qualité de travailleur handicapé (RQTH)",
  ORIENTATION: "Orientation vers un établissement ou service médico-social",
} as const;

export type RightCode = keyof typeof RIGHTS;

/** How long a right granted by the sandbox lasts, in months (CMI "invalidité" is often permanent; 10 years here). */
const GRANT_MONTHS: Record<RightCode, number> = { AAH: 60, PCH: 120, CMI: 120, RQTH: 60, ORIENTATION: 60 };

/** Steps of an MDPH request, with the codes and names of lib/requests (MDPH_STEP_CODES). */
export const STEPS = [
  { code: "depot", libelle: "Dépôt du dossier" },
  { code: "recevabilite", libelle: "Recevabilité" },
  { code: "pieces-demandees", libelle: "Pièces demandées" },
  { code: "evaluation", libelle: "Évaluation" },
  { code: "decision-cdaph", libelle: "Décision de la CDAPH" },
  { code: "notification", libelle: "Notification" },
  { code: "recours", libelle: "Recours" },
] as const;

export type StepCode = (typeof STEPS)[number]["code"];

export function isStepCode(code: string): code is StepCode {
  return STEPS.some((step) => step.code === code);
}

export function stepLabel(code: StepCode): string {
  return STEPS.find((step) => step.code === code)?.libelle ?? code;
}

/** The usual path of a request, for the stepper: a request for pieces belongs to the admissibility check, an appeal to the notification. */
const MAIN_PATH: readonly StepCode[] = ["depot", "recevabilite", "evaluation", "decision-cdaph", "notification"];
const STEPPER_POSITION: Record<StepCode, number> = {
  depot: 1,
  recevabilite: 2,
  "pieces-demandees": 2,
  evaluation: 3,
  "decision-cdaph": 4,
  notification: 5,
  recours: 5,
};

export function stepperPosition(code: StepCode): { position: number; total: number } {
  return { position: STEPPER_POSITION[code], total: MAIN_PATH.length };
}

/** The natural next step ("avancer" without a code); undefined once notified. */
export const NEXT_STEP: Partial<Record<StepCode, StepCode>> = {
  depot: "recevabilite",
  recevabilite: "evaluation",
  "pieces-demandees": "evaluation",
  evaluation: "decision-cdaph",
  "decision-cdaph": "notification",
  recours: "notification",
};

export interface Decision {
  resultat: "accorde" | "refuse";
  /** YYYY-MM-DD. */
  date: string;
  finValidite: string | null;
}

/** A request as ADR 0006 puts it on the wire. */
export interface MdphDemande {
  partenaire: "mdph-en-ligne";
  id: string;
  personneSub: string;
  titre: string;
  mdph: { departement: string; nom: string };
  droits: { code: RightCode; libelle: string; decision: Decision | null }[];
  etape: { code: StepCode; libelle: string };
  piecesDemandees: { libelle: string; recue: boolean }[];
  dateDepot: string;
  /** Filing date + 4 months (article R. 241-33 CASF). */
  dateLimiteLegale: string;
  historique: { date: string; etape: StepCode; libelle: string; commentaire?: string }[];
  misAJourLe: string;
  lien: string;
}

/** What the stand-in stores: the wire record without its link, plus its own list of aidants. */
export type MdphRequest = Omit<MdphDemande, "lien"> & { aidantSubs: readonly string[] };

export function toWire(request: MdphRequest, baseUrl: string): MdphDemande {
  const { aidantSubs: _aidants, ...demande } = request;
  return { ...demande, lien: `${baseUrl}/demandes/${encodeURIComponent(request.id)}` };
}

type Mdph = MdphDemande["mdph"];

interface RightSeed {
  code: RightCode;
  /** Decided `days` from today, granted until `finValidite` (a day offset, or months after the decision). */
  decision?: { resultat: "accorde" | "refuse"; days: number; finValidite: { days: number } | { months: number } | null };
}

interface RequestSeed {
  id: string;
  personneSub: string;
  aidantSubs?: readonly string[];
  titre: string;
  mdph: Mdph;
  droits: readonly RightSeed[];
  pieces?: readonly { libelle: string; recue: boolean }[];
  /** Oldest first; `days` from today. The last entry is the current step. */
  historique: readonly { days: number; etape: StepCode; commentaire?: string }[];
}

function buildRequest(seed: RequestSeed, clock: DemoClock): MdphRequest {
  const historique = seed.historique.map(({ days, etape, commentaire }, index) => ({
    // Distinct minutes keep same-day entries in order.
    date: clock.instant(days, 9, index),
    etape,
    libelle: stepLabel(etape),
    ...(commentaire ? { commentaire } : {}),
  }));
  const first = seed.historique[0];
  const last = historique.at(-1);
  if (!first || !last) throw new Error(`request ${seed.id} needs a history`);
  const dateDepot = clock.day(first.days);
  return {
    partenaire: "mdph-en-ligne",
    id: seed.id,
    personneSub: seed.personneSub,
    aidantSubs: seed.aidantSubs ?? [],
    titre: seed.titre,
    mdph: seed.mdph,
    droits: seed.droits.map(({ code, decision }) => ({
      code,
      libelle: RIGHTS[code],
      decision: decision
        ? {
            resultat: decision.resultat,
            date: clock.day(decision.days),
            finValidite:
              decision.finValidite === null
                ? null
                : "days" in decision.finValidite
                  ? clock.day(decision.finValidite.days)
                  : addMonths(clock.day(decision.days), decision.finValidite.months),
          }
        : null,
    })),
    etape: { code: last.etape, libelle: last.libelle },
    piecesDemandees: (seed.pieces ?? []).map((piece) => ({ ...piece })),
    dateDepot,
    dateLimiteLegale: addMonths(dateDepot, 4),
    historique,
    misAJourLe: last.date,
  };
}

// Invented offices: the names say "fictive" on purpose.
const MDPH_RHONE: Mdph = { departement: "69", nom: "MDPH du Rhône (fictive)" };
const MDPH_BOUCHES_DU_RHONE: Mdph = { departement: "13", nom: "MDPH des Bouches-du-Rhône (fictive)" };
const MDPH_NORD: Mdph = { departement: "59", nom: "MDPH du Nord (fictive)" };
const MDPH_BAS_RHIN: Mdph = { departement: "67", nom: "MDPH du Bas-Rhin (fictive)" };
const MDPH_HERAULT: Mdph = { departement: "34", nom: "MDPH de l’Hérault (fictive)" };
const MDPH_PARIS: Mdph = { departement: "75", nom: "MDPH de Paris (fictive)" };

/** The invented offices, for the requests people file here. */
export const MDPH_OFFICES: readonly Mdph[] = [MDPH_RHONE, MDPH_BOUCHES_DU_RHONE, MDPH_NORD, MDPH_BAS_RHIN, MDPH_HERAULT, MDPH_PARIS];

const S = SANDBOX_SUBS;

/** The demo requests, dated relative to the clock's current day. */
export function demoMdphRequests(clock: DemoClock): MdphRequest[] {
  const seeds: RequestSeed[] = [
    {
      id: "MDPH-13-2026-004417",
      personneSub: S.karimBenali,
      titre: "Renouvellement de l’AAH et demande de PCH",
      mdph: MDPH_BOUCHES_DU_RHONE,
      droits: [{ code: "AAH" }, { code: "PCH" }],
      historique: [
        { days: -77, etape: "depot" },
        { days: -76, etape: "recevabilite", commentaire: "Dossier complet." },
        { days: -42, etape: "evaluation", commentaire: "Une visite à domicile d’un ergothérapeute est prévue pour évaluer l’aide humaine et l’aménagement du logement." },
      ],
    },
    {
      id: "MDPH-13-2025-009902",
      personneSub: S.karimBenali,
      titre: "Reconnaissance de la qualité de travailleur handicapé et AAH",
      mdph: MDPH_BOUCHES_DU_RHONE,
      droits: [
        { code: "RQTH", decision: { resultat: "accorde", days: -325, finValidite: { months: 60 } } },
        // Expires within 6 months: the reason for the renewal request above.
        { code: "AAH", decision: { resultat: "accorde", days: -325, finValidite: { days: 130 } } },
      ],
      historique: [
        { days: -420, etape: "depot" },
        { days: -418, etape: "recevabilite" },
        { days: -380, etape: "evaluation" },
        { days: -325, etape: "decision-cdaph" },
        { days: -318, etape: "notification", commentaire: "RQTH accordée pour 5 ans ; AAH accordée, pensez à demander son renouvellement." },
      ],
    },
    {
      id: "MDPH-69-2026-002305",
      personneSub: S.jeanneMartin,
      aidantSubs: [S.sophieMartin],
      titre: "Carte mobilité inclusion, mentions invalidité et stationnement",
      mdph: MDPH_RHONE,
      droits: [{ code: "CMI" }],
      pieces: [
        { libelle: "Certificat médical de moins d’un an", recue: false },
        { libelle: "Justificatif de domicile de moins de 3 mois", recue: true },
      ],
      historique: [
        { days: -54, etape: "depot" },
        { days: -52, etape: "recevabilite" },
        { days: -27, etape: "pieces-demandees", commentaire: "Le certificat médical joint date de plus d’un an : merci d’en envoyer un nouveau." },
      ],
    },
    {
      id: "MDPH-59-2026-003311",
      personneSub: S.andreLefebvre,
      titre: "Carte mobilité inclusion, mention stationnement",
      mdph: MDPH_NORD,
      droits: [{ code: "CMI" }],
      historique: [
        { days: -40, etape: "depot" },
        { days: -35, etape: "recevabilite", commentaire: "Dossier complet." },
        { days: -12, etape: "evaluation" },
      ],
    },
    {
      id: "MDPH-67-2026-006120",
      personneSub: S.nadiaHaddad,
      titre: "AAH, RQTH et orientation médico-sociale",
      mdph: MDPH_BAS_RHIN,
      droits: [{ code: "AAH" }, { code: "RQTH" }, { code: "ORIENTATION" }],
      historique: [
        { days: -110, etape: "depot" },
        { days: -100, etape: "recevabilite" },
        { days: -70, etape: "evaluation" },
        { days: -5, etape: "decision-cdaph", commentaire: "Votre dossier est inscrit à la prochaine séance de la commission." },
      ],
    },
    {
      id: "MDPH-34-2026-001950",
      personneSub: S.lucieBernard,
      titre: "Carte mobilité inclusion, mention invalidité",
      mdph: MDPH_HERAULT,
      droits: [{ code: "CMI" }],
      historique: [{ days: -3, etape: "depot", commentaire: "Dossier déposé en ligne." }],
    },
    {
      // The Mon espace santé journey moves it to "notification": its decision becomes a PDF in MES.
      id: "MDPH-34-2026-002710",
      personneSub: S.yvesPerrin,
      titre: "Carte mobilité inclusion, mention stationnement",
      mdph: MDPH_HERAULT,
      droits: [{ code: "CMI" }],
      historique: [
        { days: -100, etape: "depot" },
        { days: -95, etape: "recevabilite" },
        { days: -60, etape: "evaluation" },
        { days: -5, etape: "decision-cdaph" },
      ],
    },
  ];
  return seeds.map((seed) => buildRequest(seed, clock));
}

// Any other sub (e.g. a FranceConnect integration test user) gets one stable,
// generated request on the partner's pages, so the stand-in never looks broken.
export function generatedMdphRequests(sub: string, clock: DemoClock): MdphRequest[] {
  const digest = createHash("sha256").update(`mdph-en-ligne:${sub}`).digest();
  const number = String(digest.readUInt32BE(0) % 1_000_000).padStart(6, "0");
  return [
    buildRequest(
      {
        id: `MDPH-75-2026-${number}`,
        personneSub: sub,
        titre: "Première demande d’AAH",
        mdph: MDPH_PARIS,
        droits: [{ code: "AAH" }],
        historique: [
          { days: -50, etape: "depot" },
          { days: -49, etape: "recevabilite" },
        ],
      },
      clock,
    ),
  ];
}

const DEFAULT_PIECE = "Certificat médical de moins d’un an";

/** Moves a request to `code` (or its natural next step), as the MDPH would. */
export function advanceMdphRequest(request: MdphRequest, code: string | undefined, clock: DemoClock): Advanced<MdphRequest> {
  if (code !== undefined && !isStepCode(code)) {
    throw new ControlError(422, `Étape inconnue : « ${code} ». Étapes possibles : ${STEPS.map((step) => step.code).join(", ")}.`);
  }
  const target = code ?? NEXT_STEP[request.etape.code];
  if (!target) {
    throw new ControlError(409, `La demande ${request.id} est à l’étape « ${request.etape.libelle} », la dernière : précisez l’étape voulue (par exemple « recours »).`);
  }
  if (target === request.etape.code) throw new ControlError(409, `La demande ${request.id} est déjà à l’étape « ${request.etape.libelle} ».`);

  const now = clock.now();
  const today = clock.day(0);
  let piecesDemandees = request.piecesDemandees.map((piece) => ({ ...piece }));
  if (target === "pieces-demandees" && !piecesDemandees.some((piece) => !piece.recue)) {
    piecesDemandees = [...piecesDemandees, { libelle: DEFAULT_PIECE, recue: false }];
  } else if (request.etape.code === "pieces-demandees") {
    // Leaving "pièces demandées" means the MDPH has what it asked for.
    piecesDemandees = piecesDemandees.map((piece) => ({ ...piece, recue: true }));
  }
  const droits =
    target === "notification"
      ? request.droits.map((droit) => droit.decision ? droit : { ...droit, decision: { resultat: "accorde" as const, date: today, finValidite: addMonths(today, GRANT_MONTHS[droit.code]) } })
      : request.droits;
  const libelle = stepLabel(target);
  const misAJourLe = now.toISOString();
  const updated: MdphRequest = {
    ...request,
    droits,
    etape: { code: target, libelle },
    piecesDemandees,
    historique: [...request.historique, { date: misAJourLe, etape: target, libelle, commentaire: "Étape modifiée depuis le bac à sable." }],
    misAJourLe,
  };
  return { request: updated, resume: `Votre demande « ${request.titre} » est passée à l’étape « ${libelle} ».` };
}

export type MdphStore = RequestStore<MdphRequest>;

/** A fresh store of this server instance's requests. */
export function createMdphStore(clock: DemoClock = demoClock()): MdphStore {
  return new RequestStore<MdphRequest>({
    seed: () => demoMdphRequests(clock),
    generate: (sub) => generatedMdphRequests(sub, clock),
    advance: (request, code) => advanceMdphRequest(request, code, clock),
  });
}
