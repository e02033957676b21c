import { createHash } from "node:crypto";

import { SANDBOX_SUBS } from "../identity-provider/people";
import { requestAccess } from "../partner-kit/request-access";

// Demo requests (demandes) held by the MDPH en ligne stand-in: rights asked
// for (AAH, PCH, CMI, RQTH) and the step the file has reached. Step codes are
// local to the sandbox (no national nomenclature is published for the
// MDPH en ligne follow-up). A later issue exposes the same records through a
// JSON API and webhooks, so pages only read them through the functions below.

export const RIGHTS = {
  AAH: "Allocation aux adultes handicapés (AAH)",
  PCH: "Prestation de compensation du handicap (PCH)",
  CMI: "Carte mobilité inclusion (CMI)",
  RQTH: "Reconnaissance de la qualité de travailleur handicapé (RQTH)",
} as const;

export type RightCode = keyof typeof RIGHTS;

/** Steps of an MDPH request, in order. */
export const STEPS = [
  { code: "envoyee", label: "Demande envoyée" },
  { code: "recue", label: "Demande reçue par la MDPH" },
  { code: "recevable", label: "Dossier complet" },
  { code: "evaluation", label: "Évaluation en cours" },
  { code: "commission", label: "Décision en commission (CDAPH)" },
  { code: "notifiee", label: "Décision envoyée" },
] as const;

export type StepCode = (typeof STEPS)[number]["code"];

export interface Step {
  code: StepCode;
  label: string;
  /** 1-based position in STEPS. */
  position: number;
  total: number;
}

export function stepOf(code: StepCode): Step {
  const index = STEPS.findIndex((step) => step.code === code);
  const step = STEPS[index];
  if (!step) throw new RangeError(`unknown step ${code}`);
  return { code, label: step.label, position: index + 1, total: STEPS.length };
}

export function nextStep(step: Step): Step | undefined {
  const next = STEPS[step.position];
  return next ? stepOf(next.code) : undefined;
}

export interface Mdph {
  /** Department code. */
  department: string;
  name: string;
}

export interface HistoryEntry {
  /** YYYY-MM-DD. */
  date: string;
  step: Step;
  comment?: string;
}

export interface MdphRequest {
  /** MDPH en ligne file number, used in URLs. */
  id: string;
  /** The person the request is for (FranceConnect sub). */
  personSub: string;
  /** Aidants allowed to follow the request. */
  aidantSubs: readonly string[];
  title: string;
  rights: readonly { code: RightCode; label: string }[];
  mdph: Mdph;
  step: Step;
  /** Date the request was sent. */
  createdAt: string;
  updatedAt: string;
  /** Oldest first; the last entry is the current step. */
  history: readonly HistoryEntry[];
}

interface RequestSeed {
  id: string;
  personSub: string;
  aidantSubs?: readonly string[];
  title: string;
  rights: readonly RightCode[];
  mdph: Mdph;
  history: readonly { date: string; step: StepCode; comment?: string }[];
}

function buildRequest(seed: RequestSeed): MdphRequest {
  const history = seed.history.map(({ date, step, comment }) => ({ date, step: stepOf(step), ...(comment ? { comment } : {}) }));
  const first = history[0];
  const last = history[history.length - 1];
  if (!first || !last) throw new Error(`request ${seed.id} needs a history`);
  return {
    id: seed.id,
    personSub: seed.personSub,
    aidantSubs: seed.aidantSubs ?? [],
    title: seed.title,
    rights: seed.rights.map((code) => ({ code, label: RIGHTS[code] })),
    mdph: seed.mdph,
    step: last.step,
    createdAt: first.date,
    updatedAt: last.date,
    history,
  };
}

// Invented offices: the names say "fictive" on purpose.
const MDPH_RHONE: Mdph = { department: "69", name: "MDPH du Rhône (fictive)" };
const MDPH_BOUCHES_DU_RHONE: Mdph = { department: "13", name: "MDPH des Bouches-du-Rhône (fictive)" };
const MDPH_PARIS: Mdph = { department: "75", name: "MDPH de Paris (fictive)" };

const JEANNE = SANDBOX_SUBS.jeanneMartin;
const KARIM = SANDBOX_SUBS.karimBenali;
const SOPHIE = SANDBOX_SUBS.sophieMartin;

export const MDPH_REQUESTS: readonly MdphRequest[] = [
  buildRequest({
    id: "MDPH-13-2026-004417",
    personSub: KARIM,
    title: "Renouvellement de l’AAH et demande de PCH",
    rights: ["AAH", "PCH"],
    mdph: MDPH_BOUCHES_DU_RHONE,
    history: [
      { date: "2026-09-15", step: "envoyee" },
      { date: "2026-09-16", step: "recue" },
      { date: "2026-10-02", step: "recevable" },
      { date: "2026-10-20", step: "evaluation", comment: "Une visite à domicile d’un ergothérapeute est prévue pour évaluer l’aide humaine et l’aménagement du logement." },
    ],
  }),
  buildRequest({
    id: "MDPH-13-2025-009902",
    personSub: KARIM,
    title: "Reconnaissance de la qualité de travailleur handicapé",
    rights: ["RQTH"],
    mdph: MDPH_BOUCHES_DU_RHONE,
    history: [
      { date: "2025-10-01", step: "envoyee" },
      { date: "2025-10-02", step: "recue" },
      { date: "2025-10-20", step: "recevable" },
      { date: "2025-11-18", step: "evaluation" },
      { date: "2026-01-13", step: "commission" },
      { date: "2026-01-20", step: "notifiee", comment: "RQTH accordée pour 5 ans." },
    ],
  }),
  buildRequest({
    id: "MDPH-69-2026-002305",
    personSub: JEANNE,
    aidantSubs: [SOPHIE],
    title: "Carte mobilité inclusion, mentions invalidité et stationnement",
    rights: ["CMI"],
    mdph: MDPH_RHONE,
    history: [
      { date: "2026-10-08", step: "envoyee" },
      { date: "2026-10-10", step: "recue" },
      { date: "2026-11-04", step: "recevable", comment: "Certificat médical reçu, dossier complet." },
    ],
  }),
];

// Any other sub (e.g. a FranceConnect integration test user) gets one stable,
// generated request, so the stand-in never looks broken.
function generatedRequests(sub: string): MdphRequest[] {
  const digest = createHash("sha256").update(`mdph-en-ligne:${sub}`).digest();
  const number = String(digest.readUInt32BE(0) % 1_000_000).padStart(6, "0");
  return [
    buildRequest({
      id: `MDPH-75-2026-${number}`,
      personSub: sub,
      title: "Première demande d’AAH",
      rights: ["AAH"],
      mdph: MDPH_PARIS,
      history: [
        { date: "2026-10-12", step: "envoyee" },
        { date: "2026-10-13", step: "recue" },
      ],
    }),
  ];
}

const access = requestAccess(MDPH_REQUESTS, generatedRequests);

/** Requests of the person, and those of the people they help as an aidant. Newest activity first. */
export const mdphRequestsFor: (sub: string) => { own: MdphRequest[]; asAidant: MdphRequest[] } = access.requestsFor;

/** A request the person may see (their own or as an aidant), or undefined. */
export const findMdphRequest: (id: string, sub: string) => MdphRequest | undefined = access.find;
