import { describe, expect, it } from "vitest";

import { mapMdphDemande } from "@/lib/partners/mdph-en-ligne/map";
import { mdphDemande, vtDemande } from "@/lib/partners/testing/fixtures";
import { mapViaTrajectoireDemande } from "@/lib/partners/via-trajectoire/map";

import { sortRequests } from "./ordering";

const context = { today: "2026-12-01", handoverUrl: "http://partner.example", offerPath: null };
const system = vtDemande().statut.system;

describe("dashboard order", () => {
  it("shows « à faire » first (soonest deadline first), then in progress (latest first), then closed", () => {
    const closed = mapViaTrajectoireDemande(vtDemande({ id: "VT-CLOSED", statut: { system, code: "46", display: "x" }, misAJourLe: "2026-11-30T10:00:00+01:00" }), context);
    const inProgressOld = mapViaTrajectoireDemande(vtDemande({ id: "VT-OLD", misAJourLe: "2026-10-01T10:00:00+02:00" }), context);
    const inProgressNew = mapMdphDemande(mdphDemande({ id: "MDPH-NEW", misAJourLe: "2026-11-20T10:00:00+01:00" }), context);
    const pieces = mapMdphDemande(mdphDemande({ id: "MDPH-PIECES", piecesDemandees: [{ libelle: "Certificat médical", recue: false }] }), context);
    const proposal = mapViaTrajectoireDemande(vtDemande({ id: "VT-PROPOSAL", reponseAttendueAvant: "2026-12-05" }), context);
    const rights = mapMdphDemande(
      mdphDemande({
        id: "MDPH-RIGHTS",
        etape: { code: "notification", libelle: "Notification" },
        droits: [{ code: "AAH", libelle: "AAH", decision: { resultat: "accorde", date: "2022-01-01", finValidite: "2027-03-01" } }],
      }),
      context,
    );
    const order = sortRequests([closed, inProgressOld, rights, inProgressNew, pieces, proposal]).map((request) => request.id);
    expect(order).toEqual(["VT-PROPOSAL", "MDPH-RIGHTS", "MDPH-PIECES", "MDPH-NEW", "VT-OLD", "VT-CLOSED"]);
  });
});
