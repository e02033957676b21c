import { backLink, badge, facts, formatDateFr, html, table, type SafeHtml } from "../partner-kit/html";
import type { PartnerPage } from "../partner-kit/partner-app";
import type { SignedInPerson } from "../partner-kit/relying-party";
import { displayName, findPersonBySub } from "../identity-provider/people";
import { nextStep, type MdphRequest } from "./data";

// Pages of the MDPH en ligne stand-in: "Mes demandes" and a request detail.

export const LIST_PATH = "/demandes";

export function requestPath(id: string): string {
  return `${LIST_PATH}/${encodeURIComponent(id)}`;
}

function stepBadge(request: MdphRequest): SafeHtml {
  return badge(request.step.code === "notifiee" ? "success" : "info", request.step.label);
}

function beneficiaryName(request: MdphRequest, viewer: SignedInPerson): string {
  if (request.personSub === viewer.sub) return viewer.displayName;
  const person = findPersonBySub(request.personSub);
  return person ? displayName(person) : "Personne accompagnée";
}

function requestsTable(caption: string, requests: readonly MdphRequest[], viewer: SignedInPerson, showBeneficiary: boolean): SafeHtml {
  const headers = ["Demande", ...(showBeneficiary ? ["Pour"] : []), "Objet", "Étape", "Mise à jour"];
  const rows = requests.map((request) => [
    html`<a href="${requestPath(request.id)}">${request.id}</a>`,
    ...(showBeneficiary ? [beneficiaryName(request, viewer)] : []),
    html`${request.title}<br><span class="fr-text--sm">${request.rights.map((right) => right.code).join(", ")}</span>`,
    stepBadge(request),
    formatDateFr(request.updatedAt),
  ]);
  return table({ caption, headers, rows });
}

export function renderRequestList(own: readonly MdphRequest[], asAidant: readonly MdphRequest[], viewer: SignedInPerson): PartnerPage {
  const empty = own.length === 0 && asAidant.length === 0;
  const body = html`<h1>Mes demandes à la MDPH</h1>
<p>Suivez l’avancement de vos demandes de droits et de prestations auprès de votre maison départementale des personnes handicapées.</p>
${empty ? html`<p>Vous n’avez aucune demande en cours auprès d’une MDPH.</p>` : ""}
${own.length > 0 ? requestsTable("Mes demandes à la MDPH", own, viewer, false) : ""}
${asAidant.length > 0 ? html`<h2 class="fr-mt-6w">Demandes des personnes que vous accompagnez</h2>
${requestsTable("Demandes suivies en tant qu’aidant·e", asAidant, viewer, true)}` : ""}`;
  return { title: "Mes demandes", body };
}

export function renderRequestDetail(request: MdphRequest, viewer: SignedInPerson): PartnerPage {
  const upcoming = nextStep(request.step);
  const history = [...request.history].reverse();
  const body = html`${backLink(LIST_PATH, "Retour à mes demandes")}
<h1>${request.title}</h1>
<div class="fr-stepper">
  <h2 class="fr-stepper__title">${request.step.label}<span class="fr-stepper__state">Étape ${request.step.position} sur ${request.step.total}</span></h2>
  <div class="fr-stepper__steps" data-fr-current-step="${request.step.position}" data-fr-steps="${request.step.total}"></div>
  ${upcoming ? html`<p class="fr-stepper__details"><span class="fr-text--bold">Étape suivante :</span> ${upcoming.label}</p>` : ""}
</div>
${facts([
  ["Numéro de dossier", request.id],
  ["Pour", beneficiaryName(request, viewer)],
  ["Droits et prestations demandés", html`<ul class="fr-mb-0">${request.rights.map((right) => html`<li>${right.label}</li>`)}</ul>`],
  ["MDPH", request.mdph.name],
  ["Demande envoyée le", formatDateFr(request.createdAt)],
  ["Dernière mise à jour", formatDateFr(request.updatedAt)],
])}
<h2>Historique</h2>
<ol>
${history.map(
  (entry) => html`  <li class="fr-mb-2w"><strong>${formatDateFr(entry.date)}</strong> : ${entry.step.label}${entry.comment ? html`<br><span class="fr-text--sm">${entry.comment}</span>` : ""}</li>
`,
)}</ol>`;
  return { title: `Demande ${request.id}`, body };
}
