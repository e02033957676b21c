import { describe, expect, it } from "vitest";

import { getStatusExplanation } from "@/lib/requests/model";

import { generateCatalogue } from "../catalogue-generator/generate";
import { SANDBOX_SUBS } from "../identity-provider/people";
import { demoClock } from "../partner-kit/demo-clock";
import { ControlError } from "../partner-kit/requests-store";
import { ESTABLISHMENTS, TRE_R357, TRE_R357_SYSTEM, createAdmissionStore, demoAdmissionRequests, demoOrientations } from "./data";

const clock = demoClock(() => new Date("2026-12-01T10:00:00Z"));

describe("ViaTrajectoire demo data", () => {
  it("keeps a consistent model: unique ids, current status = last history entry", () => {
    const requests = demoAdmissionRequests(clock);
    expect(new Set(requests.map((request) => request.id)).size).toBe(requests.length);
    for (const request of requests) {
      expect(request.id).toMatch(/^VT-\d{4}-\d{6}$/);
      expect(request.statut.code).toBe(request.historique.at(-1)?.statut.code);
      expect(request.statut.system).toBe(TRE_R357_SYSTEM);
      expect(request.statut.display).toBe(TRE_R357[request.statut.code].label);
      expect(request.misAJourLe).toBe(request.historique.at(-1)?.date);
      expect(request.etablissement.finess).toMatch(/^\d{9}$/);
      expect(request.reponseAttendueAvant !== null).toBe(request.statut.code === "71");
    }
  });

  it("uses official TRE_R357 codes and labels (those the portal explains)", () => {
    for (const [code, status] of Object.entries(TRE_R357)) {
      expect(getStatusExplanation("tre-r357", code)?.label, code).toBe(status.label);
    }
  });

  it("references establishments of the sandbox catalogue by FINESS ET, within its first 600 offers", () => {
    const sites = new Map(generateCatalogue({ offers: 600 }).sites.filter((site) => site.inRor).map((site) => [site.finessEt, site]));
    for (const establishment of Object.values(ESTABLISHMENTS)) {
      const site = sites.get(establishment.finess);
      expect(site, establishment.finess).toBeDefined();
      expect(site?.name).toBe(establishment.nom);
      expect(site?.categorie).toBe(establishment.categorie.code);
      expect(site?.commune.nom).toBe(establishment.commune);
      expect(site?.commune.codesPostaux).toContain(establishment.codePostal);
    }
  });

  it("has an admission proposal to confirm and CDAPH orientations for disabled people", () => {
    const proposals = demoAdmissionRequests(clock).filter((request) => request.reponseAttendueAvant);
    expect(proposals.map((request) => request.id)).toEqual(["VT-2026-004212", "VT-2026-006230"]);
    expect(proposals.every((request) => (request.reponseAttendueAvant ?? "") > "2026-12-01")).toBe(true);
    const orientations = demoOrientations(clock);
    expect(orientations.map((orientation) => orientation.personneSub)).toEqual([SANDBOX_SUBS.karimBenali, SANDBOX_SUBS.nadiaHaddad, SANDBOX_SUBS.nadiaHaddad]);
    expect(orientations[0]).toMatchObject({ dateDecision: "2025-10-27", finValidite: "2030-10-27", categorieCible: { code: "437" } });
  });

  it.each([
    ["Jeanne Martin", SANDBOX_SUBS.jeanneMartin, 3, 0],
    ["Karim Benali", SANDBOX_SUBS.karimBenali, 2, 0],
    ["Sophie Martin (aidante)", SANDBOX_SUBS.sophieMartin, 0, 3],
    ["André Lefebvre", SANDBOX_SUBS.andreLefebvre, 2, 0],
    ["Nadia Haddad", SANDBOX_SUBS.nadiaHaddad, 2, 0],
    ["Lucie Bernard", SANDBOX_SUBS.lucieBernard, 2, 0],
    ["Marc Bernard", SANDBOX_SUBS.marcBernard, 0, 0],
  ])("gives %s %i own and %i followed requests", (_name, sub, own, asAidant) => {
    const requests = createAdmissionStore(clock).requestsFor(sub);
    expect(requests.own).toHaveLength(own);
    expect(requests.asAidant).toHaveLength(asAidant);
  });

  it("sorts by latest activity and restricts access to the person and their aidants", () => {
    const store = createAdmissionStore(clock);
    const { own } = store.requestsFor(SANDBOX_SUBS.jeanneMartin);
    expect(own.map((request) => request.misAJourLe)).toEqual([...own.map((request) => request.misAJourLe)].sort().reverse());
    expect(store.find("VT-2026-004211", SANDBOX_SUBS.sophieMartin)).toBeDefined();
    expect(store.find("VT-2026-004211", SANDBOX_SUBS.karimBenali)).toBeUndefined();
  });

  it("generates one stable request for any other sub, on the partner's pages only", () => {
    const store = createAdmissionStore(clock);
    expect(store.requestsFor("fc-integration-user").own).toHaveLength(0);
    const first = store.requestsFor("fc-integration-user", { generate: true });
    expect(first.own).toHaveLength(1);
    expect(createAdmissionStore(clock).requestsFor("fc-integration-user", { generate: true })).toEqual(first);
    expect(first.own[0]?.personneSub).toBe("fc-integration-user");
    expect(store.find(first.own[0]?.id ?? "", "fc-integration-user")).toBeDefined();
  });
});

describe("advancing an admission request", () => {
  it("walks 42 → 72 → 71 (proposal to confirm) → 47, keeping history", () => {
    const store = createAdmissionStore(clock);
    expect(store.advance("VT-2026-005120").request.statut.code).toBe("72");
    const proposed = store.advance("VT-2026-005120").request;
    expect(proposed.statut).toEqual({ system: TRE_R357_SYSTEM, code: "71", display: "Liste d'attente. Admis dans l'ESMS" });
    expect(proposed.reponseAttendueAvant).toBe("2026-12-15");
    expect(proposed.prochaineEtape).toEqual({ libelle: "Confirmation de l’admission auprès de l’établissement", dateEstimee: "2026-12-15" });
    const entered = store.advance("VT-2026-005120").request;
    expect(entered.statut.code).toBe("47");
    expect(entered.reponseAttendueAvant).toBeNull();
    expect(entered.historique.map((entry) => entry.statut.code)).toEqual(["39", "40", "42", "72", "71", "47"]);
  });

  it("goes to a chosen status and refuses unknown codes or dead ends", () => {
    const store = createAdmissionStore(clock);
    expect(store.advance("VT-2026-005121", "46").request.prochaineEtape).toBeNull();
    expect(() => store.advance("VT-2026-005121")).toThrow(ControlError);
    expect(() => store.advance("VT-2026-005121", "999")).toThrow(/inconnu/);
  });
});
