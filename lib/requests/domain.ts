import type { PartnerId } from "@/lib/partners/partner-names";

import type { StatusKind, StatusSeverity } from "./status-explanations";

// Domain types of "Mes démarches": what pages see of a partner request. Built
// from the partners' wire formats by lib/partners/<partner>/map.ts.

export type { PartnerId };

/** Current status in plain words, from lib/requests status explanations (or the raw label for an unknown code). */
export type FollowedStatus = {
  /** Which list of explanations the code belongs to; null for a code the portal does not know. */
  kind: StatusKind | null;
  code: string;
  /** Official label (TRE_R357 display or MDPH step name). */
  label: string;
  /** Short plain label, for badges and the timeline. */
  plainLabel: string;
  /** Standard explanation. */
  text: string;
  /** FALC explanation, one sentence per line. */
  falcText: readonly string[];
  /** "What happens next / what you can do", both versions; null for an unknown code. */
  next: { standard: string; falc: readonly string[] } | null;
  severity: StatusSeverity;
  /** FALC glossary of the abbreviations used. */
  explains: Readonly<Record<string, string>>;
};

export type TimelineStep = {
  /** ISO 8601 instant. */
  date: string;
  plainLabel: string;
  /** Official label as the partner sent it. */
  label: string;
  comment: string | null;
};

export type NextStep = {
  label: string;
  /** YYYY-MM-DD, or null when nobody can say. */
  expectedDate: string | null;
  /** Where the date comes from: a legal deadline the portal computes or checks, or the partner's estimate. */
  dateKind: "delai-legal" | "estimation-partenaire" | null;
};

/** Why a request is in "à faire". */
export type TodoReason =
  | { kind: "pieces-demandees"; pieces: string[] }
  | { kind: "admission-a-confirmer"; before: string; establishment: string }
  | { kind: "droits-expirent"; right: string; on: string };

/** A right that ends soon while another open request already asks for it again (not "à faire"). */
export type RenewalUnderWay = { right: string; on: string; requestTitle: string };

export type RequestGroup = "a-faire" | "en-cours" | "termine";

export type RightDecision = {
  label: string;
  decision: "accorde" | "refuse" | null;
  decidedOn: string | null;
  validUntil: string | null;
};

export type FollowedRequest = {
  partner: PartnerId;
  id: string;
  personSubject: string;
  title: string;
  /** Who handles it: the MDPH, or the establishment and its commune. */
  handledBy: string;
  status: FollowedStatus;
  /** Past steps, oldest first; the last one is the current status. */
  timeline: TimelineStep[];
  nextStep: NextStep | null;
  todo: TodoReason[];
  /** Rights ending soon whose renewal is already asked for in another open request. */
  renewalsUnderWay: RenewalUnderWay[];
  group: RequestGroup;
  /** misAJourLe of the partner record (ISO instant). */
  updatedAt: string;
  /** YYYY-MM-DD the MDPH file was filed, for MDPH requests. */
  filedOn: string | null;
  rights: RightDecision[];
  pieces: { label: string; received: boolean }[];
  establishment: { finess: string; name: string; category: string; postalCode: string; city: string; sector: string; accommodation: string } | null;
  /** "Continuer sur …": the partner's page for this request, reached with single sign-on. */
  handoverUrl: string;
  /** The catalogue offer of the establishment (ViaTrajectoire), when the portal knows it. */
  offerPath: string | null;
};

/** A CDAPH orientation decision held by ViaTrajectoire. */
export type Orientation = {
  id: string;
  label: string;
  target: string;
  decidedOn: string;
  validUntil: string | null;
  expiresSoon: boolean;
};

/** How the portal got one partner's requests on this read. */
export type PartnerState =
  | { partner: PartnerId; available: true; checkedAt: string }
  /** The partner did not answer: requests are the last known copies, as of `lastSuccessAt` (null: never read). */
  | { partner: PartnerId; available: false; lastSuccessAt: string | null };

export type Dashboard = {
  personSubject: string;
  requests: FollowedRequest[];
  orientations: Orientation[];
  partners: PartnerState[];
  /** When this dashboard was built (ISO instant). */
  generatedAt: string;
};
