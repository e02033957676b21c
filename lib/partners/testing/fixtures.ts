import type { MdphDemande } from "../mdph-en-ligne/wire";
import { TRE_R357_SYSTEM } from "@/lib/requests/model";
import type { VtDemande, VtOrientation } from "../via-trajectoire/wire";

// Wire records shaped like docs/adr/0006-requests-api-and-webhooks.md, for
// mapper, ordering and webhook tests. Overrides replace top-level fields.

export const PERSON_SUB = "a".repeat(64) + "v1";

export function mdphDemande(overrides: Partial<MdphDemande> = {}): MdphDemande {
  return {
    partenaire: "mdph-en-ligne",
    id: "MDPH-69-2026-0001",
    personneSub: PERSON_SUB,
    titre: "Demande d'allocation aux adultes handicapés et de carte mobilité inclusion",
    mdph: { departement: "69", nom: "MDPH du Rhône" },
    droits: [
      { code: "AAH", libelle: "Allocation aux adultes handicapés", decision: null },
      { code: "CMI-S", libelle: "Carte mobilité inclusion stationnement", decision: null },
    ],
    etape: { code: "evaluation", libelle: "Évaluation" },
    piecesDemandees: [],
    dateDepot: "2026-10-15",
    dateLimiteLegale: "2027-02-15",
    historique: [
      { date: "2026-10-15T09:00:00+02:00", etape: "depot", libelle: "Dépôt du dossier" },
      { date: "2026-10-22T14:30:00+02:00", etape: "recevabilite", libelle: "Recevabilité" },
      { date: "2026-11-05T10:00:00+01:00", etape: "evaluation", libelle: "Évaluation", commentaire: "Rendez-vous avec l'équipe le 20 novembre." },
    ],
    misAJourLe: "2026-11-05T10:00:00+01:00",
    lien: "http://localhost:4030/demandes/MDPH-69-2026-0001",
    ...overrides,
  };
}

export function vtDemande(overrides: Partial<VtDemande> = {}): VtDemande {
  return {
    partenaire: "via-trajectoire",
    id: "VT-2026-000101",
    personneSub: PERSON_SUB,
    titre: "Demande d'admission en EHPAD — Résidence Les Tilleuls",
    secteur: "personnes-agees",
    accueil: "Hébergement permanent",
    etablissement: {
      finess: "690999101",
      nom: "Résidence Les Tilleuls",
      categorie: { code: "500", libelle: "Établissement d'hébergement pour personnes âgées dépendantes" },
      codePostal: "69100",
      commune: "Villeurbanne",
    },
    statut: { system: TRE_R357_SYSTEM, code: "42", display: "Liste d'attente. En cours d'analyse, demande d'admission reçue dans l'ESMS" },
    historique: [
      { date: "2026-09-02T08:00:00+02:00", statut: { code: "39", display: "Notification envoyée" } },
      { date: "2026-09-18T11:00:00+02:00", statut: { code: "42", display: "Liste d'attente. En cours d'analyse, demande d'admission reçue dans l'ESMS" } },
    ],
    prochaineEtape: { libelle: "Réponse de l'établissement", dateEstimee: "2027-01-15" },
    reponseAttendueAvant: null,
    misAJourLe: "2026-09-18T11:00:00+02:00",
    lien: "http://localhost:4020/demandes/VT-2026-000101",
    ...overrides,
  };
}

export function vtOrientation(overrides: Partial<VtOrientation> = {}): VtOrientation {
  return {
    id: "OR-2025-0001",
    personneSub: PERSON_SUB,
    libelle: "Orientation en foyer d'accueil médicalisé",
    categorieCible: { code: "437", libelle: "Foyer d'accueil médicalisé" },
    dateDecision: "2025-03-01",
    finValidite: "2027-03-01",
    ...overrides,
  };
}
