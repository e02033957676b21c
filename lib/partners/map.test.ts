import { describe, expect, it } from "vitest";

import { mapMdphDemande, rightsUnderRequest } from "./mdph-en-ligne/map";
import { mdphDemandeSchema, mdphWebhookSchema } from "./mdph-en-ligne/wire";
import { mdphDemande, vtDemande, vtOrientation } from "./testing/fixtures";
import { mapViaTrajectoireDemande, mapViaTrajectoireOrientation } from "./via-trajectoire/map";
import { vtDemandeSchema } from "./via-trajectoire/wire";

const context = { today: "2026-12-01", handoverUrl: "http://partner.example/demandes/X", offerPath: null };

describe("MDPH en ligne mapper", () => {
  it("accepts the contract's shape", () => {
    expect(mdphDemandeSchema.safeParse(mdphDemande()).success).toBe(true);
    expect(mdphWebhookSchema.safeParse({ type: "demande.mise-a-jour", date: "2026-12-01T10:04:00+01:00", resume: "Étape suivante", demande: mdphDemande() }).success).toBe(true);
  });

  it.each([
    ["an unknown step", { etape: { code: "inconnue", libelle: "?" } }],
    ["a date without offset", { misAJourLe: "2026-11-05T10:00:00" }],
    ["a malformed id", { id: "../../etc" }],
  ])("refuses %s", (_name, change) => {
    expect(mdphDemandeSchema.safeParse({ ...mdphDemande(), ...change }).success).toBe(false);
  });

  it("maps status, timeline, next step with the legal deadline and links", () => {
    const request = mapMdphDemande(mdphDemande(), context);
    expect(request).toMatchObject({
      partner: "mdph-en-ligne",
      id: "MDPH-69-2026-0001",
      handledBy: "MDPH du Rhône",
      group: "en-cours",
      todo: [],
      filedOn: "2026-10-15",
      nextStep: { label: "Décision de la CDAPH", expectedDate: "2027-02-15", dateKind: "delai-legal" },
      handoverUrl: "http://partner.example/demandes/X",
      offerPath: null,
    });
    expect(request.status).toMatchObject({ code: "evaluation", plainLabel: "Étude des besoins", severity: "info" });
    expect(request.status.falcText.length).toBeGreaterThan(0);
    expect(request.timeline.map((step) => step.plainLabel)).toEqual(["Dossier déposé", "Vérification du dossier", "Étude des besoins"]);
    expect(request.timeline[2]?.comment).toBe("Rendez-vous avec l'équipe le 20 novembre.");
  });

  it("computes the legal deadline when the partner leaves it empty", () => {
    expect(mapMdphDemande(mdphDemande({ dateLimiteLegale: "" }), context).nextStep?.expectedDate).toBe("2027-02-15");
  });

  it("puts requested pieces in « à faire »", () => {
    const request = mapMdphDemande(
      mdphDemande({
        etape: { code: "pieces-demandees", libelle: "Pièces demandées" },
        piecesDemandees: [
          { libelle: "Certificat médical de moins d'un an", recue: false },
          { libelle: "Justificatif de domicile", recue: true },
        ],
      }),
      context,
    );
    expect(request.group).toBe("a-faire");
    expect(request.todo).toEqual([{ kind: "pieces-demandees", pieces: ["Certificat médical de moins d'un an"] }]);
  });

  it("puts rights ending within 6 months in « à faire », and closes fully decided notified requests", () => {
    const notified = (finValidite: string) =>
      mdphDemande({
        etape: { code: "notification", libelle: "Notification" },
        droits: [{ code: "AAH", libelle: "Allocation aux adultes handicapés", decision: { resultat: "accorde", date: "2022-03-01", finValidite } }],
      });
    const expiring = mapMdphDemande(notified("2027-04-30"), context);
    expect(expiring.group).toBe("a-faire");
    expect(expiring.todo).toEqual([{ kind: "droits-expirent", right: "Allocation aux adultes handicapés", on: "2027-04-30" }]);
    expect(expiring.nextStep).toBeNull();
    expect(mapMdphDemande(notified("2029-04-30"), context).group).toBe("termine");
    expect(mapMdphDemande(notified("2026-11-30"), context).group).toBe("termine");
  });

  it("does not ask to renew a right that another open request already asks for", () => {
    const decided = mdphDemande({
      etape: { code: "notification", libelle: "Notification" },
      droits: [{ code: "AAH", libelle: "Allocation aux adultes handicapés", decision: { resultat: "accorde", date: "2022-03-01", finValidite: "2027-04-30" } }],
    });
    const renewal = mdphDemande({ id: "MDPH-69-2026-0002", titre: "Renouvellement de l'AAH", droits: [{ code: "AAH", libelle: "Allocation aux adultes handicapés", decision: null }] });
    const rights = rightsUnderRequest([decided, renewal]);
    expect(rights).toEqual(new Map([["Allocation aux adultes handicapés", "Renouvellement de l'AAH"]]));
    const request = mapMdphDemande(decided, { ...context, rightsUnderRequest: rights });
    expect(request.todo).toEqual([]);
    expect(request.group).toBe("termine");
    expect(request.renewalsUnderWay).toEqual([{ right: "Allocation aux adultes handicapés", on: "2027-04-30", requestTitle: "Renouvellement de l'AAH" }]);
  });

  it("dates the answer to a recours 2 months after it was filed", () => {
    const request = mapMdphDemande(
      mdphDemande({
        etape: { code: "recours", libelle: "Recours" },
        historique: [...mdphDemande().historique, { date: "2026-11-20T09:00:00+01:00", etape: "recours", libelle: "Recours" }],
      }),
      context,
    );
    expect(request.nextStep).toEqual({ label: "Nouvelle décision sur le recours", expectedDate: "2027-01-20", dateKind: "delai-legal" });
  });
});

describe("ViaTrajectoire mapper", () => {
  it("accepts the contract's shape and refuses a bad FINESS", () => {
    expect(vtDemandeSchema.safeParse(vtDemande()).success).toBe(true);
    expect(vtDemandeSchema.safeParse(vtDemande({ etablissement: { ...vtDemande().etablissement, finess: "12" } })).success).toBe(false);
  });

  it("maps the TRE_R357 status, the partner's next step and the offer link", () => {
    const request = mapViaTrajectoireDemande(vtDemande(), { ...context, offerPath: "/offres/ror--1" });
    expect(request.status).toMatchObject({ code: "42", plainLabel: "Demande en cours d'étude" });
    expect(request.nextStep).toEqual({ label: "Réponse de l'établissement", expectedDate: "2027-01-15", dateKind: "estimation-partenaire" });
    expect(request.timeline.map((step) => step.plainLabel)).toEqual(["Décision envoyée à l'établissement", "Demande en cours d'étude"]);
    expect(request).toMatchObject({ group: "en-cours", offerPath: "/offres/ror--1", handledBy: "Résidence Les Tilleuls, Villeurbanne" });
    expect(request.establishment?.finess).toBe("690999101");
  });

  it("puts an admission proposal to confirm in « à faire » until its deadline", () => {
    const proposal = vtDemande({ statut: { system: vtDemande().statut.system, code: "71", display: "Liste d'attente. Admis dans l'ESMS" }, reponseAttendueAvant: "2026-12-10" });
    expect(mapViaTrajectoireDemande(proposal, context)).toMatchObject({
      group: "a-faire",
      todo: [{ kind: "admission-a-confirmer", before: "2026-12-10", establishment: "Résidence Les Tilleuls" }],
    });
    expect(mapViaTrajectoireDemande(proposal, { ...context, today: "2026-12-11" }).group).toBe("en-cours");
  });

  it.each([
    ["46", "termine"],
    ["180", "termine"],
    ["47", "termine"],
    ["72", "en-cours"],
  ])("classifies status %s as %s", (code, group) => {
    expect(mapViaTrajectoireDemande(vtDemande({ statut: { system: vtDemande().statut.system, code, display: code } }), context).group).toBe(group);
  });

  it("keeps the partner's label for an unknown code or another code system", () => {
    const unknown = mapViaTrajectoireDemande(vtDemande({ statut: { system: "https://example.org/autre", code: "42", display: "Statut maison" } }), context);
    expect(unknown.status).toMatchObject({ label: "Statut maison", plainLabel: "Statut maison", text: "Statut maison", next: null });
  });

  it("flags orientations that end within 6 months", () => {
    expect(mapViaTrajectoireOrientation(vtOrientation(), "2026-12-01").expiresSoon).toBe(true);
    expect(mapViaTrajectoireOrientation(vtOrientation({ finValidite: "2028-01-01" }), "2026-12-01").expiresSoon).toBe(false);
  });
});
