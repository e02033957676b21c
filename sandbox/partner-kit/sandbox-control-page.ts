import { SANDBOX_PEOPLE, displayName, findPersonBySub } from "../identity-provider/people";
import { alert, formatDateFr, html, renderLayout, table, type SafeHtml, type ServiceIdentity } from "./html";
import type { OutageState } from "./outage";
import type { WebhookDelivery } from "./webhook-sender";

// The /sandbox page of a partner stand-in: forms, for demos, to move a
// request on, simulate an outage and reset the demo data. Plain HTML forms
// posting to the same endpoints the tests and the CLI call with JSON.

export const CONTROL_PATH = "/sandbox";

export interface ControlPageState {
  service: ServiceIdentity;
  requests: readonly { id: string; personneSub: string; state: { code: string; libelle: string }; misAJourLe: string }[];
  states: readonly { code: string; libelle: string }[];
  outage: OutageState;
  webhookUrl: string;
  deliveries: readonly WebhookDelivery[];
  message?: string;
  error?: string;
}

function personName(sub: string): string {
  const person = findPersonBySub(sub);
  return person ? displayName(person) : `Personne ${sub.slice(0, 8)}…`;
}

function peopleOptions(selectedLabel: string): SafeHtml {
  return html`<option value="" selected>${selectedLabel}</option>
${SANDBOX_PEOPLE.map((person) => html`<option value="${person.sub}">${displayName(person)}</option>
`)}`;
}

function outageSummary(outage: OutageState): string {
  if (outage.globale) return "En panne pour tout le monde : l’API répond 503 à toutes les lectures.";
  if (outage.personnes.length > 0) return `En panne pour : ${outage.personnes.map(personName).join(", ")} (l’API répond 503 pour ces personnes).`;
  return "Le service fonctionne normalement.";
}

function deliveryOutcome(delivery: WebhookDelivery): string {
  const answer = delivery.statutHttp !== null ? `HTTP ${delivery.statutHttp}` : (delivery.erreur ?? "sans réponse");
  const label = { livre: "Livré", refuse: "Refusé", echec: "Échec" }[delivery.resultat];
  const retry = delivery.nouvelleTentativeDansMs !== null ? `, nouvel essai dans ${Math.round(delivery.nouvelleTentativeDansMs / 1000)} s` : "";
  return `${label} (${answer}${retry})`;
}

export function renderControlPage(state: ControlPageState): string {
  const stateOptions = html`<option value="" selected>État suivant</option>
${state.states.map((option) => html`<option value="${option.code}">${option.code} — ${option.libelle}</option>
`)}`;
  const rows = state.requests.map((request) => [
    request.id,
    personName(request.personneSub),
    html`<code>${request.state.code}</code> — ${request.state.libelle}<br><span class="fr-text--xs">mise à jour le ${formatDateFr(request.misAJourLe)}</span>`,
    html`<form method="post" action="${CONTROL_PATH}/demandes/${request.id}/avancer" class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
  <div class="fr-select-group fr-col fr-mb-0">
    <label class="fr-label" for="code-${request.id}">Nouvel état<span class="fr-sr-only"> de la demande ${request.id}</span></label>
    <select class="fr-select" id="code-${request.id}" name="code">${stateOptions}</select>
  </div>
  <div class="fr-col-auto"><button class="fr-btn fr-btn--sm" type="submit">Appliquer<span class="fr-sr-only"> à la demande ${request.id}</span></button></div>
</form>`,
  ]);
  const deliveries = state.deliveries.map((delivery) => [
    delivery.demandeId,
    formatDateFr(delivery.date),
    String(delivery.tentative),
    deliveryOutcome(delivery),
    html`<code>${delivery.id}</code>`,
  ]);
  const body = html`<h1>Piloter le bac à sable ${state.service.name}</h1>
<p>Cette page sert aux démonstrations et aux tests : chaque changement envoie un webhook signé au Portail Autonomie (<code>${state.webhookUrl}</code>).</p>
${state.message ? alert("success", state.message) : ""}${state.error ? alert("error", state.error) : ""}
<h2>Faire avancer une demande</h2>
${state.requests.length > 0 ? table({ caption: "Demandes de démonstration", headers: ["Demande", "Pour", "État actuel", "Changer l’état"], rows }) : html`<p>Aucune demande.</p>`}
<h2 class="fr-mt-6w">Simuler une panne</h2>
<p>${outageSummary(state.outage)}</p>
<form method="post" action="${CONTROL_PATH}/panne">
  <div class="fr-select-group">
    <label class="fr-label" for="panne-personne">Panne pour <span class="fr-hint-text">Une seule personne, ou tout le monde</span></label>
    <select class="fr-select" id="panne-personne" name="personneSub">${peopleOptions("Tout le monde")}</select>
  </div>
  <ul class="fr-btns-group fr-btns-group--inline-md">
    <li><button class="fr-btn" type="submit" name="active" value="true">Déclencher la panne</button></li>
    <li><button class="fr-btn fr-btn--secondary" type="submit" name="active" value="false">Rétablir le service</button></li>
  </ul>
</form>
<h2 class="fr-mt-6w">Réinitialiser les données</h2>
<form method="post" action="${CONTROL_PATH}/reinitialiser">
  <div class="fr-select-group">
    <label class="fr-label" for="reinitialiser-personne">Demandes à réinitialiser <span class="fr-hint-text">Remet aussi le service en marche pour cette personne</span></label>
    <select class="fr-select" id="reinitialiser-personne" name="personneSub">${peopleOptions("Toutes les demandes")}</select>
  </div>
  <button class="fr-btn fr-btn--secondary" type="submit">Réinitialiser</button>
</form>
<h2 class="fr-mt-6w">Derniers webhooks</h2>
${deliveries.length > 0 ? table({ caption: "Dernières tentatives d’envoi, les plus récentes d’abord", headers: ["Demande", "Date", "Tentative", "Résultat", "Identifiant"], rows: deliveries }) : html`<p>Aucun webhook envoyé depuis le démarrage.</p>`}`;
  return renderLayout({ title: "Pilotage du bac à sable", service: state.service, body });
}
