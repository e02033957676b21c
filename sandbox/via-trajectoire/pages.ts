import { alert, backLink, badge, facts, formatDateFr, html, table, type SafeHtml } from "../partner-kit/html";
import type { PartnerPage } from "../partner-kit/partner-app";
import type { SignedInPerson } from "../partner-kit/relying-party";
import { displayName, findPersonBySub } from "../identity-provider/people";
import { CATEGORIES, ESTABLISHMENTS, TRE_R357, type AdmissionRequest, type StatusCode } from "./data";

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

export function renderRequestList(own: readonly AdmissionRequest[], asAidant: readonly AdmissionRequest[], viewer: SignedInPerson): PartnerPage {
  const empty = own.length === 0 && asAidant.length === 0;
  const body = html`<h1>Mes demandes d’admission</h1>
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
