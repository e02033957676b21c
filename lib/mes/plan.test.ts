import { describe, expect, it } from "vitest";

import { requestPartner } from "@/lib/partners/registry";
import { mdphDemande, vtDemande } from "@/lib/partners/testing/fixtures";
import { TRE_R357_SYSTEM } from "@/lib/requests/model";

import { agendaEventFor, cancelledEvent, decisionDocumentsFor, parisOffset, planFor, toAppointment } from "./plan";

const options = { today: "2026-12-06", handoverUrl: "http://localhost:4030/demandes/x", offerPath: null };
const mdph = (overrides: Parameters<typeof mdphDemande>[0] = {}) => requestPartner("mdph-en-ligne").map(mdphDemande(overrides), options);
const vt = (overrides: Parameters<typeof vtDemande>[0] = {}) => requestPartner("via-trajectoire").map(vtDemande(overrides), options);

const decided = (resultat: "accorde" | "refuse", date: string, finValidite: string | null = null) => ({ resultat, date, finValidite });

describe("agenda event of a followed request", () => {
  it.each([
    ["MDPH under evaluation: the CDAPH decision by the legal deadline", mdph(), { day: "2027-02-15", status: "booked", title: "Décision de la CDAPH — Demande d'allocation aux adultes handicapés et de carte mobilité inclusion" }],
    ["admission request on a waiting list: the establishment's estimate", vt(), { day: "2027-01-15", status: "proposed" }],
    [
      "admission proposed: confirm before the date asked",
      vt({ statut: { system: TRE_R357_SYSTEM, code: "71", display: "Liste d'attente. Admis dans l'ESMS" }, prochaineEtape: { libelle: "Confirmation de l’admission", dateEstimee: "2026-12-20" }, reponseAttendueAvant: "2026-12-20" }),
      { day: "2026-12-20", status: "proposed" },
    ],
  ] as const)("%s", (_name, request, expected) => {
    expect(agendaEventFor(request)).toMatchObject({ flow: "agenda", identifier: `${request.partner}/${request.id}/prochaine-etape`, ...expected });
  });

  it.each([
    ["a step without date", vt({ prochaineEtape: { libelle: "Visite", dateEstimee: null } })],
    ["no next step", vt({ prochaineEtape: null })],
    ["a notified request", mdph({ etape: { code: "notification", libelle: "Notification" }, droits: [{ code: "AAH", libelle: "AAH", decision: decided("accorde", "2026-12-01", "2031-12-01") }] })],
  ])("none for %s", (_name, request) => {
    expect(agendaEventFor(request)).toBeNull();
  });

  it("keeps the identifier when the date moves, so MES updates the same event", () => {
    const before = agendaEventFor(vt());
    const after = agendaEventFor(vt({ prochaineEtape: { libelle: "Réponse de l'établissement", dateEstimee: "2027-03-01" } }));
    expect(after?.identifier).toBe(before?.identifier);
    expect(after?.day).toBe("2027-03-01");
  });

  it("cancels an event whose step no longer holds", () => {
    const event = agendaEventFor(vt());
    expect(event && cancelledEvent(event)).toMatchObject({ status: "cancelled", identifier: event?.identifier, day: "2027-01-15" });
  });

  it("writes Appointment times in Paris time, winter and summer", () => {
    expect(parisOffset("2027-01-15")).toBe("+01:00");
    expect(parisOffset("2027-07-15")).toBe("+02:00");
    const event = agendaEventFor(vt());
    expect(event && toAppointment(event, "sub")).toMatchObject({ resourceType: "Appointment", status: "proposed", start: "2027-01-15T09:00:00+01:00", identifier: [{ value: "via-trajectoire/VT-2026-000101/prochaine-etape" }] });
  });
});

describe("decision documents", () => {
  it("one document per CDAPH decision day, with every right decided that day and what to do next", () => {
    const request = mdph({
      etape: { code: "notification", libelle: "Notification" },
      droits: [
        { code: "AAH", libelle: "Allocation aux adultes handicapés", decision: decided("accorde", "2026-12-01", "2031-11-30") },
        { code: "CMI-S", libelle: "Carte mobilité inclusion stationnement", decision: decided("refuse", "2026-12-01") },
      ],
    });
    const [document, ...others] = decisionDocumentsFor(request);
    expect(others).toHaveLength(0);
    expect(document).toMatchObject({ identifier: "mdph-en-ligne/MDPH-69-2026-0001/decision/2026-12-01", title: "Décision de la CDAPH du 1 décembre 2026", author: "MDPH du Rhône" });
    expect(document?.lines).toEqual([
      { label: "Allocation aux adultes handicapés", outcome: "Accordé jusqu’au 30 novembre 2031" },
      { label: "Carte mobilité inclusion stationnement", outcome: "Refusé" },
    ]);
    expect(document?.nextSteps.join(" ")).toMatch(/renouvellement.*contester la décision dans les 2 mois/);
  });

  it.each([
    ["nothing decided yet", mdph(), 0],
    ["an admission still under study", vt(), 0],
    ["an admission accepted", vt({ statut: { system: TRE_R357_SYSTEM, code: "71", display: "Liste d'attente. Admis dans l'ESMS" } }), 1],
    ["an admission refused", vt({ statut: { system: TRE_R357_SYSTEM, code: "46", display: "Admission impossible entérinée" } }), 1],
  ] as const)("%s → %i document(s)", (_name, request, count) => {
    expect(decisionDocumentsFor(request)).toHaveLength(count);
  });

  it("plans only the flows consented to", () => {
    const request = mdph({ droits: [{ code: "AAH", libelle: "AAH", decision: decided("accorde", "2026-12-01", null) }] });
    expect(planFor(request, ["agenda"]).map((item) => item.flow)).toEqual(["agenda"]);
    expect(planFor(request, ["documents"]).map((item) => item.flow)).toEqual(["documents"]);
    expect(planFor(request, [])).toEqual([]);
  });
});
