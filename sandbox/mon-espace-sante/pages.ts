import { findPersonBySub, displayName } from "../identity-provider/people";
import { alert, badge, formatDateFr, html, table, type SafeHtml } from "../partner-kit/html";
import type { OutageState } from "../partner-kit/outage";
import type { PartnerPage } from "../partner-kit/partner-app";
import type { Grant, MesScope, MesStore, PendingAuthorization, StoredResource } from "./store";

// The pages of the Mon espace santé stand-in: the consent screen of the
// pairing, the person's own space (agenda, documents, connected services)
// and the /sandbox page that shows what it holds for everyone.

export const HOME_PATH = "/mon-espace";

const FLOW_TEXTS: Record<MesScope, { title: string; text: string }> = {
  agenda: { title: "Ajouter des rendez-vous et des dates à votre agenda", text: "Le service pourra ajouter, déplacer ou annuler des événements dans l’agenda de Mon espace santé." },
  documents: { title: "Ajouter des documents à votre espace", text: "Le service pourra déposer des documents (par exemple une décision) dans vos documents." },
};

const SERVICE_NAMES: Record<string, string> = { "portail-autonomie-mes-local": "Portail Autonomie" };

export function serviceName(clientId: string): string {
  return SERVICE_NAMES[clientId] ?? clientId;
}

export function consentPage(pending: PendingAuthorization): PartnerPage {
  const name = serviceName(pending.clientId);
  return {
    title: "Autoriser un service",
    body: html`<h1>Autoriser ${name} à alimenter votre espace</h1>
<p>${name} demande à être relié à votre profil Mon espace santé. Vous pourrez retirer cette autorisation à tout moment, ici ou sur ${name}.</p>
<h2>Ce que ${name} pourra faire</h2>
<ul>${pending.scopes.map((scope) => html`<li><strong>${FLOW_TEXTS[scope].title}.</strong> ${FLOW_TEXTS[scope].text}</li>`)}</ul>
<p>${name} ne pourra pas lire vos autres données de santé.</p>
<form method="post" action="/oauth/decision">
  <input type="hidden" name="demande" value="${pending.id}">
  <ul class="fr-btns-group fr-btns-group--inline-md">
    <li><button class="fr-btn" type="submit" name="decision" value="accepter">Autoriser</button></li>
    <li><button class="fr-btn fr-btn--secondary" type="submit" name="decision" value="refuser">Refuser</button></li>
  </ul>
</form>`,
  };
}

function appointmentRows(resources: StoredResource[]): SafeHtml[][] {
  return resources.map((resource) => {
    const body = resource.body as { description?: string; start?: string; status?: string };
    const status = body.status === "cancelled" ? badge("warning", "Annulé") : body.status === "proposed" ? badge("info", "Date prévue") : badge("success", "Confirmé");
    return [html`${body.description ?? "Événement"}`, html`${body.start ? formatDateFr(body.start) : ""}`, status, html`${resource.versionId}`];
  });
}

function documentRows(resources: StoredResource[], binaryHref: (id: string) => string): SafeHtml[][] {
  return resources.map((resource) => {
    const body = resource.body as { description?: string; date?: string; content?: { attachment?: { url?: string; title?: string } }[] };
    const url = body.content?.[0]?.attachment?.url ?? "";
    const binaryId = url.replace(/^Binary\//, "");
    return [html`${body.description ?? "Document"}`, html`${body.date ? formatDateFr(body.date) : ""}`, html`<a href="${binaryHref(binaryId)}">${body.content?.[0]?.attachment?.title ?? "PDF"} (PDF)</a>`];
  });
}

function holdings(store: MesStore, sub: string, level: "h2" | "h4", binaryHref: (id: string) => string): SafeHtml {
  const appointments = store.resourcesOf(sub, "Appointment");
  const documents = store.resourcesOf(sub, "DocumentReference");
  const heading = (text: string) => (level === "h2" ? html`<h2>${text}</h2>` : html`<h4>${text}</h4>`);
  return html`${heading("Agenda")}
${appointments.length === 0 ? html`<p>Aucun événement.</p>` : table({ caption: "Événements de l’agenda", headers: ["Événement", "Date", "État", "Version"], rows: appointmentRows(appointments) })}
${heading("Documents")}
${documents.length === 0 ? html`<p>Aucun document.</p>` : table({ caption: "Documents", headers: ["Document", "Date", "Fichier"], rows: documentRows(documents, binaryHref) })}`;
}

export function homePage(store: MesStore, sub: string, message?: string): PartnerPage {
  const grants = store.grantsOf(sub);
  return {
    title: "Mon espace",
    body: html`<h1>Mon espace santé</h1>
${message ? alert("success", message) : ""}
${holdings(store, sub, "h2", (id) => `/sandbox/binaire/${id}`)}
<h2>Services connectés</h2>
${grants.length === 0 ? html`<p>Aucun service n’est relié à votre espace.</p>` : html`<ul>${grants.map((grant: Grant) => html`<li>
  <p><strong>${serviceName(grant.clientId)}</strong> — autorisé le ${formatDateFr(grant.grantedAt)} pour : ${grant.scopes.map((scope) => FLOW_TEXTS[scope].title.toLowerCase()).join(" ; ") || "rien"}.</p>
  <form method="post" action="/services/deconnecter"><input type="hidden" name="service" value="${grant.revocationId}"><button class="fr-btn fr-btn--secondary fr-btn--sm" type="submit">Déconnecter ${serviceName(grant.clientId)}</button></form>
</li>`)}</ul>`}`,
  };
}

export function controlPage(store: MesStore, outage: OutageState, subs: string[], message?: string): SafeHtml {
  const people = subs.map((sub) => ({ sub, name: findPersonBySub(sub) ? displayName(findPersonBySub(sub)!) : sub }));
  return html`<h1>Pilotage du bac à sable Mon espace santé</h1>
${message ? alert("info", message) : ""}
<h2>Panne simulée</h2>
<p>${outage.globale ? "Mon espace santé est arrêté pour tout le monde." : outage.personnes.length > 0 ? `Arrêté pour ${outage.personnes.length} personne(s).` : "Mon espace santé répond normalement."}</p>
<form method="post" action="/sandbox/panne" class="fr-mb-4w">
  <input type="hidden" name="active" value="${outage.globale ? "false" : "true"}">
  <button class="fr-btn fr-btn--secondary" type="submit">${outage.globale ? "Rétablir Mon espace santé" : "Arrêter Mon espace santé"}</button>
</form>
<h2>Ce que Mon espace santé contient, par personne</h2>
${people.length === 0 ? html`<p>Aucune donnée.</p>` : people.map(({ sub, name }) => html`<section class="fr-mb-4w"><h3>${name}</h3>${holdings(store, sub, "h4", (id) => `/sandbox/binaire/${id}`)}</section>`)}`;
}
