import { identityAndContactFacts, signingErrors } from "../partner-kit/drafts";
import { alert, backLink, badge, facts, formatDateFr, html, table, type SafeHtml } from "../partner-kit/html";
import type { PartnerPage } from "../partner-kit/partner-app";
import type { SignedInPerson } from "../partner-kit/relying-party";
import { displayName, findPersonBySub } from "../identity-provider/people";
import { CATEGORIES, ESTABLISHMENTS, TRE_R357, type AdmissionRequest, type StatusCode } from "./data";
import { STAY_TYPES, type AdmissionDraft } from "./drafts";

// Pages of the ViaTrajectoire stand-in: "Mes demandes" and a request detail,
// read from the live store (what the /sandbox controls change shows at once).

export const LIST_PATH = "/demandes";

export function requestPath(id: string): string {
  return `${LIST_PATH}/${encodeURIComponent(id)}`;
}

/** A new admission request to one establishment, by its FINESS ET number (as the portal's offer pages link). */
export const NEW_REQUEST_PATTERN = /^\/demandes\/nouvelle\/(\d[0-9AB]\d{7})$/;

function statusBadge(code: StatusCode, spacing = ""): SafeHtml {
  const status = TRE_R357[code];
  return badge(status.tone, status.plainLabel, spacing);
}

function beneficiaryName(request: AdmissionRequest, viewer: SignedInPerson): string {
  if (request.personneSub === viewer.sub) return viewer.displayName;
  const person = findPersonBySub(request.personneSub);
  return person ? displayName(person) : "Personne accompagnée";
}

function requestsTable(caption: string, requests: readonly AdmissionRequest[], viewer: SignedInPerson, showBeneficiary: boolean): SafeHtml {
  const headers = ["Demande", ...(showBeneficiary ? ["Pour"] : []), "Établissement", "Statut", "Mise à jour"];
  const rows = requests.map((request) => [
    html`<a href="${requestPath(request.id)}">${request.id}</a>`,
    ...(showBeneficiary ? [beneficiaryName(request, viewer)] : []),
    html`${request.etablissement.nom}<br><span class="fr-text--sm">${CATEGORIES[request.etablissement.categorie.code].sigle}, ${request.etablissement.commune}</span>`,
    statusBadge(request.statut.code),
    formatDateFr(request.misAJourLe),
  ]);
  return table({ caption, headers, rows });
}

export function renderRequestList(own: readonly AdmissionRequest[], asAidant: readonly AdmissionRequest[], viewer: SignedInPerson, signed: readonly AdmissionRequest[] = []): PartnerPage {
  const empty = own.length === 0 && asAidant.length === 0;
  const body = html`<h1>Mes demandes d’admission</h1>
${signed.length > 0
  ? alert(
      "success",
      signed.length > 1 ? "Vos demandes sont envoyées" : "Votre demande est envoyée",
      html`Envoyée à : ${signed.map((request, index) => html`${index > 0 ? ", " : ""}${request.etablissement.nom}`)}. Votre médecin peut maintenant remplir le volet médical.`,
    )
  : ""}
<p>Suivez vos demandes d’admission en établissement ou service médico-social et leur avancement.</p>
${empty ? html`<p>Vous n’avez aucune demande d’admission en cours.</p>` : ""}
${own.length > 0 ? requestsTable("Mes demandes d’admission", own, viewer, false) : ""}
${asAidant.length > 0 ? html`<h2 class="fr-mt-6w">Demandes des personnes que vous accompagnez</h2>
${requestsTable("Demandes suivies en tant qu’aidant·e", asAidant, viewer, true)}` : ""}`;
  return { title: "Mes demandes", body };
}

export function renderRequestDetail(request: AdmissionRequest, viewer: SignedInPerson): PartnerPage {
  const history = [...request.historique].reverse();
  const { etablissement } = request;
  const body = html`${backLink(LIST_PATH, "Retour à mes demandes")}
<h1>${request.titre}</h1>
${statusBadge(request.statut.code, "fr-mb-3w")}
${request.reponseAttendueAvant ? alert("warning", "L’établissement vous propose une admission", html`Confirmez votre réponse avant le ${formatDateFr(request.reponseAttendueAvant)}.`) : ""}
${facts([
  ["Numéro de demande", request.id],
  ["Pour", beneficiaryName(request, viewer)],
  ["Établissement", html`${etablissement.nom}, ${etablissement.codePostal} ${etablissement.commune}`],
  ["Type d’établissement", `${etablissement.categorie.libelle} (${CATEGORIES[etablissement.categorie.code].sigle})`],
  ["Numéro FINESS", etablissement.finess],
  ["Accueil demandé", request.accueil],
  ["Demande envoyée le", formatDateFr(request.historique[0]?.date ?? request.misAJourLe)],
  ["Dernière mise à jour", formatDateFr(request.misAJourLe)],
  ["Statut (nomenclature TRE_R357)", html`<code>${request.statut.code}</code> — ${request.statut.display}`],
  ...(request.prochaineEtape
    ? ([["Prochaine étape", html`${request.prochaineEtape.libelle}${request.prochaineEtape.dateEstimee ? html` (vers le ${formatDateFr(request.prochaineEtape.dateEstimee)})` : ""}`]] as const)
    : []),
])}
<h2>Historique</h2>
<ol>
${history.map(
  (entry) => html`  <li class="fr-mb-2w"><strong>${formatDateFr(entry.date)}</strong> : ${TRE_R357[entry.statut.code].plainLabel}${entry.commentaire ? html`<br><span class="fr-text--sm">${entry.commentaire}</span>` : ""}</li>
`,
)}</ol>`;
  return { title: `Demande ${request.id}`, body };
}

/**
 * The first page of a new admission request, for one establishment. The real
 * service then asks for the unique admission file; the stand-in stops here.
 */
export function renderNewRequest(finess: string): PartnerPage {
  const known = Object.values(ESTABLISHMENTS).find((etablissement) => etablissement.finess === finess);
  const body = html`${backLink(LIST_PATH, "Retour à mes demandes")}
<h1>Nouvelle demande d’admission</h1>
<p>Vous préparez une demande d’admission dans cet établissement.</p>
${facts([
  ["Établissement", known ? html`${known.nom}, ${known.codePostal} ${known.commune}` : "Établissement de l’annuaire"],
  ...(known ? ([["Type d’établissement", known.categorie.libelle]] as const) : []),
  ["Numéro FINESS", finess],
])}
${alert("info", "Service de démonstration", "Ici, le vrai service vous demanderait de remplir le dossier de demande d’admission puis de l’envoyer à l’établissement.")}`;
  return { title: "Nouvelle demande d’admission", body };
}

/** The form field names of the signing form (the server reads the same). */
export const SIGN_FIELDS = { doctor: "medecinTraitant", certify: "certification" } as const;

/** A draft the portal created: the pre-filled administrative part, then the form to finish and sign. */
export function renderDraft(draft: AdmissionDraft, errors: readonly string[]): PartnerPage {
  const { dossierAdministratif: dossier } = draft;
  const action = `/demandes/brouillons/${encodeURIComponent(draft.id)}`;
  const body = html`${backLink(LIST_PATH, "Retour à mes demandes")}
<h1>Demande d’admission à finaliser</h1>
${signingErrors("La demande n’est pas encore signée", errors)}
${alert("info", "Dossier pré-rempli par le Portail Autonomie", "Vérifiez ces informations, puis signez. Le volet médical sera rempli par votre médecin, directement sur ViaTrajectoire.")}
${facts([
  ["Numéro du brouillon", draft.id],
  ["Type de séjour", STAY_TYPES[draft.typeSejour]],
  ["Date d’entrée souhaitée", formatDateFr(draft.dateSouhaitee)],
])}
<h2>Établissements demandés</h2>
<ul>
${draft.etablissements.map((etablissement) => html`  <li>${etablissement.nom}, ${etablissement.codePostal} ${etablissement.commune} (FINESS ${etablissement.finess})</li>
`)}</ul>
<h2>Volet administratif</h2>
${identityAndContactFacts(dossier, formatDateFr)}
${facts([
  ["Situation de vie", dossier.situationDeVie ?? "Non renseignée"],
  ["Caisse de retraite", dossier.caisseRetraite ?? "Non renseignée"],
])}
<h2>Signer la demande</h2>
<form method="post" action="${action}">
  <div class="fr-input-group">
    <label class="fr-label" for="medecin">Médecin traitant (facultatif)<span class="fr-hint-text">Il recevra une invitation à remplir le volet médical.</span></label>
    <input class="fr-input" id="medecin" name="${SIGN_FIELDS.doctor}" type="text" maxlength="200" autocomplete="off">
  </div>
  <div class="fr-checkbox-group fr-mb-3w">
    <input type="checkbox" id="certification" name="${SIGN_FIELDS.certify}" value="oui">
    <label class="fr-label" for="certification">Je certifie que ces informations sont exactes et je demande une admission dans ${draft.etablissements.length > 1 ? "ces établissements" : "cet établissement"}.</label>
  </div>
  <button class="fr-btn" type="submit">Signer et envoyer la demande</button>
</form>`;
  return { title: `Brouillon ${draft.id}`, body };
}
