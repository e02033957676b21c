import { formatCalendarDate as frenchDay } from "@/lib/format/dates";
import type { FollowedRequest } from "@/lib/requests/model";

// What the portal sends to Mon espace santé for one followed request, as pure
// functions of the portal's domain view (no database, no network), so the
// rules are table-tested: the dated next step becomes one agenda event (its
// identifier is stable, so a new date moves it and a step without date
// cancels it), and each decision becomes one PDF document.

export type MesFlow = "agenda" | "documents";
export const MES_FLOWS: readonly MesFlow[] = ["agenda", "documents"];

/** The portal's identifier system at MES: identifiers are the idempotency keys of every write. */
export const IDENTIFIER_SYSTEM = "urn:portail-autonomie:mon-espace-sante";

export type AgendaEvent = {
  flow: "agenda";
  identifier: string;
  partner: FollowedRequest["partner"];
  externalId: string;
  /** Shown in the MES agenda and in the portal's list. */
  title: string;
  /** YYYY-MM-DD. */
  day: string;
  /** booked: a legal deadline; proposed: the partner's estimate; cancelled: no longer holds. */
  status: "booked" | "proposed" | "cancelled";
  description: string;
};

export type DecisionLine = { label: string; outcome: string };

export type DecisionDocument = {
  flow: "documents";
  identifier: string;
  partner: FollowedRequest["partner"];
  externalId: string;
  title: string;
  /** YYYY-MM-DD of the decision. */
  day: string;
  /** Who decided: the MDPH or the establishment. */
  author: string;
  requestTitle: string;
  lines: DecisionLine[];
  nextSteps: string[];
};

export type PlannedItem = AgendaEvent | DecisionDocument;

const agendaIdentifier = (request: Pick<FollowedRequest, "partner" | "id">) => `${request.partner}/${request.id}/prochaine-etape`;

/**
 * The agenda event of a request: its next step when it has a date and the
 * request is not closed; null when there is nothing dated to attend or wait for.
 */
export function agendaEventFor(request: FollowedRequest): AgendaEvent | null {
  const step = request.nextStep;
  if (request.group === "termine" || !step?.expectedDate) return null;
  const deadline = step.dateKind === "delai-legal";
  return {
    flow: "agenda",
    identifier: agendaIdentifier(request),
    partner: request.partner,
    externalId: request.id,
    title: `${step.label} — ${request.title}`,
    day: step.expectedDate,
    status: deadline ? "booked" : "proposed",
    description: deadline
      ? `${step.label} au plus tard le ${frenchDay(step.expectedDate)} (délai légal). ${request.handledBy}.`
      : `${step.label} : date prévue par ${request.handledBy}, elle peut changer.`,
  };
}

/** The cancelled version of an event already sent, when its step no longer holds. */
export function cancelledEvent(previous: Pick<AgendaEvent, "identifier" | "partner" | "externalId" | "title" | "day" | "description">): AgendaEvent {
  return { ...previous, flow: "agenda", status: "cancelled", description: `Annulé : ${previous.description}` };
}

const RIGHT_OUTCOMES = {
  accorde: (until: string | null) => (until ? `Accordé jusqu’au ${frenchDay(until)}` : "Accordé"),
  refuse: () => "Refusé",
};

const MDPH_NEXT_STEPS = {
  granted: "Vos droits s’appliquent à partir de la date de décision. Pensez à demander leur renouvellement 6 mois avant leur fin.",
  refused: "Si vous n’êtes pas d’accord, vous pouvez contester la décision dans les 2 mois : écrivez à la MDPH (recours administratif préalable obligatoire).",
};

/** VT statuses that are an establishment's decision (TRE_R357): 71 admitted, 46 admission impossible confirmed. */
const ADMISSION_DECISIONS: Record<string, { title: string; outcome: string; nextSteps: string[] }> = {
  "71": {
    title: "Admission acceptée",
    outcome: "L’établissement accepte votre admission.",
    nextSteps: ["Confirmez votre réponse à l’établissement avant la date indiquée sur ViaTrajectoire.", "Sans réponse de votre part, la place peut être proposée à une autre personne."],
  },
  "46": {
    title: "Admission refusée",
    outcome: "L’établissement ne peut pas vous accueillir.",
    nextSteps: ["Votre demande reste active auprès des autres établissements choisis.", "Vous pouvez ajouter d’autres établissements sur ViaTrajectoire."],
  },
};

/** The decisions of a request, one PDF each: MDPH rights decided on one day, or an establishment's answer. */
export function decisionDocumentsFor(request: FollowedRequest): DecisionDocument[] {
  const base = { flow: "documents" as const, partner: request.partner, externalId: request.id, author: request.handledBy, requestTitle: request.title };
  if (request.partner === "mdph-en-ligne") {
    const byDay = new Map<string, FollowedRequest["rights"]>();
    for (const right of request.rights) {
      if (!right.decision || !right.decidedOn) continue;
      byDay.set(right.decidedOn, [...(byDay.get(right.decidedOn) ?? []), right]);
    }
    return [...byDay.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([day, rights]) => ({
        ...base,
        identifier: `${request.partner}/${request.id}/decision/${day}`,
        title: `Décision de la CDAPH du ${frenchDay(day)}`,
        day,
        lines: rights.map((right) => ({ label: right.label, outcome: right.decision === "accorde" ? RIGHT_OUTCOMES.accorde(right.validUntil) : RIGHT_OUTCOMES.refuse() })),
        nextSteps: [
          ...(rights.some((right) => right.decision === "accorde") ? [MDPH_NEXT_STEPS.granted] : []),
          ...(rights.some((right) => right.decision === "refuse") ? [MDPH_NEXT_STEPS.refused] : []),
        ],
      }));
  }
  const decision = ADMISSION_DECISIONS[request.status.code];
  const decidedAt = request.timeline.at(-1)?.date;
  if (!decision || !decidedAt) return [];
  const day = decidedAt.slice(0, 10);
  return [
    {
      ...base,
      identifier: `${request.partner}/${request.id}/decision/${request.status.code}`,
      title: `${decision.title} — ${request.establishment?.name ?? request.handledBy}`,
      day,
      lines: [{ label: request.title, outcome: decision.outcome }],
      nextSteps: decision.nextSteps,
    },
  ];
}

/** Everything a request asks to send, for the flows the person consented to. */
export function planFor(request: FollowedRequest, flows: readonly MesFlow[]): PlannedItem[] {
  const items: PlannedItem[] = [];
  if (flows.includes("agenda")) {
    const event = agendaEventFor(request);
    if (event) items.push(event);
  }
  if (flows.includes("documents")) items.push(...decisionDocumentsFor(request));
  return items;
}

/** The UTC offset of Paris on that day ("+01:00" in winter, "+02:00" in summer). */
export function parisOffset(day: string): string {
  const name = new Intl.DateTimeFormat("en", { timeZone: "Europe/Paris", timeZoneName: "longOffset" }).formatToParts(new Date(`${day}T12:00:00Z`)).find((part) => part.type === "timeZoneName")?.value ?? "GMT+01:00";
  return name === "GMT" ? "+00:00" : name.slice(3);
}

/** FHIR R4 Appointment (CI-SIS "gestion d'agendas partagés": status, start/end, participant, description). */
export function toAppointment(event: AgendaEvent, personSubject: string) {
  // A morning slot in Paris time: MES shows it on that day; the partners give days, not hours.
  const offset = parisOffset(event.day);
  return {
    resourceType: "Appointment",
    identifier: [{ system: IDENTIFIER_SYSTEM, value: event.identifier }],
    status: event.status,
    description: event.title,
    comment: event.description,
    start: `${event.day}T09:00:00${offset}`,
    end: `${event.day}T10:00:00${offset}`,
    participant: [{ actor: { identifier: { system: "urn:franceconnect:sub", value: personSubject } }, status: "needs-action" }],
  };
}

/** FHIR R4 DocumentReference; the PDF goes inline in `content[0].attachment.data` (MES keeps it as a Binary). */
export function toDocumentReference(document: DecisionDocument, pdfBase64: string) {
  return {
    resourceType: "DocumentReference",
    identifier: [{ system: IDENTIFIER_SYSTEM, value: document.identifier }],
    status: "current",
    // No national code names "a decision notified by an MDPH or an establishment": the portal's own code system.
    type: { coding: [{ system: `${IDENTIFIER_SYSTEM}/type`, code: document.partner === "mdph-en-ligne" ? "decision-cdaph" : "decision-admission", display: document.title }] },
    date: `${document.day}T12:00:00${parisOffset(document.day)}`,
    author: [{ display: document.author }],
    description: document.title,
    content: [{ attachment: { contentType: "application/pdf", data: pdfBase64, title: `${document.title}.pdf` } }],
  };
}
