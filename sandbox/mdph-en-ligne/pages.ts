import { identityAndContactFacts, signingErrors } from "../partner-kit/drafts";
import { alert, backLink, badge, facts, formatDateFr, html, table, type SafeHtml } from "../partner-kit/html";
import type { PartnerPage } from "../partner-kit/partner-app";
import type { SignedInPerson } from "../partner-kit/relying-party";
import { displayName, findPersonBySub } from "../identity-provider/people";
import { NEXT_STEP, RIGHTS, stepLabel, stepperPosition, type MdphRequest } from "./data";
import { mdphFor, type MdphDraft } from "./drafts";

// Pages of the MDPH en ligne stand-in: "Mes demandes" and a request detail,
// read from the live store (what the /sandbox controls change shows at once).

export const LIST_PATH = "/demandes";

export function requestPath(id: string): string {
  return `${LIST_PATH}/${encodeURIComponent(id)}`;
}

function stepBadge(request: MdphRequest): SafeHtml {
  const tone = request.etape.code === "notification" ? "success" : request.etape.code === "pieces-demandees" || request.etape.code === "recours" ? "warning" : "info";
  return badge(tone, request.etape.libelle);
}

function beneficiaryName(request: MdphRequest, viewer: SignedInPerson): string {
  if (request.personneSub === viewer.sub) return viewer.displayName;
  const person = findPersonBySub(request.personneSub);
  return person ? displayName(person) : "Personne accompagnée";
}

function requestsTable(caption: string, requests: readonly MdphRequest[], viewer: SignedInPerson, showBeneficiary: boolean): SafeHtml {
  const headers = ["Demande", ...(showBeneficiary ? ["Pour"] : []), "Objet", "Étape", "Mise à jour"];
  const rows = requests.map((request) => [
    html`<a href="${requestPath(request.id)}">${request.id}</a>`,
    ...(showBeneficiary ? [beneficiaryName(request, viewer)] : []),
    html`${request.titre}<br><span class="fr-text--sm">${request.droits.map((droit) => droit.code).join(", ")}</span>`,
    stepBadge(request),
    formatDateFr(request.misAJourLe),
  ]);
  return table({ caption, headers, rows });
}

export function renderRequestList(own: readonly MdphRequest[], asAidant: readonly MdphRequest[], viewer: SignedInPerson, signed: readonly MdphRequest[] = []): PartnerPage {
  const empty = own.length === 0 && asAidant.length === 0;
  const body = html`<h1>Mes demandes à la MDPH</h1>
${signed.length > 0 ? alert("success", "Votre demande est déposée", html`${signed.map((request) => html`${request.titre} (${request.id}) `)}: la MDPH a 4 mois pour vous répondre.`) : ""}
<p>Suivez l’avancement de vos demandes de droits et de prestations auprès de votre maison départementale des personnes handicapées.</p>
${empty ? html`<p>Vous n’avez aucune demande en cours auprès d’une MDPH.</p>` : ""}
${own.length > 0 ? requestsTable("Mes demandes à la MDPH", own, viewer, false) : ""}
${asAidant.length > 0 ? html`<h2 class="fr-mt-6w">Demandes des personnes que vous accompagnez</h2>
${requestsTable("Demandes suivies en tant qu’aidant·e", asAidant, viewer, true)}` : ""}`;
  return { title: "Mes demandes", body };
}

function decisionText(decision: MdphRequest["droits"][number]["decision"]): SafeHtml | string {
  if (!decision) return "En attente de décision";
  const result = decision.resultat === "accorde" ? "Accordé" : "Refusé";
  return html`${result} le ${formatDateFr(decision.date)}${decision.finValidite ? html`, jusqu’au ${formatDateFr(decision.finValidite)}` : ""}`;
}

export function renderRequestDetail(request: MdphRequest, viewer: SignedInPerson): PartnerPage {
  const { position, total } = stepperPosition(request.etape.code);
  const upcoming = NEXT_STEP[request.etape.code];
  const history = [...request.historique].reverse();
  const pending = request.piecesDemandees.filter((piece) => !piece.recue);
  const body = html`${backLink(LIST_PATH, "Retour à mes demandes")}
<h1>${request.titre}</h1>
<div class="fr-stepper">
  <h2 class="fr-stepper__title">${request.etape.libelle}<span class="fr-stepper__state">Étape ${position} sur ${total}</span></h2>
  <div class="fr-stepper__steps" data-fr-current-step="${position}" data-fr-steps="${total}"></div>
  ${upcoming ? html`<p class="fr-stepper__details"><span class="fr-text--bold">Étape suivante :</span> ${stepLabel(upcoming)}</p>` : ""}
</div>
${pending.length > 0 ? alert("warning", "La MDPH attend des pièces de votre part", html`Envoyez : ${pending.map((piece, index) => html`${index > 0 ? " ; " : ""}${piece.libelle}`)}.`) : ""}
${facts([
  ["Numéro de dossier", request.id],
  ["Pour", beneficiaryName(request, viewer)],
  ["MDPH", request.mdph.nom],
  ["Dossier déposé le", formatDateFr(request.dateDepot)],
  ["Date limite de réponse", html`${formatDateFr(request.dateLimiteLegale)} <span class="fr-hint-text">4 mois après le dépôt ; sans réponse à cette date, la demande est considérée comme refusée.</span>`],
  ["Dernière mise à jour", formatDateFr(request.misAJourLe)],
])}
${table({
  caption: "Droits et prestations demandés",
  headers: ["Droit ou prestation", "Décision"],
  rows: request.droits.map((droit) => [droit.libelle, decisionText(droit.decision)]),
})}
${request.piecesDemandees.length > 0
  ? html`<h2 class="fr-mt-4w">Pièces demandées</h2>
<ul>
${request.piecesDemandees.map((piece) => html`  <li>${piece.libelle} : ${piece.recue ? "reçue" : "en attente"}</li>
`)}</ul>`
  : ""}
<h2 class="fr-mt-4w">Historique</h2>
<ol>
${history.map(
  (entry) => html`  <li class="fr-mb-2w"><strong>${formatDateFr(entry.date)}</strong> : ${entry.libelle}${entry.commentaire ? html`<br><span class="fr-text--sm">${entry.commentaire}</span>` : ""}</li>
`,
)}</ol>`;
  return { title: `Demande ${request.id}`, body };
}

/** The form field names of the signing form (the server reads the same). */
export const SIGN_FIELDS = { rights: "droits", certify: "certification" } as const;

/** A draft the portal created: the pre-filled identity and contact sections, then what to ask for and the signature. */
export function renderDraft(draft: MdphDraft, errors: readonly string[]): PartnerPage {
  const action = `/demandes/brouillons/${encodeURIComponent(draft.id)}`;
  const body = html`${backLink(LIST_PATH, "Retour à mes demandes")}
<h1>Demande à la MDPH à finaliser</h1>
${signingErrors("La demande n’est pas encore déposée", errors)}
${alert("info", "Identité et coordonnées pré-remplies par le Portail Autonomie", "Vérifiez-les, choisissez ce que vous demandez, puis signez. Le certificat médical se joint ensuite à votre dossier.")}
${facts([
  ["Numéro du brouillon", draft.id],
  ["MDPH", mdphFor(draft).nom],
])}
<h2>Identité et coordonnées</h2>
${identityAndContactFacts(draft, formatDateFr)}
<h2>Déposer la demande</h2>
<form method="post" action="${action}">
  <fieldset class="fr-fieldset" aria-labelledby="droits-legende">
    <legend class="fr-fieldset__legend" id="droits-legende">Ce que vous demandez</legend>
${Object.entries(RIGHTS).map(([code, label]) => html`    <div class="fr-fieldset__element"><div class="fr-checkbox-group">
      <input type="checkbox" id="droit-${code}" name="${SIGN_FIELDS.rights}" value="${code}">
      <label class="fr-label" for="droit-${code}">${label}</label>
    </div></div>
`)}  </fieldset>
  <div class="fr-checkbox-group fr-mb-3w">
    <input type="checkbox" id="certification" name="${SIGN_FIELDS.certify}" value="oui">
    <label class="fr-label" for="certification">Je certifie que ces informations sont exactes.</label>
  </div>
  <button class="fr-btn" type="submit">Signer et déposer la demande</button>
</form>`;
  return { title: `Brouillon ${draft.id}`, body };
}
