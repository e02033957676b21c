import { describe, expect, it } from "vitest";

import { MDPH_STEP_CODES } from "@/lib/requests/model";

import { SANDBOX_SUBS } from "../identity-provider/people";
import { demoClock } from "../partner-kit/demo-clock";
import { ControlError } from "../partner-kit/requests-store";
import { NEXT_STEP, STEPS, createMdphStore, demoMdphRequests, stepperPosition } from "./data";

const clock = demoClock(() => new Date("2026-12-01T10:00:00Z"));

describe("MDPH en ligne demo data", () => {
  it("uses exactly the step codes the portal explains", () => {
    expect(STEPS.map((step) => step.code)).toEqual([...MDPH_STEP_CODES]);
  });

  it("keeps a consistent model: unique ids, current step = last history entry, legal deadline = filing + 4 months", () => {
    const requests = demoMdphRequests(clock);
    expect(new Set(requests.map((request) => request.id)).size).toBe(requests.length);
    for (const request of requests) {
      expect(request.id).toMatch(/^MDPH-\d{2}-\d{4}-\d{6}$/);
      expect(request.etape.code).toBe(request.historique.at(-1)?.etape);
      expect(request.misAJourLe).toBe(request.historique.at(-1)?.date);
      const dates = request.historique.map((entry) => entry.date);
      expect(dates).toEqual([...dates].sort());
      expect(request.droits.length).toBeGreaterThan(0);
      expect(request.dateDepot).toBe(request.historique[0]?.date.slice(0, 10));
    }
    const cmi = requests.find((request) => request.id === "MDPH-69-2026-002305");
    expect(cmi?.dateDepot).toBe("2026-10-08");
    expect(cmi?.dateLimiteLegale).toBe("2027-02-08");
  });

  it("has pieces asked for, and a granted right that expires within 6 months", () => {
    const requests = demoMdphRequests(clock);
    const withPieces = requests.filter((request) => request.etape.code === "pieces-demandees");
    expect(withPieces.length).toBeGreaterThan(0);
    expect(withPieces.every((request) => request.piecesDemandees.some((piece) => !piece.recue))).toBe(true);
    const sixMonthsLater = "2027-06-01";
    const expiring = requests.flatMap((request) => request.droits).filter((droit) => droit.decision?.resultat === "accorde" && droit.decision.finValidite && droit.decision.finValidite > "2026-12-01" && droit.decision.finValidite < sixMonthsLater);
    expect(expiring.length).toBeGreaterThan(0);
  });

  it("moves with the current day, the same all day long", () => {
    const morning = demoMdphRequests(demoClock(() => new Date("2027-03-10T00:00:01Z")));
    const evening = demoMdphRequests(demoClock(() => new Date("2027-03-10T23:59:59Z")));
    expect(evening).toEqual(morning);
    expect(morning.find((request) => request.id === "MDPH-34-2026-001950")?.dateDepot).toBe("2027-03-07");
  });

  it.each([
    ["Jeanne Martin", SANDBOX_SUBS.jeanneMartin, 1, 0],
    ["Karim Benali", SANDBOX_SUBS.karimBenali, 2, 0],
    ["Sophie Martin (aidante)", SANDBOX_SUBS.sophieMartin, 0, 1],
    ["André Lefebvre", SANDBOX_SUBS.andreLefebvre, 1, 0],
    ["Nadia Haddad", SANDBOX_SUBS.nadiaHaddad, 1, 0],
    ["Lucie Bernard", SANDBOX_SUBS.lucieBernard, 1, 0],
    ["Marc Bernard (aidant, no request of his own)", SANDBOX_SUBS.marcBernard, 0, 0],
  ])("gives %s %i own and %i followed requests", (_name, sub, own, asAidant) => {
    const requests = createMdphStore(clock).requestsFor(sub);
    expect(requests.own).toHaveLength(own);
    expect(requests.asAidant).toHaveLength(asAidant);
  });

  it("places steps on a five-step path", () => {
    expect(stepperPosition("evaluation")).toEqual({ position: 3, total: 5 });
    expect(stepperPosition("pieces-demandees").position).toBe(stepperPosition("recevabilite").position);
    expect(NEXT_STEP.evaluation).toBe("decision-cdaph");
    expect(NEXT_STEP.notification).toBeUndefined();
  });

  it("restricts access and generates a stable request for other subs on the partner's pages only", () => {
    const store = createMdphStore(clock);
    expect(store.find("MDPH-13-2026-004417", SANDBOX_SUBS.karimBenali)).toBeDefined();
    expect(store.find("MDPH-13-2026-004417", SANDBOX_SUBS.jeanneMartin)).toBeUndefined();
    expect(store.requestsFor("fc-integration-user").own).toHaveLength(0);
    const generated = store.requestsFor("fc-integration-user", { generate: true });
    expect(generated.own).toHaveLength(1);
    expect(store.requestsFor("fc-integration-user", { generate: true })).toEqual(generated);
    expect(createMdphStore(clock).requestsFor("fc-integration-user", { generate: true })).toEqual(generated);
  });
});

describe("advancing an MDPH request", () => {
  it("follows the natural path, records history, asks for and receives pieces, and decides at notification", () => {
    let now = new Date("2026-12-01T10:00:00Z");
    const store = createMdphStore(demoClock(() => now));
    const first = store.advance("MDPH-69-2026-002305");
    expect(first.request.etape).toEqual({ code: "evaluation", libelle: "Évaluation" });
    expect(first.request.piecesDemandees.every((piece) => piece.recue)).toBe(true);
    expect(first.request.historique.at(-1)).toMatchObject({ etape: "evaluation", date: "2026-12-01T10:00:00.000Z" });
    expect(first.request.misAJourLe).toBe("2026-12-01T10:00:00.000Z");
    expect(first.resume).toContain("Évaluation");

    now = new Date("2026-12-02T10:00:00Z");
    store.advance("MDPH-69-2026-002305", "decision-cdaph");
    const notified = store.advance("MDPH-69-2026-002305").request;
    expect(notified.etape.code).toBe("notification");
    expect(notified.droits[0]?.decision).toEqual({ resultat: "accorde", date: "2026-12-02", finValidite: "2036-12-02" });
    expect(store.get("MDPH-69-2026-002305")).toEqual(notified);
  });

  it("adds a missing piece when pieces are asked again", () => {
    const store = createMdphStore(clock);
    const asked = store.advance("MDPH-59-2026-003311", "pieces-demandees").request;
    expect(asked.piecesDemandees).toEqual([{ libelle: "Certificat médical de moins d’un an", recue: false }]);
  });

  it.each([
    ["MDPH-13-2025-009902", undefined, 409],
    ["MDPH-13-2026-004417", "evaluation", 409],
    ["MDPH-13-2026-004417", "commission", 422],
    ["MDPH-00-0000-000000", undefined, 404],
  ])("refuses %s → %s with %i", (id, code, status) => {
    const store = createMdphStore(clock);
    expect(() => store.advance(id, code)).toThrow(ControlError);
    try {
      store.advance(id, code);
    } catch (error) {
      expect((error as ControlError).status).toBe(status);
    }
  });

  it("resets everyone, or one person only", () => {
    const store = createMdphStore(clock);
    store.advance("MDPH-59-2026-003311");
    store.advance("MDPH-34-2026-001950");
    expect(store.reset(SANDBOX_SUBS.andreLefebvre)).toBe(1);
    expect(store.get("MDPH-59-2026-003311")?.etape.code).toBe("evaluation");
    expect(store.get("MDPH-34-2026-001950")?.etape.code).toBe("recevabilite");
    store.reset();
    expect(store.get("MDPH-34-2026-001950")?.etape.code).toBe("depot");
  });
});
