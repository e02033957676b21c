import { backLink, badge, facts, formatDateFr, html, table, type SafeHtml } from "../partner-kit/html";
import type { PartnerPage } from "../partner-kit/partner-app";
import type { SignedInPerson } from "../partner-kit/relying-party";
import { displayName, findPersonBySub } from "../identity-provider/people";
import type { AdmissionRequest, AdmissionStatus } from "./data";

// Pages of the ViaTrajectoire stand-in: "Mes demandes" and a request detail.

export const LIST_PATH = "/demandes";

export function requestPath(id: string): string {
  return `${LIST_PATH}/${encodeURIComponent(id)}`;
}

function statusBadge(status: AdmissionStatus, spacing = ""): SafeHtml {
  return badge(status.tone, status.plainLabel, spacing);
}

function beneficiaryName(request: AdmissionRequest, viewer: SignedInPerson): string {
  if (request.personSub === viewer.sub) return viewer.displayName;
  const person = findPersonBySub(request.personSub);
  return person ? displayName(person) : "Personne accompagnée";
}

function requestsTable(caption: string, requests: readonly AdmissionRequest[], viewer: SignedInPerson, showBeneficiary: boolean): SafeHtml {
  const headers = ["Demande", ...(showBeneficiary ? ["Pour"] : []), "Établissement", "Statut", "Mise à jour"];
  const rows = requests.map((request) => [
    html`<a href="${requestPath(request.id)}">${request.id}</a>`,
    ...(showBeneficiary ? [beneficiaryName(request, viewer)] : []),
    html`${request.establishment.name}<br><span class="fr-text--sm">${request.establishment.categoryAcronym}, ${request.establishment.city}</span>`,
    statusBadge(request.status),
    formatDateFr(request.updatedAt),
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
  const history = [...request.history].reverse();
  const body = html`${backLink(LIST_PATH, "Retour à mes demandes")}
<h1>${request.title}</h1>
${statusBadge(request.status, "fr-mb-3w")}
${facts([
  ["Numéro de demande", request.id],
  ["Pour", beneficiaryName(request, viewer)],
  ["Établissement", html`${request.establishment.name}, ${request.establishment.postalCode} ${request.establishment.city}`],
  ["Type d’établissement", `${request.establishment.categoryLabel} (${request.establishment.categoryAcronym})`],
  ["Accueil demandé", request.accommodation],
  ["Demande envoyée le", formatDateFr(request.createdAt)],
  ["Dernière mise à jour", formatDateFr(request.updatedAt)],
  ["Statut (nomenclature TRE_R357)", html`<code>${request.status.code}</code> — ${request.status.label}`],
])}
<h2>Historique</h2>
<ol>
${history.map(
  (entry) => html`  <li class="fr-mb-2w"><strong>${formatDateFr(entry.date)}</strong> : ${entry.status.plainLabel}${entry.comment ? html`<br><span class="fr-text--sm">${entry.comment}</span>` : ""}</li>
`,
)}</ol>`;
  return { title: `Demande ${request.id}`, body };
}
